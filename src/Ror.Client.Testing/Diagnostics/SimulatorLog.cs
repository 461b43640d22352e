using Microsoft.Extensions.Logging;
using Ror.Client.Testing.Faults;

namespace Ror.Client.Testing.Diagnostics;

/// <summary>The simulator's log events (never bodies, identifiers or certificate details).</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "ROR simulator listening on {Address}")]
    public static partial void Started(ILogger logger, Uri address);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Request refused with HTTP {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "{Transaction} request received")]
    public static partial void Received(ILogger logger, SimulatedTransaction transaction);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Injected fault {Kind} into a {Transaction} answer")]
    public static partial void FaultInjected(ILogger logger, FaultKind kind, SimulatedTransaction transaction);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Forced error {Code} for a {Transaction} request")]
    public static partial void ForcedError(ILogger logger, int code, SimulatedTransaction transaction);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "The {Transaction} handler failed")]
    public static partial void HandlerFailed(ILogger logger, SimulatedTransaction transaction, Exception exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Client certificate refused: {Status}")]
    public static partial void ClientCertificateRefused(ILogger logger, System.Security.Cryptography.X509Certificates.X509ChainStatusFlags status);
}
