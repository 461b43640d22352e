using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Ror.Client.Csd.Access;
using Ror.Client.Testing.Errors;
using Ror.Client.Testing.Faults;

namespace Ror.Client.Testing.Soap;

/// <summary>
/// One classified SOAP request handed to an <see cref="ISoapTransactionHandler"/>: what was asked, by whom, with which
/// access profile, and the means to write exactly one answer (streamed to the client inside a SOAP 1.2 envelope).
/// </summary>
internal sealed class SoapRequestContext
{
    private readonly byte[] _request;
    private readonly int _requestLength;
    private readonly XmlReaderSettings _readerSettings;
    private readonly ResponseBodyStream _responseBody;
    private readonly RorErrorShape _defaultShape;
    private int _responded;

    internal SoapRequestContext(
        HttpContext httpContext,
        SimulatedTransaction transaction,
        string soapAction,
        SoapEnvelope envelope,
        RorAccessProfile accessProfile,
        AccessProfileSource accessProfileSource,
        byte[] request,
        int requestLength,
        XmlReaderSettings readerSettings,
        ResponseBodyStream responseBody,
        RorErrorShape defaultShape)
    {
        HttpContext = httpContext;
        Transaction = transaction;
        SoapAction = soapAction;
        BodyElement = envelope.BodyElement;
        RequestedIdentifier = envelope.RequestedIdentifier;
        AccessProfile = accessProfile;
        AccessProfileSource = accessProfileSource;
        _request = request;
        _requestLength = requestLength;
        _readerSettings = readerSettings;
        _responseBody = responseBody;
        _defaultShape = defaultShape;
    }

    /// <summary>The transaction, told apart by action and, for ror-search, by the function choice element.</summary>
    public SimulatedTransaction Transaction { get; }

    /// <summary>The SOAP action the request was dispatched on (Content-Type parameter, WS-Addressing header, or Body child).</summary>
    public string SoapAction { get; }

    /// <summary>The qualified name of the Body child.</summary>
    public XmlQualifiedName BodyElement { get; }

    /// <summary>
    /// The requested identifier found by the SOAP layer: <c>id_etablissement/@code</c> (Lecture EG) or
    /// <c>organisationID/@code</c> (Lecture OI); <see langword="null"/> for TR-Notif or when absent.
    /// </summary>
    public string? RequestedIdentifier { get; }

    /// <summary>The access profile that filters the answer.</summary>
    public RorAccessProfile AccessProfile { get; }

    /// <summary>Where <see cref="AccessProfile"/> came from.</summary>
    public AccessProfileSource AccessProfileSource { get; }

    /// <summary>The client certificate of the TLS connection.</summary>
    public X509Certificate2? ClientCertificate => HttpContext.Connection.ClientCertificate;

    /// <summary>The HTTP exchange (for headers; write the answer with the methods of this context only).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The raw request envelope (UTF-8 bytes as received).</summary>
    public ReadOnlyMemory<byte> RequestBody => _request.AsMemory(0, _requestLength);

    /// <summary>Whether an answer has been written.</summary>
    public bool HasResponded => Volatile.Read(ref _responded) != 0;

    /// <summary>
    /// A new hardened reader over the request, positioned on the start tag of the Body child (namespace declarations of
    /// the envelope in scope). The caller disposes it.
    /// </summary>
    public XmlReader CreateBodyReader() => SoapEnvelopeParser.CreateBodyReader(_request, _requestLength, _readerSettings);

    /// <summary>
    /// Writes a successful answer (HTTP 200): the delegate writes the Body content (e.g. <c>csd:careServicesResponse</c>)
    /// with an asynchronous <see cref="XmlWriter"/>; the envelope around it is written here.
    /// </summary>
    /// <exception cref="InvalidOperationException">An answer was already written.</exception>
    public Task WriteResponseAsync(Func<XmlWriter, CancellationToken, Task> writeBodyContent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writeBodyContent);
        return WriteAsync(StatusCodes.Status200OK, writeBodyContent, cancellationToken);
    }

    /// <summary>
    /// Writes a ROR business error in the given shape, or the configured one when <paramref name="shape"/> is
    /// <see langword="null"/> (see <see cref="RorErrorShape"/> for the HTTP status of each).
    /// </summary>
    /// <exception cref="InvalidOperationException">An answer was already written.</exception>
    public Task WriteErrorAsync(int code, string message, RorErrorShape? shape, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        RorErrorShape resolved = ResolveShape(shape ?? _defaultShape, Transaction);
        return resolved switch
        {
            RorErrorShape.CareServicesError => WriteAsync(
                StatusCodes.Status200OK,
                (writer, _) => SoapMessageWriter.WriteCareServicesErrorAsync(writer, code, message),
                cancellationToken),
            RorErrorShape.BareErreur => WriteAsync(
                StatusCodes.Status200OK,
                (writer, _) => SoapMessageWriter.WriteErreurAsync(writer, code, message),
                cancellationToken),
            RorErrorShape.LegacyNumericSoapFault => WriteAsync(
                StatusCodes.Status500InternalServerError,
                (writer, _) => SoapMessageWriter.WriteFaultAsync(writer, code.ToString(System.Globalization.CultureInfo.InvariantCulture), message, code, message),
                cancellationToken),
            _ => WriteAsync(
                StatusCodes.Status500InternalServerError,
                (writer, _) => SoapMessageWriter.WriteFaultAsync(writer, SoapMessageWriter.ToValue(SoapFaultCode.Receiver), message, code, message),
                cancellationToken),
        };
    }

    /// <summary>Writes a SOAP 1.2 fault without ROR detail (HTTP 400 for Sender, 500 otherwise).</summary>
    /// <exception cref="InvalidOperationException">An answer was already written.</exception>
    public Task WriteFaultAsync(SoapFaultCode code, string reason, CancellationToken cancellationToken) =>
        WriteAsync(
            SoapMessageWriter.ToHttpStatus(code),
            (writer, _) => SoapMessageWriter.WriteFaultAsync(writer, SoapMessageWriter.ToValue(code), reason, null, null),
            cancellationToken);

    /// <summary>The shape actually used for a transaction: TR-Notif has no error element, so shape A becomes a fault.</summary>
    internal static RorErrorShape ResolveShape(RorErrorShape shape, SimulatedTransaction transaction) => shape switch
    {
        RorErrorShape.TransactionDefault or RorErrorShape.CareServicesError when transaction == SimulatedTransaction.Notification => RorErrorShape.SoapFault,
        RorErrorShape.TransactionDefault => RorErrorShape.CareServicesError,
        _ => shape,
    };

    private async Task WriteAsync(int statusCode, Func<XmlWriter, CancellationToken, Task> writeBodyContent, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _responded, 1) != 0)
        {
            throw new InvalidOperationException("An answer has already been written for this request.");
        }

        HttpResponse response = HttpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = SoapMessageWriter.ContentType;
        await SoapMessageWriter.WriteEnvelopeAsync(_responseBody, writeBodyContent, null, cancellationToken).ConfigureAwait(false);
    }
}
