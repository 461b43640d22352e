using System.CommandLine;
using Ror.Cli.Commands;
using Ror.Cli.Infrastructure;

namespace Ror.Cli;

/// <summary>The <c>ror</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Process entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return await RunAsync(args, Console.Out, Console.Error, stop.Token);
    }

    /// <summary>Runs the tool in-process: parses <paramref name="args"/>, runs the command, returns the exit code.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where progress, notes and errors go.</param>
    /// <param name="cancellationToken">Stops the command (as Ctrl+C does).</param>
    /// <returns>The exit code (see the README: 0 ok, 1 failure, 2 usage, 3 configuration, 4 service, 5 findings, 6 not found, 7 store, 130 interrupted).</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var globals = new GlobalOptions();
        var root = new RootCommand("ror: the ROR (Répertoire de l'Offre et des Ressources) CSD MEV 2.4 client tool. Start with 'ror demo'.")
        {
            globals.Json,
            globals.Quiet,
            globals.Config,
            globals.Environment,
        };
        foreach (var command in CommandCatalog.Create(globals, output, error))
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'ror --help' for the commands and options.");
            return CliExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,

            // Ctrl+C is handled by Main through the cancellation token, so commands always finish their cleanup.
            ProcessTerminationTimeout = null,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }
}
