using Microsoft.Extensions.Options;
using Ror.Client.Errors;
using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Sync.Storage;

namespace Ror.Cli.Infrastructure;

/// <summary>Exit codes of the library exceptions.</summary>
internal static class ErrorMapping
{
    public static int? ExitCodeFor(Exception exception) => exception switch
    {
        RorNotFoundException => CliExitCodes.NotFound,
        RorAuthenticationException or RorConfigurationException or OptionsValidationException => CliExitCodes.Configuration,
        RorException => CliExitCodes.Service,
        RorAccessPolicyException => CliExitCodes.Usage,
        CsdFormatException => CliExitCodes.Findings,
        CsdFaultException => CliExitCodes.Service,
        RorStoreException => CliExitCodes.Store,
        _ => null,
    };
}
