using System.Diagnostics;
using System.Net.Http.Headers;
using Ror.Client.Certificates;
using Ror.Client.Diagnostics;

namespace Ror.Client.Transport;

/// <summary>
/// Innermost handler of the ROR pipeline, run once per attempt: counts attempts, puts the SOAP 1.2 action in the
/// <c>Content-Type</c> when the request lacks it, records the status and whether the answer is a SOAP business fault.
/// </summary>
internal sealed class RorAttemptHandler(string clientName) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = RorCallState.Current;
        var attempt = state?.NewAttempt() ?? 1;
        RorClientInstrumentation.Attempts.Add(
            1,
            new KeyValuePair<string, object?>(RorClientTelemetry.ClientNameTag, clientName),
            new KeyValuePair<string, object?>(RorClientTelemetry.RetryTag, attempt > 1));
        Activity.Current?.SetTag("ror.attempts", attempt);

        if (state?.SoapAction is { } action && request.Content?.Headers.ContentType is { } contentType)
        {
            EnsureActionParameter(contentType, action);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (TlsRejectionDetectingStream.WasRejected(request))
        {
            throw new HttpRequestException(
                HttpRequestError.SecureConnectionError,
                "The server closed the connection right after the TLS 1.3 handshake: it refused the client certificate.",
                exception);
        }

        var fault = await SoapFaultDetector.InspectAsync(response, cancellationToken).ConfigureAwait(false);
        if (state is not null)
        {
            state.LastStatusCode = response.StatusCode;
            state.LastFault = fault;
        }

        return response;
    }

    private static void EnsureActionParameter(MediaTypeHeaderValue contentType, string action)
    {
        if (!string.Equals(contentType.MediaType, "application/soap+xml", StringComparison.OrdinalIgnoreCase)
            || contentType.Parameters.Any(p => string.Equals(p.Name, "action", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        contentType.Parameters.Add(new NameValueHeaderValue("action", "\"" + action + "\""));
    }
}
