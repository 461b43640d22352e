using System.Net;
using System.Net.Http.Headers;
using System.Xml;
using Ror.Client.Errors;

namespace Ror.Client.Transport;

/// <summary>
/// Tells a SOAP business fault (HTTP 400/500 with an <c>application/soap+xml</c> body holding an <c>env:Fault</c>) from a
/// transient server error. Only those small bodies are buffered; the verdict is kept on the request for the resilience
/// predicates, so that a fault is never retried nor counted by the circuit breaker.
/// </summary>
internal static class SoapFaultDetector
{
    /// <summary>Largest fault body inspected. A larger SOAP body on a 400/500 is taken as a fault without reading it.</summary>
    public const int MaxInspectedBytes = 64 * 1024;

    private const string EnvelopeNamespace = "http://www.w3.org/2003/05/soap-envelope";

    private static readonly HttpRequestOptionsKey<HttpResponseMessage> FaultResponseKey = new("Ror.Client.SoapFaultResponse");

    public static bool IsMarkedAsFault(HttpResponseMessage response) =>
        response.RequestMessage is { } request
        && request.Options.TryGetValue(FaultResponseKey, out var marked)
        && ReferenceEquals(marked, response);

    /// <summary>Returns what the fault says when the response is a SOAP fault, <see langword="null"/> otherwise.</summary>
    public static async ValueTask<SoapFaultDetails?> InspectAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.InternalServerError)
            || !IsSoapMediaType(response.Content.Headers.ContentType))
        {
            return null;
        }

        // A SOAP body too big to inspect is an answer of the service, not a gateway error page.
        SoapFaultDetails? fault = new(null, null, null);
        var length = response.Content.Headers.ContentLength;
        if (length is null or <= MaxInspectedBytes)
        {
            try
            {
                await response.Content.LoadIntoBufferAsync(MaxInspectedBytes, cancellationToken).ConfigureAwait(false);

                // The buffered stream is shared with the next reader (WCF): rewind it, never dispose it.
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                fault = ReadFault(stream);
                stream.Position = 0;
            }
            catch (HttpRequestException)
            {
                // Larger than announced: keep it as a fault.
            }
        }

        if (fault is not null && response.RequestMessage is { } request)
        {
            request.Options.Set(FaultResponseKey, response);
        }

        return fault;
    }

    private static bool IsSoapMediaType(MediaTypeHeaderValue? contentType) =>
        string.Equals(contentType?.MediaType, "application/soap+xml", StringComparison.OrdinalIgnoreCase);

    private static SoapFaultDetails? ReadFault(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = MaxInspectedBytes * 2L,
        };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            var inBody = false;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (inBody)
                {
                    return reader.LocalName == "Fault" && reader.NamespaceURI == EnvelopeNamespace ? SoapFaultParser.ReadFault(reader) : null;
                }

                inBody = reader.LocalName == "Body" && reader.NamespaceURI == EnvelopeNamespace;
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return null;
    }
}
