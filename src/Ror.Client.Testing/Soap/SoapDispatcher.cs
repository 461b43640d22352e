using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Ror.Client.Csd.Access;
using Ror.Client.Testing.Diagnostics;
using Ror.Client.Testing.Errors;
using Ror.Client.Testing.Faults;

namespace Ror.Client.Testing.Soap;

/// <summary>
/// The SOAP 1.2 endpoint: checks method and media type, reads the envelope, dispatches on the action (Content-Type
/// parameter, then <c>wsa:Action</c>, then the Body child), resolves the access profile, applies fault injection and
/// forced errors, then calls the transaction's <see cref="ISoapTransactionHandler"/>.
/// </summary>
internal sealed class SoapDispatcher
{
    private const string SoapMediaType = "application/soap+xml";

    private const string MalformedBody =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>"
        + "<csd:careServicesResponse xmlns:csd=\"urn:ihe:iti:csd:2013\"><csd:result></csd:careServicesResponse>";

    private readonly RorSimulatorCounters _counters;
    private readonly RorSimulatorFaults _faults;
    private readonly ForcedErrorRules _forcedErrors;
    private readonly ILogger _logger;
    private readonly XmlReaderSettings _readerSettings;
    private readonly int _maxRequestBytes;
    private readonly RorErrorShape _errorShape;
    private readonly RorAccessProfile _defaultProfile;
    private readonly Dictionary<string, RorAccessProfile> _certificateProfiles;
    private readonly HashSet<SimulatedTransaction> _unsupported;
    private readonly ConcurrentDictionary<SimulatedTransaction, ISoapTransactionHandler> _handlers;

    public SoapDispatcher(
        RorSimulatorOptions options,
        RorSimulatorCounters counters,
        RorSimulatorFaults faults,
        ForcedErrorRules forcedErrors,
        ILogger logger)
    {
        _counters = counters;
        _faults = faults;
        _forcedErrors = forcedErrors;
        _logger = logger;
        _maxRequestBytes = options.MaxRequestBodyBytes;
        _readerSettings = SoapEnvelopeParser.CreateSettings(options.MaxRequestBodyBytes);
        _errorShape = options.ErrorShape;
        _defaultProfile = options.DefaultAccessProfile;
        _certificateProfiles = new Dictionary<string, RorAccessProfile>(options.CertificateProfiles, StringComparer.OrdinalIgnoreCase);
        _unsupported = [.. options.UnsupportedTransactions];
        _handlers = new ConcurrentDictionary<SimulatedTransaction, ISoapTransactionHandler>(options.TransactionHandlers);
    }

