using System.Net;
using System.Net.Http;
using System.Security.Authentication;
using Polly;
using Polly.Timeout;
using Ror.Client.Transport;

namespace Ror.Client.Resilience;

/// <summary>
/// Which outcomes are transient (retried and counted by the circuit breaker): connection errors, attempt timeouts,
/// HTTP 408, 429 and 5xx, unless the answer is a SOAP business fault. TLS and authentication failures are not transient.
/// </summary>
internal static class RorTransientFailures
{
    public static ValueTask<bool> IsTransient(Outcome<HttpResponseMessage> outcome) =>
        ValueTask.FromResult(outcome.Exception is { } exception ? IsTransient(exception) : IsTransient(outcome.Result));

    public static bool IsTransient(HttpResponseMessage? response)
    {
        if (response is null)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        var transientStatus = response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || status >= 500;
        return transientStatus && !SoapFaultDetector.IsMarkedAsFault(response);
    }

    public static bool IsTransient(Exception exception) => exception switch
    {
        TimeoutRejectedException => true,
        OperationCanceledException => false,
        HttpRequestException http => !IsTlsFailure(http),
        _ => false,
    };

    /// <summary>Whether the exception comes from the TLS handshake (certificate or trust problem).</summary>
    public static bool IsTlsFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AuthenticationException
                || current is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError })
            {
                return true;
            }
        }

        return false;
    }
}
