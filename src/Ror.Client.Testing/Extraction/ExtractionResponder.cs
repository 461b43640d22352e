using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Ror.Client.Testing.Diagnostics;
using Ror.Client.Testing.Faults;

namespace Ror.Client.Testing.Extraction;

/// <summary>
/// The REST extraction endpoint: HTTPS GET streaming the configured documents as XML, gzip or ZIP, with HTTP Range
/// support for deterministic content, counters and fault injection.
/// </summary>
internal sealed class ExtractionResponder
{
    private const string MalformedBody =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory>"
        + "<organization entityID=\"EJ-1\"></organizationDirectory>";

    private readonly RorSimulatorCounters _counters;
    private readonly RorSimulatorFaults _faults;
    private readonly ILogger _logger;
    private readonly ExtractionPackaging _defaultPackaging;
    private readonly string _fileName;
    private volatile IReadOnlyList<ExtractionDocument> _documents;

    public ExtractionResponder(RorSimulatorOptions options, RorSimulatorCounters counters, RorSimulatorFaults faults, ILogger logger)
    {
        _counters = counters;
        _faults = faults;
        _logger = logger;
        _defaultPackaging = options.ExtractionPackaging;
        _fileName = options.ExtractionFileName;
        _documents = [.. options.ExtractionDocuments];
    }

    /// <summary>Replaces the served documents (takes effect for the next request).</summary>
    public void SetDocuments(IEnumerable<ExtractionDocument> documents) => _documents = [.. documents];

    public async Task HandleAsync(HttpContext context)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        HttpResponse response = context.Response;
        _counters.CountRequest();
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            response.Headers.Allow = "GET";
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            SimulatorLog.Refused(_logger, response.StatusCode, "method not allowed on the extraction endpoint");
            return;
        }

        _counters.Count(SimulatedTransaction.Extraction);
        SimulatorLog.Received(_logger, SimulatedTransaction.Extraction);
        InjectedFault? fault = _faults.Take(SimulatedTransaction.Extraction);
        if (fault is not null)
        {
            SimulatorLog.FaultInjected(_logger, fault.Kind, SimulatedTransaction.Extraction);
        }

        if (await FaultResponder.TryRespondAsync(context, fault, "application/xml; charset=utf-8", MalformedBody, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        IReadOnlyList<ExtractionDocument> available = _documents;
        if (available.Count == 0)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            await FaultResponder.WriteTextAsync(response, "text/plain; charset=utf-8", "No extraction is available.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!TryGetPackaging(context.Request, out ExtractionPackaging packaging))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            await FaultResponder.WriteTextAsync(response, "text/plain; charset=utf-8", "Unknown format: expected xml, gzip or zip.", cancellationToken).ConfigureAwait(false);
            return;
        }

        IReadOnlyList<ExtractionDocument> documents = ExtractionPackager.Select(available, packaging);
        bool deterministic = documents.All(d => d.IsDeterministic);
        (string contentType, string extension) = packaging switch
        {
            ExtractionPackaging.Gzip => ("application/gzip", ".xml.gz"),
            ExtractionPackaging.Zip => ("application/zip", ".zip"),
            _ => ("application/xml; charset=utf-8", ".xml"),
        };
        response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(_fileName + extension);
        response.Headers.ContentDisposition = disposition.ToString();
        if (deterministic)
        {
            response.Headers.AcceptRanges = "bytes";
        }

        RangeItemHeaderValue? range = deterministic ? GetSingleRange(context.Request) : null;
        long? total = null;
        if (range is not null || (fault?.Kind == FaultKind.TruncatedBody && deterministic))
        {
            var counter = new CountingStream();
            await ExtractionPackager.WriteAsync(counter, documents, packaging, cancellationToken).ConfigureAwait(false);
            total = counter.Count;
        }

        long start = 0;
        long length = 0;
        if (range is not null)
        {
            if (!TryResolve(range, total!.Value, out start, out length))
            {
                response.Headers.ContentRange = $"bytes */{total.Value.ToString(CultureInfo.InvariantCulture)}";
                response.ContentType = null;
                response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                return;
            }

            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes {start}-{start + length - 1}/{total.Value}");
            response.ContentLength = length;
        }
        else
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentLength = total;
        }

        using var body = new ResponseBodyStream(context, fault);
        try
        {
            Stream target = range is null ? body : new RangeWriteStream(body, start, length);
            try
            {
                await ExtractionPackager.WriteAsync(target, documents, packaging, cancellationToken).ConfigureAwait(false);
            }
            catch (RangeCompletedException)
            {
                // The requested range has been written: the rest of the package is not produced.
            }

            await body.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ResponseAbortedException)
        {
            // An injected fault aborted the connection on purpose.
        }
    }

    private bool TryGetPackaging(HttpRequest request, out ExtractionPackaging packaging)
    {
        string? format = request.Query["format"];
        switch (format?.Trim().ToUpperInvariant())
        {
            case null or "":
                packaging = _defaultPackaging;
                return true;
            case "XML":
                packaging = ExtractionPackaging.Xml;
                return true;
            case "GZIP" or "GZ":
                packaging = ExtractionPackaging.Gzip;
                return true;
            case "ZIP":
                packaging = ExtractionPackaging.Zip;
                return true;
            default:
                packaging = default;
                return false;
        }
    }

    // One byte range is honoured; several ranges, other units or an If-Range (no validator is sent) get the whole body.
    private static RangeItemHeaderValue? GetSingleRange(HttpRequest request)
    {
        if (request.Headers.IfRange.Count > 0
            || !RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out RangeHeaderValue? header)
            || !string.Equals(header.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase)
            || header.Ranges.Count != 1)
        {
            return null;
        }

        return header.Ranges.First();
    }

    private static bool TryResolve(RangeItemHeaderValue range, long total, out long start, out long length)
    {
        if (range.From is { } from)
        {
            long last = Math.Min(range.To ?? total - 1, total - 1);
            start = from;
            length = last - from + 1;
            return from < total && length > 0;
        }

        long suffix = Math.Min(range.To ?? 0, total);
        start = total - suffix;
        length = suffix;
        return suffix > 0;
    }
}