    /// <summary>Registers (or replaces, or with <see langword="null"/> removes) the handler of a SOAP transaction.</summary>
    public void SetHandler(SimulatedTransaction transaction, ISoapTransactionHandler? handler)
    {
        if (transaction == SimulatedTransaction.Extraction)
        {
            throw new ArgumentOutOfRangeException(nameof(transaction), transaction, "The extraction is not a SOAP transaction.");
        }

        if (handler is null)
        {
            _handlers.TryRemove(transaction, out _);
        }
        else
        {
            _handlers[transaction] = handler;
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        HttpResponse response = context.Response;
        _counters.CountRequest();
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            response.Headers.Allow = "POST";
            await RefuseAsync(response, StatusCodes.Status405MethodNotAllowed, "The SOAP endpoint accepts POST only.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!TryReadContentType(context.Request.ContentType, out string? contentTypeAction))
        {
            await RefuseAsync(response, StatusCodes.Status415UnsupportedMediaType, "The SOAP endpoint accepts application/soap+xml (SOAP 1.2) only.", cancellationToken).ConfigureAwait(false);
            return;
        }

        (byte[] request, int length)? body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is not { } requestBody)
        {
            await RefuseAsync(response, StatusCodes.Status413PayloadTooLarge, "The request is too large.", cancellationToken).ConfigureAwait(false);
            return;
        }

        SoapEnvelope envelope;
        string action;
        SimulatedTransaction? classified;
        try
        {
            envelope = SoapEnvelopeParser.Parse(requestBody.request, requestBody.length, _readerSettings);
            (action, classified) = Classify(contentTypeAction, envelope);
        }
        catch (SoapProtocolException exception)
        {
            int status = SoapMessageWriter.ToHttpStatus(exception.Code);
            SimulatorLog.Refused(_logger, status, exception.Message);
            await WriteProtocolFaultAsync(context, exception, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (classified is not { } transaction)
        {
            // A careServicesRequest for something other than Lecture EG or OI (e.g. an ad-hoc csd:expression).
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = SoapMessageWriter.ContentType;
            using var notProvided = new ResponseBodyStream(context, null);
            await SoapMessageWriter.WriteEnvelopeAsync(
                notProvided,
                (writer, _) => SoapMessageWriter.WriteCareServicesErrorAsync(writer, SimulatedErrorCodes.NotProvided, SimulatedErrorCodes.NotProvidedMessage),
                null,
                cancellationToken).ConfigureAwait(false);
            await notProvided.CompleteAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        _counters.Count(transaction);
        SimulatorLog.Received(_logger, transaction);
        InjectedFault? fault = _faults.Take(transaction);
        if (fault is not null)
        {
            SimulatorLog.FaultInjected(_logger, fault.Kind, transaction);
        }

        if (await FaultResponder.TryRespondAsync(context, fault, SoapMessageWriter.ContentType, MalformedBody, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        using var responseBody = new ResponseBodyStream(context, fault, bufferAll: true);
        try
        {
            await AnswerAsync(context, transaction, action, envelope, requestBody, responseBody, cancellationToken).ConfigureAwait(false);
            await responseBody.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ResponseAbortedException)
        {
            // An injected fault aborted the connection on purpose.
        }
    }

    private async Task AnswerAsync(
        HttpContext context,
        SimulatedTransaction transaction,
        string action,
        SoapEnvelope envelope,
        (byte[] Bytes, int Length) request,
        ResponseBodyStream responseBody,
        CancellationToken cancellationToken)
    {
        RorAccessProfile profile;
        AccessProfileSource source;
        if (envelope.VihfProfileCode is { } code)
        {
            if (!RorAccessProfiles.TryFromUserProfileCode(code, out profile))
            {
                var fault = new SoapProtocolException(SoapFaultCode.Sender, "The Profil_Utilisateur of the VIHF token is not a ROR CSD profile (expected CU23, CU22, CU20 or CU19).");
                await WriteFaultAsync(context, responseBody, fault, cancellationToken).ConfigureAwait(false);
                return;
            }

            source = AccessProfileSource.VihfToken;
        }
        else if (TryGetCertificateProfile(context.Connection.ClientCertificate, out profile))
        {
            source = AccessProfileSource.ClientCertificate;
        }
        else
        {
            profile = _defaultProfile;
            source = AccessProfileSource.Default;
        }

        var soapContext = new SoapRequestContext(
            context, transaction, action, envelope, profile, source, request.Bytes, request.Length, _readerSettings, responseBody, _errorShape);

        if (_forcedErrors.Find(transaction, envelope.RequestedIdentifier) is { } forced)
        {
            SimulatorLog.ForcedError(_logger, forced.Code, transaction);
            await soapContext.WriteErrorAsync(forced.Code, forced.Message, forced.Shape, cancellationToken).ConfigureAwait(false);
            return;
        }

        ISoapTransactionHandler handler = !_unsupported.Contains(transaction) && _handlers.TryGetValue(transaction, out ISoapTransactionHandler? registered)
            ? registered
            : NotProvidedTransactionHandler.Instance;
        try
        {
            await handler.HandleAsync(soapContext, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (ResponseAbortedException or OperationCanceledException) && !soapContext.HasResponded)
        {
            SimulatorLog.HandlerFailed(_logger, transaction, exception);
            await soapContext.WriteFaultAsync(SoapFaultCode.Receiver, "Erreur interne du simulateur.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!soapContext.HasResponded)
        {
            await soapContext.WriteFaultAsync(SoapFaultCode.Receiver, "Aucune réponse produite par le simulateur.", cancellationToken).ConfigureAwait(false);
        }
    }

    private static (string Action, SimulatedTransaction? Transaction) Classify(string? contentTypeAction, SoapEnvelope envelope)
    {
        string? addressingAction = string.IsNullOrEmpty(envelope.AddressingAction) ? null : envelope.AddressingAction;
        if (contentTypeAction is not null && addressingAction is not null && !string.Equals(contentTypeAction, addressingAction, StringComparison.Ordinal))
        {
            throw new SoapProtocolException(SoapFaultCode.Sender, $"The Content-Type action '{contentTypeAction}' differs from the wsa:Action '{addressingAction}'.");
        }

        string? requested = contentTypeAction ?? addressingAction;
        string? bodyAction = SoapActions.ForBodyElement(envelope.BodyElement);
        string action;
        if (requested is not null)
        {
            if (requested is not (SoapActions.Update or SoapActions.Search))
            {
                throw new SoapProtocolException(SoapFaultCode.Sender, $"The action '{requested}' is not supported by this endpoint.");
            }

            if (!string.Equals(requested, bodyAction, StringComparison.Ordinal))
            {
                throw new SoapProtocolException(SoapFaultCode.Sender, $"The action '{requested}' does not match the Body element '{{{envelope.BodyElement.Namespace}}}{envelope.BodyElement.Name}'.");
            }

            action = requested;
        }
        else
        {
            action = bodyAction
                ?? throw new SoapProtocolException(SoapFaultCode.Sender, $"The Body element '{{{envelope.BodyElement.Namespace}}}{envelope.BodyElement.Name}' is not an operation of this service.");
        }

        SimulatedTransaction? transaction = action == SoapActions.Update
            ? SimulatedTransaction.Notification
            : envelope.FunctionChoice switch
            {
                SoapActions.EstablishmentReadChoice => SimulatedTransaction.EstablishmentRead,
                SoapActions.InternalOrganizationReadChoice => SimulatedTransaction.InternalOrganizationRead,
                _ => null,
            };
        return (action, transaction);
    }

    private static bool TryReadContentType(string? contentType, out string? action)
    {
        action = null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? parsed)
            || !parsed.MediaType.Equals(SoapMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        NameValueHeaderValue? parameter = parsed.Parameters.FirstOrDefault(p => p.Name.Equals("action", StringComparison.OrdinalIgnoreCase));
        StringSegment value = parameter is null ? StringSegment.Empty : HeaderUtilities.RemoveQuotes(parameter.Value);
        action = StringSegment.IsNullOrEmpty(value) ? null : value.Trim().ToString();
        return true;
    }

    private async Task<(byte[] Bytes, int Length)?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _maxRequestBytes)
        {
            return null;
        }

        byte[] buffer = new byte[(int)Math.Min(request.ContentLength ?? 16 * 1024, _maxRequestBytes) + 1];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > _maxRequestBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, _maxRequestBytes + 1L));
            }

            int read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer, length);
            }

            length += read;
        }
    }

    private bool TryGetCertificateProfile(X509Certificate2? certificate, out RorAccessProfile profile)
    {
        profile = default;
        return certificate is not null
            && (_certificateProfiles.TryGetValue(certificate.Thumbprint, out profile)
                || _certificateProfiles.TryGetValue(certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false), out profile));
    }

