namespace Ror.Cli.Infrastructure;

/// <summary>A failure the tool reports as one line with a chosen exit code (no stack trace).</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public CliException()
    {
    }

    public CliException(string message)
        : base(message) => ExitCode = CliExitCodes.Failure;

    public CliException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = CliExitCodes.Failure;

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }

    public static CliException Usage(string message) => new(CliExitCodes.Usage, message);

    public static CliException Configuration(string message) => new(CliExitCodes.Configuration, message);
}
