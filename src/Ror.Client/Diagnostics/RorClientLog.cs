using Microsoft.Extensions.Logging;

namespace Ror.Client.Diagnostics;

/// <summary>The log messages of the client. None carries a body, a person identifier or a secret.</summary>
internal static partial class RorClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "ROR client '{ClientName}' on environment {Environment}: client certificate '{Subject}' loaded, valid until {NotAfter:u}, {IntermediateCount} intermediate certificate(s) sent with it")]
    public static partial void ClientCertificateLoaded(ILogger logger, string clientName, string environment, string subject, DateTime notAfter, int intermediateCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "ROR client '{ClientName}': the client certificate '{Subject}' expires on {NotAfter:u} (in {DaysLeft} day(s)); order its renewal on the IGC-Santé platform and have it whitelisted")]
    public static partial void ClientCertificateExpiresSoon(ILogger logger, string clientName, string subject, DateTimeOffset notAfter, int daysLeft);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Server certificate validation is disabled on ROR environment {Environment} (AllowInvalidServerCertificate)")]
    public static partial void ServerCertificateValidationDisabled(ILogger logger, string environment);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error,
        Message = "ROR environment {Environment}: server certificate rejected: {Reason}")]
    public static partial void ServerCertificateRejected(ILogger logger, string environment, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug,
        Message = "{Transaction} succeeded in {ElapsedMilliseconds} ms (correlation {CorrelationId})")]
    public static partial void TransactionSucceeded(ILogger logger, string transaction, long elapsedMilliseconds, string correlationId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning,
        Message = "{Transaction} failed after {ElapsedMilliseconds} ms with {ErrorType} (HTTP {StatusCode}, ROR code {RorErrorCode}, correlation {CorrelationId})")]
    public static partial void TransactionFailed(ILogger logger, Exception? exception, string transaction, long elapsedMilliseconds, string errorType, int? statusCode, int? rorErrorCode, string correlationId);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning,
        Message = "ROR client '{ClientName}': retry {AttemptNumber} of {Transaction} in {RetryDelay} after {Cause}")]
    public static partial void Retrying(ILogger logger, string clientName, int attemptNumber, string transaction, TimeSpan retryDelay, string cause);

    [LoggerMessage(EventId = 8, Level = LogLevel.Error,
        Message = "ROR client '{ClientName}': circuit opened for {BreakDuration} after repeated transient failures")]
    public static partial void CircuitOpened(ILogger logger, string clientName, TimeSpan breakDuration);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information,
        Message = "ROR client '{ClientName}': circuit closed, the ROR answers again")]
    public static partial void CircuitClosed(ILogger logger, string clientName);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information,
        Message = "Extraction download resumed at byte {Offset}")]
    public static partial void DownloadResumed(ILogger logger, long offset);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning,
        Message = "{Transaction}: the server announced {Announced} item(s) but returned {Returned}")]
    public static partial void CountMismatch(ILogger logger, string transaction, long announced, long returned);
}
