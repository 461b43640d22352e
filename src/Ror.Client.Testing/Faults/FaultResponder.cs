using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Ror.Client.Testing.Faults;

/// <summary>Applies the faults that replace or delay an answer (latency, 503, HTML 500, malformed XML).</summary>
internal static class FaultResponder
{
    private const string HtmlPage =
        "<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>"
        + "<body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>";

    /// <summary>
    /// Applies <paramref name="fault"/> if it is one that replaces or delays the answer.
    /// </summary>
    /// <returns><see langword="true"/> when the answer has been written (the caller stops); <see langword="false"/> to answer normally.</returns>
    public static async Task<bool> TryRespondAsync(
        HttpContext context,
        InjectedFault? fault,
        string malformedContentType,
        string malformedBody,
        CancellationToken cancellationToken)
    {
        HttpResponse response = context.Response;
        switch (fault?.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(fault.Delay, cancellationToken).ConfigureAwait(false);
                return false;

            case FaultKind.ServiceUnavailable:
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                if (fault.RetryAfter is { } retryAfter)
                {
                    response.Headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await WriteTextAsync(response, "text/plain; charset=utf-8", "Service Unavailable", cancellationToken).ConfigureAwait(false);
                return true;

            case FaultKind.HtmlServerError:
                response.StatusCode = StatusCodes.Status500InternalServerError;
                await WriteTextAsync(response, "text/html; charset=utf-8", HtmlPage, cancellationToken).ConfigureAwait(false);
                return true;

            case FaultKind.MalformedXml:
                response.StatusCode = StatusCodes.Status200OK;
                await WriteTextAsync(response, malformedContentType, malformedBody, cancellationToken).ConfigureAwait(false);
                return true;

            default:
                return false;
        }
    }

    /// <summary>Writes a complete small text answer with its length.</summary>
    public static async Task WriteTextAsync(HttpResponse response, string contentType, string text, CancellationToken cancellationToken)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
