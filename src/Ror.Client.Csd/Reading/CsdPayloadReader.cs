using System.Globalization;
using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// Finds the message in a document (a bare root, or the child of a SOAP 1.2 <c>env:Body</c>, the
/// <c>env:Header</c> skipped), reads it, then checks that the document ends properly. Synchronous: the
/// asynchronous entry points of <see cref="CsdReader"/> buffer the bytes ahead of each step.
/// </summary>
internal sealed class CsdPayloadReader
{
    private readonly CsdXmlContext c;
    private readonly XmlReader _reader;
    private readonly bool _ownsDocument;
    private int _envelopeDepth = -1;
    private int _bodyDepth = -1;

    /// <param name="context">The read context.</param>
    /// <param name="ownsDocument">
    /// <see langword="true"/> when the reader is at the start of a whole document, which must then be read to its end;
    /// <see langword="false"/> for a reader handed over by a caller, left just after the message.
    /// </param>
    public CsdPayloadReader(CsdXmlContext context, bool ownsDocument)
    {
        c = context;
        _reader = context.Reader;
        _ownsDocument = ownsDocument;
        Parser = new CsdModelParser(context);
    }

    public CsdModelParser Parser { get; }

    /// <summary>Cuts out each entity's XML as read (<see cref="CsdReaderOptions.CaptureEntityXml"/>), or null.</summary>
    public EntityXmlCapture? Capture { get; init; }

    /// <summary>What the payload is, once <see cref="MoveToPayload"/> has run.</summary>
    public CsdPayloadKind Kind { get; private set; }

    // Filled while walking a careServicesResponse.
    public int? FacilityNumber { get; private set; }

    public CsdError? ResponseError { get; private set; }

    public string? ResponseContentType { get; private set; }

    public EquatableList<ExtraAttribute> ResponseExtraAttributes { get; private set; }

    /// <summary>
    /// Moves to the message element, entering a SOAP envelope when there is one, and classifies it.
    /// </summary>
    /// <param name="expected">What the caller expects, for the error message when the root is something else.</param>
    public CsdPayloadKind MoveToPayload(string expected)
    {
        var r = _reader;
        if (r.MoveToContent() != XmlNodeType.Element)
        {
            throw c.Error(CsdFormatError.UnexpectedRoot, "No element was found where a message was expected.", expected);
        }

        c.Enter();
        if (c.Is(r.LocalName, CsdNames.SoapEnvelope))
        {
            if (!c.Is(r.NamespaceURI, CsdNames.SoapNamespace))
            {
                throw c.Error(CsdFormatError.UnexpectedRoot, $"The envelope is in the namespace '{r.NamespaceURI}'.", "{" + CsdNames.SoapNamespace + "}Envelope (SOAP 1.2)");
            }

            _envelopeDepth = r.Depth;
            if (!c.StartContent())
            {
                throw c.Error(CsdFormatError.UnexpectedRoot, "The SOAP envelope has no Body.", expected);
            }

            while (_bodyDepth < 0)
            {
                if (!c.NextChild(_envelopeDepth))
                {
                    throw c.Error(CsdFormatError.UnexpectedRoot, "The SOAP envelope has no Body.", expected);
                }

                if (c.Is(r.NamespaceURI, CsdNames.SoapNamespace) && c.Is(r.LocalName, CsdNames.SoapBody))
                {
                    _bodyDepth = r.Depth;
                }
                else
                {
                    // env:Header (WS-Addressing, security token…) or anything else: not ours to read.
                    c.Skip();
                }
            }

            if (!c.StartContent() || !c.NextChild(_bodyDepth))
            {
                throw c.ErrorAt(_bodyDepth, CsdFormatError.UnexpectedRoot, "The SOAP Body is empty.", expected);
            }
        }

        Kind = Classify(expected);
        return Kind;
    }

