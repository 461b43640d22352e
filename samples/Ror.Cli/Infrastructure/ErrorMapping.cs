using Ror.Client.Csd;

namespace Ror.Cli.Infrastructure;

/// <summary>Exit codes of the library exceptions.</summary>
internal static class ErrorMapping
{
    public static int? ExitCodeFor(Exception exception) => exception switch
    {
        CsdFormatException => CliExitCodes.Findings,
        CsdFaultException => CliExitCodes.Service,
        _ => null,
    };
}
