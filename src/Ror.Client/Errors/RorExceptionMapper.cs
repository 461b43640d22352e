using System.Net;
using System.ServiceModel;
using System.Xml;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Ror.Client.Certificates;
using Ror.Client.Resilience;

namespace Ror.Client.Errors;

/// <summary>Turns what the HTTP pipeline and WCF throw into the <see cref="RorException"/> family.</summary>
internal static class RorExceptionMapper
{
    public static RorException Map(Exception exception, CallFacts facts)
    {
        if (exception is RorException ror)
        {
            return ror;
        }

        var status = facts.StatusCode;
        if (facts.Fault is { } fault)
        {
            // WCF reads faults on HTTP 500 only; a fault on HTTP 400 surfaces as a protocol error.
            return CreateServiceFault(facts.Transaction, fault, status, facts.CorrelationId, exception);
        }

        if (Find<BrokenCircuitException>(exception) is { } broken)
        {
            return new RorUnavailableException(
                $"{facts.Transaction}: the ROR of environment '{facts.Environment}' failed repeatedly, the circuit is open; try again later.", broken)
            { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
        }

        if (RorTransientFailures.IsTlsFailure(exception))
        {
            return MapTlsFailure(exception, facts);
        }

        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new RorAuthenticationException(
                $"{facts.Transaction}: the ROR of environment '{facts.Environment}' refused access (HTTP {(int)status}): the certificate is not whitelisted, or the access profile or the transaction is not granted.", exception)
            { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
        }

        if (status is HttpStatusCode.NotFound or HttpStatusCode.UnsupportedMediaType or HttpStatusCode.MethodNotAllowed)
        {
            return new RorConfigurationException(
                $"{facts.Transaction}: the ROR of environment '{facts.Environment}' answered HTTP {(int)status}: check the endpoint address and that it serves SOAP 1.2.", exception)
            { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
        }

        if (Find<TimeoutRejectedException>(exception) is not null || Find<TimeoutException>(exception) is not null)
        {
            return new RorUnavailableException(
                $"{facts.Transaction}: the ROR of environment '{facts.Environment}' did not answer in time after {facts.Attempts} attempt(s).", exception)
            { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
        }

        if (status is { } code && ((int)code >= 500 || code is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests))
        {
            return new RorUnavailableException(
                $"{facts.Transaction}: the ROR of environment '{facts.Environment}' kept failing (HTTP {(int)code}) after {facts.Attempts} attempt(s).", exception)
            { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
        }

        if (status is { } clientError && (int)clientError >= 400)
        {
            return new RorConfigurationException(
                $"{facts.Transaction}: the ROR of environment '{facts.Environment}' rejected the request (HTTP {(int)clientError}).", exception)
            { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
        }

        if (exception is XmlException || Find<XmlException>(exception) is not null || Find<QuotaExceededException>(exception) is not null
            || exception is ProtocolException || exception is FormatException || exception is InvalidDataException)
        {
            return new RorResponseInvalidException(
                $"{facts.Transaction}: the answer of the ROR is not a valid SOAP 1.2 message of the expected form ({exception.GetType().Name}).", exception)
            { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
        }

        // A body cut off while WCF reads it surfaces as a bare IOException: the connection failed, the ROR may answer next time.
        if (Find<HttpRequestException>(exception) is not null || exception is CommunicationException || Find<IOException>(exception) is not null)
        {
            return new RorUnavailableException(
                $"{facts.Transaction}: the ROR of environment '{facts.Environment}' cannot be reached after {facts.Attempts} attempt(s).", exception)
            { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
        }

        return new RorException($"{facts.Transaction} failed: {exception.GetType().Name}.", exception)
        { Transaction = facts.Transaction, StatusCode = status, CorrelationId = facts.CorrelationId };
    }

    /// <summary>Creates the error of a SOAP fault or ROR error element.</summary>
    public static RorServiceFaultException CreateServiceFault(string transaction, SoapFaultDetails fault, HttpStatusCode? status, string? correlationId, Exception? innerException = null)
    {
        var code = fault.RorErrorCode is { } value ? " " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var text = fault.Message is null ? string.Empty : ": " + fault.Message;
        return new RorServiceFaultException($"{transaction}: the ROR answered with error{code}{text}.", innerException)
        {
            Transaction = transaction,
            StatusCode = status,
            RorErrorCode = fault.RorErrorCode,
            RorErrorMessage = fault.Message,
            SoapFaultCode = fault.FaultCode,
            CorrelationId = correlationId,
        };
    }

    private static RorException MapTlsFailure(Exception exception, CallFacts facts)
    {
        if (facts.Tls?.ServerValidator.LastFailure is { } failure && failure.At >= facts.StartedAt)
        {
            return new RorCertificateException(
                RorCertificateProblem.ServerNotTrusted,
                $"{facts.Transaction}: the server of environment '{facts.Environment}' is not trusted: {failure.Reason}. Check the trust anchors (IGC-Santé TEST or PROD chain) of this environment.",
                exception)
            { Transaction = facts.Transaction, CorrelationId = facts.CorrelationId };
        }

        return new RorCertificateException(
            RorCertificateProblem.RejectedByServer,
            $"{facts.Transaction}: the server of environment '{facts.Environment}' refused the TLS handshake with the client certificate '{facts.Tls?.ClientCertificate.Certificate.Subject}': the certificate may not be whitelisted yet on that environment (ANS whitelists it after the onboarding tests).",
            exception)
        { Transaction = facts.Transaction, CorrelationId = facts.CorrelationId };
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }

            if (current is AggregateException { InnerExceptions.Count: 1 } aggregate && aggregate.InnerException is T inner)
            {
                return inner;
            }
        }

        return null;
    }
}