    /// <summary>After the message: reads the rest of the SOAP Body and envelope and, for a whole document, up to its end.</summary>
    public void Finish()
    {
        if (_bodyDepth >= 0)
        {
            while (c.NextChild(_bodyDepth))
            {
                c.SkipUnknown();
            }

            while (c.NextChild(_envelopeDepth))
            {
                c.SkipUnknown();
            }
        }

        if (_ownsDocument)
        {
            // Reading to the end makes the XML reader check that the document is complete and has one root.
            while (_reader.Read())
            {
            }
        }
    }

    /// <summary>Throws the error that a payload of kind <see cref="CsdPayloadKind.Error"/> or <see cref="CsdPayloadKind.Fault"/> carries.</summary>
    public CsdFaultException FaultException() => new(ReadFault());

    /// <summary>On an <c>env:Fault</c>, <c>ror:erreur</c> or <c>csd:error</c> element: reads it.</summary>
    public CsdFault ReadFault()
    {
        if (Kind == CsdPayloadKind.Error)
        {
            var error = Parser.ParseCsdError();
            return FromError(error, null, null, null);
        }

        string? code = null;
        string? subcode = null;
        string? reason = null;
        var reasonIsFrench = false;
        CsdError? detail = null;
        var r = _reader;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                if (c.Is(name, CsdNames.SoapCode))
                {
                    (code, subcode) = ReadFaultCode();
                }
                else if (c.Is(name, CsdNames.SoapReason))
                {
                    var reasonDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(reasonDepth))
                        {
                            if (c.Is(r.LocalName, CsdNames.SoapText))
                            {
                                var french = (r.GetAttribute("lang", CsdNames.XmlNamespace) ?? string.Empty).StartsWith("fr", StringComparison.OrdinalIgnoreCase);
                                var text = c.ReadText();
                                if (reason is null || (french && !reasonIsFrench))
                                {
                                    reason = text;
                                    reasonIsFrench = french;
                                }
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else if (c.Is(name, CsdNames.SoapDetail))
                {
                    var detailDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(detailDepth))
                        {
                            if (detail is null && (c.Is(r.LocalName, CsdNames.Erreur) || c.Is(r.LocalName, CsdNames.Error)))
                            {
                                detail = Parser.ParseCsdError();
                            }
                            else
                            {
                                c.Skip();
                            }
                        }
                    }
                }
                else
                {
                    c.Skip();
                }
            }
        }

        return FromError(detail, code, subcode, reason);
    }

    /// <summary>
    /// Walks a <c>CSD</c> document or a <c>careServicesResponse</c> and yields its directory entities one
    /// at a time. A <c>careServicesResponse/error</c> is kept in <see cref="ResponseError"/>, or thrown as
    /// a <see cref="CsdFaultException"/> when <paramref name="errorAsFault"/>; a SOAP Fault or an
    /// <c>erreur</c> always throws.
    /// </summary>
    public IEnumerable<CsdEntity> ReadEntities(string expected, bool errorAsFault, bool responseOnly)
    {
        var kind = MoveToPayload(expected);
        switch (kind)
        {
            case CsdPayloadKind.Csd when !responseOnly:
                foreach (var entity in ReadDirectories())
                {
                    yield return entity;
                }

                break;
            case CsdPayloadKind.CareServicesResponse:
                foreach (var entity in ReadCareServicesResponse(errorAsFault))
                {
                    yield return entity;
                }

                break;
            case CsdPayloadKind.Error:
            case CsdPayloadKind.Fault:
                throw FaultException();
            default:
                throw UnexpectedRoot(expected);
        }

        Finish();
    }

    /// <summary>On a <c>CSD</c> or <c>queryResult</c> element: yields the entities of its five directories.</summary>
    public IEnumerable<CsdEntity> ReadDirectories()
    {
        var r = _reader;
        c.NoAttributesExpected();
        var depth = r.Depth;
        var seen = 0;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var directory = c.InCsd ? DirectoryIndex(r.LocalName) : -1;
                if (directory < 0)
                {
                    c.SkipUnknown();
                    continue;
                }

                seen |= 1 << directory;
                Capture?.EnterDirectory(r, directory);
                var directoryDepth = r.Depth;
                var itemName = DirectoryItems[directory];
                c.NoAttributesExpected();
                if (!c.StartContent())
                {
                    continue;
                }

                while (c.NextChild(directoryDepth))
                {
                    var name = r.LocalName;
                    if (c.ReportsDeviations && c.InCsd && !c.Is(name, itemName) && DirectoryIndex(name + "Directory") >= 0)
                    {
                        c.Report(CsdDeviationKind.OutOfOrder, name, itemName);
                    }

                    Capture?.StartEntity(r);
                    if (Parser.ParseEntity() is { } entity)
                    {
                        Capture?.EndEntity(r, entity);
                        yield return entity;
                    }
                    else
                    {
                        c.SkipUnknown();
                    }
                }
            }
        }

        for (var i = 0; i < Directories.Length; i++)
        {
            if ((seen & (1 << i)) == 0)
            {
                c.Missing(Directories[i], depth);
            }
        }
    }

    private static readonly string[] Directories = [CsdNames.OrganizationDirectory, CsdNames.ServiceDirectory, CsdNames.FacilityDirectory, CsdNames.ProviderDirectory, CsdNames.DeviceDirectory];

    private static readonly string[] DirectoryItems = [CsdNames.Organization, CsdNames.Service, CsdNames.Facility, CsdNames.Provider, CsdNames.Device];

    private int DirectoryIndex(string name)
    {
        for (var i = 0; i < Directories.Length; i++)
        {
            if (c.Is(name, Directories[i]) || string.Equals(name, Directories[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private IEnumerable<CsdEntity> ReadCareServicesResponse(bool errorAsFault)
    {
        var r = _reader;
        var extras = default(ListBuilder<ExtraAttribute>);
        if (r.MoveToFirstAttribute())
        {
            do
            {
                if (c.IsPlainAttribute && c.Is(r.LocalName, CsdNames.Content_type))
                {
                    ResponseContentType = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extras.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        ResponseExtraAttributes = extras.Build();
        var depth = r.Depth;
        var outcome = false;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                if (c.InCsd && c.Is(name, CsdNames.Result))
                {
                    outcome = true;
                    c.NoAttributesExpected();
                    var resultDepth = r.Depth;
                    var queryResult = false;
                    if (c.StartContent())
                    {
                        while (c.NextChild(resultDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.FacilityNumber))
                            {
                                FacilityNumber = c.ParseInt32(c.ReadText());
                            }
                            else if (c.InCsd && c.Is(r.LocalName, CsdNames.QueryResult))
                            {
                                if (queryResult)
                                {
                                    c.Duplicate();
                                }

                                queryResult = true;
                                foreach (var entity in ReadDirectories())
                                {
                                    yield return entity;
                                }
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }

                    if (!queryResult)
                    {
                        c.Missing(CsdNames.QueryResult, resultDepth);
                    }
                }
                else if (c.InCsd && c.Is(name, CsdNames.Error))
                {
                    outcome = true;
                    ResponseError = Parser.ParseCsdError();
                    if (errorAsFault)
                    {
                        throw new CsdFaultException(FromError(ResponseError, null, null, null));
                    }
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (!outcome)
        {
            throw c.MissingContent(CsdNames.Result + " | " + CsdNames.Error);
        }
    }

    /// <summary>The <c>result</c> count of a Notif answer, once <see cref="ReadNotifEntries"/> has run.</summary>
    public int? NotifResult { get; private set; }

    /// <summary>
    /// On a Notif answer (<c>TR-Notif-ListeEtablissementMajApresDate_Reponse</c>): yields its entries
    /// one at a time and keeps its <c>result</c> count; a count that differs from the entries is reported.
    /// </summary>
    public IEnumerable<EstablishmentUpdateNotice> ReadNotifEntries()
    {
        var r = _reader;
        c.NoAttributesExpected();
        var depth = r.Depth;
        var count = 0;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                if (c.InCsd && c.Is(r.LocalName, CsdNames.EtablissementReponseNotif))
                {
                    count++;
                    yield return Parser.ParseEstablishmentUpdateNotice();
                }
                else if (c.InCsd && c.Is(r.LocalName, CsdNames.Result))
                {
                    if (NotifResult is not null)
                    {
                        c.Duplicate();
                    }

                    NotifResult = c.ParseInt32(c.ReadText());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (NotifResult is { } announced && announced != count)
        {
            c.Report(CsdDeviationKind.CountMismatch, CsdNames.Result, count.ToString(CultureInfo.InvariantCulture), depth);
        }
    }

    /// <summary>Creates the error for a payload that is not what the caller expects (call on its start tag).</summary>
    public CsdFormatException UnexpectedRoot(string expected)
    {
        var r = _reader;
        var found = string.IsNullOrEmpty(r.NamespaceURI) ? r.LocalName : "{" + r.NamespaceURI + "}" + r.LocalName;
        return c.Error(CsdFormatError.UnexpectedRoot, $"The message element is '{found}'.", expected);
    }

    private (string? Code, string? Subcode) ReadFaultCode()
    {
        var r = _reader;
        string? code = null;
        string? subcode = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                if (c.Is(r.LocalName, CsdNames.SoapValue))
                {
                    code = c.ReadText().Trim();
                }
                else if (c.Is(r.LocalName, CsdNames.SoapSubcode))
                {
                    // The first level of subcode is enough for the ROR.
                    (subcode, _) = ReadFaultCode();
                }
                else
                {
                    c.Skip();
                }
            }
        }

        return (code, subcode);
    }

    private static CsdFault FromError(CsdError? error, string? soapCode, string? soapSubcode, string? reason)
    {
        var code = error?.Code ?? ParseCode(soapCode) ?? ParseCode(soapSubcode);
        var message = !string.IsNullOrEmpty(error?.Message) ? error.Message
            : !string.IsNullOrEmpty(error?.Text) ? error.Text
            : reason;
        return new CsdFault(code, message, soapCode, soapSubcode);
    }

    private static int? ParseCode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // "444" or a QName whose local part is a number ("env:444").
        var local = value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return int.TryParse(local, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : null;
    }

    private CsdPayloadKind Classify(string expected)
    {
        var r = _reader;
        var name = r.LocalName;
        var ns = r.NamespaceURI;
        if (c.Is(ns, CsdNames.CsdNamespace))
        {
            if (c.Is(name, CsdNames.CSD))
            {
                return CsdPayloadKind.Csd;
            }

            if (c.Is(name, CsdNames.CareServicesResponse))
            {
                return CsdPayloadKind.CareServicesResponse;
            }

            if (c.Is(name, CsdNames.CareServicesRequest))
            {
                return CsdPayloadKind.CareServicesRequest;
            }
        }
        else if (c.Is(ns, CsdNames.RorNamespace))
        {
            if (c.Is(name, CsdNames.TR_Notif_ListeEtablissementMajApresDate_Reponse))
            {
                return CsdPayloadKind.NotifResponse;
            }

            if (c.Is(name, CsdNames.TR_Notif_ListeEtablissementsMajApresDate_Demande))
            {
                return CsdPayloadKind.NotifRequest;
            }
        }
        else if (c.Is(ns, CsdNames.SoapNamespace) && c.Is(name, CsdNames.SoapFault))
        {
            return CsdPayloadKind.Fault;
        }

        // The error element in any namespace (ror:erreur per the WSDL; csd:error seen too).
        if (c.Is(name, CsdNames.Erreur) || c.Is(name, CsdNames.Error))
        {
            return CsdPayloadKind.Error;
        }

        throw UnexpectedRoot(expected);
    }
}
