using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Xml;
using Microsoft.Extensions.Logging;
using Ror.Client.Certificates;
using Ror.Client.Diagnostics;
using Ror.Client.Errors;
using Ror.Client.Extraction;

namespace Ror.Client.Transport;

/// <summary>
/// Opens the REST extraction (TR-Récupération Extraction): a <c>GET</c> of the configured URL through the client's named
/// <see cref="HttpClient"/>, the body streamed as soon as the headers arrive.
/// </summary>
internal sealed class RorRestTransport
{
    private readonly string _clientName;
    private readonly string _httpClientName;
    private readonly RorClientOptions _options;
    private readonly TlsSettingsProvider _tls;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public RorRestTransport(
        string clientName,
        string httpClientName,
        RorClientOptions options,
        TlsSettingsProvider tls,
        IHttpClientFactory httpClientFactory,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _clientName = clientName;
        _httpClientName = httpClientName;
        _options = options;
        _tls = tls;
        _httpClientFactory = httpClientFactory;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    /// <summary>Opens the extraction from byte <paramref name="offset"/> (0 for the whole file).</summary>
    public async Task<RorExtractionContent> OpenExtractionAsync(long offset, CancellationToken cancellationToken)
    {
        const string transaction = RorTransactions.Extraction;
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = RorClientInstrumentation.ActivitySource.StartActivity(transaction, ActivityKind.Client);
        activity?.SetTag(RorClientTelemetry.TransactionTag, transaction);
        activity?.SetTag(RorClientTelemetry.ClientNameTag, _clientName);
        var correlationId = activity?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        var startedAt = _timeProvider.GetUtcNow();
        var started = _timeProvider.GetTimestamp();
        var state = RorCallState.Begin(_clientName, transaction, soapAction: null);
        TlsSettings? tls = null;
        Exception? failure = null;
        HttpResponseMessage? response = null;
        try
        {
            var uri = _options.GetCurrentEnvironment().BuildExtractionUri()
                ?? throw new RorConfigurationException($"No ExtractionEndpoint is configured for the ROR environment '{_options.Environment}'.")
                { Transaction = transaction };
            tls = await _tls.GetAsync(cancellationToken).ConfigureAwait(false);
            var client = _httpClientFactory.CreateClient(_httpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("application/xml");
            request.Headers.Accept.ParseAdd("*/*;q=0.5");
            if (offset > 0)
            {
                request.Headers.Range = new RangeHeaderValue(offset, null);
            }

            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            state.LastStatusCode = response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                throw await CreateStatusExceptionAsync(response, correlationId, cancellationToken).ConfigureAwait(false);
            }

            var partial = response.StatusCode == HttpStatusCode.PartialContent;
            var start = partial ? response.Content.Headers.ContentRange?.From ?? offset : 0;
            var headers = response.Content.Headers;
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var content = new RorExtractionContent(
                stream,
                headers.ContentType?.MediaType,
                headers.ContentEncoding.ToArray(),
                headers.ContentLength,
                headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"'),
                start,
                response.Headers.AcceptRanges.Contains("bytes", StringComparer.OrdinalIgnoreCase) || partial,
                response);
            response = null;
            return content;
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested)
        {
            failure = exception as OperationCanceledException ?? new OperationCanceledException("The ROR call was cancelled.", exception, cancellationToken);
            throw failure;
        }
        catch (Exception exception)
        {
            failure = RorExceptionMapper.Map(exception, new CallFacts(
                transaction, _options.Environment, correlationId, startedAt, state.LastStatusCode, state.Attempts, tls ?? _tls.Loaded));
            if (ReferenceEquals(failure, exception))
            {
                throw;
            }

            throw failure;
        }
        finally
        {
            response?.Dispose();
            var elapsed = _timeProvider.GetElapsedTime(started);
            RorClientInstrumentation.RecordTransaction(_clientName, transaction, elapsed, failure);
            activity?.SetTag(RorClientTelemetry.OutcomeTag, RorClientInstrumentation.OutcomeOf(failure));
            if (failure is not null)
            {
                var ror = failure as RorException;
                // A service fault carries the server's message: it is not logged.
                RorClientLog.TransactionFailed(_logger, failure is RorServiceFaultException ? null : failure, transaction, (long)elapsed.TotalMilliseconds, failure.GetType().Name,
                    (int?)ror?.StatusCode, ror?.RorErrorCode, correlationId);
            }
        }
    }

    private static async Task<Exception> CreateStatusExceptionAsync(HttpResponseMessage response, string correlationId, CancellationToken cancellationToken)
    {
        const string transaction = RorTransactions.Extraction;
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase)
            && response.Content.Headers.ContentLength is null or <= SoapFaultDetector.MaxInspectedBytes)
        {
            try
            {
                await response.Content.LoadIntoBufferAsync(SoapFaultDetector.MaxInspectedBytes, cancellationToken).ConfigureAwait(false);
                using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                if (ReadError(stream) is { } fault)
                {
                    return new RorServiceFaultException($"{transaction}: the ROR answered HTTP {(int)response.StatusCode} with error {fault.RorErrorCode}: {fault.Message}.")
                    {
                        Transaction = transaction,
                        StatusCode = response.StatusCode,
                        RorErrorCode = fault.RorErrorCode,
                        RorErrorMessage = fault.Message,
                        SoapFaultCode = fault.FaultCode,
                        CorrelationId = correlationId,
                    };
                }
            }
            catch (HttpRequestException)
            {
                // Body larger than announced: not an error document.
            }
        }

        return new HttpRequestException(HttpRequestError.Unknown, $"HTTP {(int)response.StatusCode}", null, response.StatusCode);
    }

    private static SoapFaultDetails? ReadError(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "Fault" && reader.NamespaceURI == "http://www.w3.org/2003/05/soap-envelope")
                {
                    return SoapFaultParser.ReadFault(reader);
                }

                if (SoapFaultParser.IsErrorElement(reader.LocalName))
                {
                    return SoapFaultParser.ReadErrorElement(reader);
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return null;
    }
}
