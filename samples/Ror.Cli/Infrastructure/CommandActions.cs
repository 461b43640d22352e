using System.CommandLine;
using System.Security.Cryptography;

namespace Ror.Cli.Infrastructure;

/// <summary>Attaches a handler to a command: builds the context and turns exceptions into one message and an exit code.</summary>
internal static class CommandActions
{
    public static void Set(Command command, GlobalOptions globals, TextWriter output, TextWriter error, Func<CommandContext, CancellationToken, Task<int>> handler)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CliConsole(output, error, parseResult.GetValue(globals.Json), parseResult.GetValue(globals.Quiet));
            var context = new CommandContext(
                parseResult,
                console,
                () => CliConfiguration.Build(parseResult.GetValue(globals.Config), parseResult.GetValue(globals.Environment)));
            try
            {
                return await handler(context, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                error.WriteLine("Interrupted.");
                return CliExitCodes.Cancelled;
            }
            catch (Exception exception) when (ExitCodeFor(exception) is { } code)
            {
                error.WriteLine($"error: {exception.Message}");
                return code;
            }
        });
    }

    /// <summary>The exit code of a known failure; <see langword="null"/> for a bug (the stack trace is then printed).</summary>
    public static int? ExitCodeFor(Exception exception) => exception switch
    {
        CliException cli => cli.ExitCode,
        CryptographicException => CliExitCodes.Configuration,
        FileNotFoundException or DirectoryNotFoundException => CliExitCodes.Usage,
        IOException or UnauthorizedAccessException => CliExitCodes.Failure,
        _ => ErrorMapping.ExitCodeFor(exception),
    };
}