    private async Task RefuseAsync(HttpResponse response, int statusCode, string reason, CancellationToken cancellationToken)
    {
        SimulatorLog.Refused(_logger, statusCode, reason);
        response.StatusCode = statusCode;
        await FaultResponder.WriteTextAsync(response, "text/plain; charset=utf-8", reason, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteProtocolFaultAsync(HttpContext context, SoapProtocolException exception, CancellationToken cancellationToken)
    {
        using var body = new ResponseBodyStream(context, null);
        await WriteFaultAsync(context, body, exception, cancellationToken).ConfigureAwait(false);
        await body.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteFaultAsync(HttpContext context, ResponseBodyStream body, SoapProtocolException exception, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = SoapMessageWriter.ToHttpStatus(exception.Code);
        context.Response.ContentType = SoapMessageWriter.ContentType;
        Func<XmlWriter, Task>? header = exception.NotUnderstood.Count == 0
            ? null
            : writer => SoapMessageWriter.WriteNotUnderstoodAsync(writer, exception.NotUnderstood);
        await SoapMessageWriter.WriteEnvelopeAsync(
            body,
            (writer, _) => SoapMessageWriter.WriteFaultAsync(writer, SoapMessageWriter.ToValue(exception.Code), exception.Message, null, null),
            header,
            cancellationToken).ConfigureAwait(false);
    }
}
