namespace Ror.Cli.Infrastructure;

/// <summary>The exit codes of the <c>ror</c> tool (documented in the README).</summary>
internal static class CliExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Unexpected failure (a bug, an I/O error...).</summary>
    public const int Failure = 1;

    /// <summary>Bad command line: unknown command or option, missing or invalid argument, input file not found.</summary>
    public const int Usage = 2;

    /// <summary>Configuration or certificate problem: missing endpoint, certificate not found or unusable, server not trusted.</summary>
    public const int Configuration = 3;

    /// <summary>The ROR service answered with an error or could not be reached.</summary>
    public const int Service = 4;

    /// <summary><c>validate</c> found errors (schema or ROR rules); <c>check</c> found a failing step.</summary>
    public const int Findings = 5;

    /// <summary>The requested establishment or internal organisation does not exist.</summary>
    public const int NotFound = 6;

    /// <summary>The local database cannot be used: a full refresh of it already in progress, a file that is not a ROR store.</summary>
    public const int Store = 7;

    /// <summary>Interrupted (Ctrl+C) before the end.</summary>
    public const int Cancelled = 130;
}
