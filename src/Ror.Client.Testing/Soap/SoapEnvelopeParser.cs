using System.Xml;
using Ror.Client.Csd;

namespace Ror.Client.Testing.Soap;

/// <summary>
/// Reads a SOAP 1.2 request envelope with a hardened <see cref="XmlReader"/> (no DTD, no resolver, size limit): header
/// blocks (WS-Addressing action, VIHF profile, mustUnderstand), the single Body child, and for a
/// <c>careServicesRequest</c> the function choice and requested identifier.
/// </summary>
internal static class SoapEnvelopeParser
{
    /// <summary>The settings every request document is read with.</summary>
    public static XmlReaderSettings CreateSettings(long maxCharactersInDocument) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharactersInDocument,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <exception cref="SoapProtocolException">The document is not a well-formed SOAP 1.2 envelope with one Body child, or a mandatory header is not understood.</exception>
    public static SoapEnvelope Parse(byte[] body, int length, XmlReaderSettings settings)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body, 0, length, writable: false), settings);
            return ParseEnvelope(reader);
        }
        catch (XmlException exception)
        {
            throw Sender($"The request is not well-formed XML (line {exception.LineNumber}, position {exception.LinePosition}).");
        }
    }

    /// <summary>Creates a reader over a request, positioned on the start tag of the Body child.</summary>
    public static XmlReader CreateBodyReader(byte[] body, int length, XmlReaderSettings settings)
    {
        var reader = XmlReader.Create(new MemoryStream(body, 0, length, writable: false), settings);
        reader.MoveToContent();
        var inBody = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == 1)
            {
                // Skip the Header (its children are at depth 2 too): only the Body's child is wanted.
                inBody = reader.LocalName == "Body";
            }
            else if (inBody && reader.Depth == 2)
            {
                return reader;
            }
        }

        reader.Dispose();
        throw new InvalidOperationException("The request has no Body child.");
    }

    private static SoapEnvelope ParseEnvelope(XmlReader reader)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Envelope")
        {
            throw Sender($"The request body is not a SOAP envelope (root element '{reader.Name}').");
        }

        if (reader.NamespaceURI == SoapActions.Soap11)
        {
            throw Sender($"SOAP 1.1 envelopes are not accepted: this endpoint speaks SOAP 1.2 ({CsdNamespaces.Soap12}).");
        }

        if (reader.NamespaceURI != CsdNamespaces.Soap12)
        {
            throw Sender($"The envelope namespace '{reader.NamespaceURI}' is not SOAP 1.2 ({CsdNamespaces.Soap12}).");
        }

        var header = new HeaderInformation();
        SoapEnvelope? envelope = null;
        bool seenHeader = false;
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (reader.NodeType != XmlNodeType.EndElement)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    bool isSoap = reader.NamespaceURI == CsdNamespaces.Soap12;
                    if (isSoap && reader.LocalName == "Header" && !seenHeader && envelope is null)
                    {
                        seenHeader = true;
                        using XmlReader block = reader.ReadSubtree();
                        ReadHeader(block, header);
                    }
                    else if (isSoap && reader.LocalName == "Body" && envelope is null)
                    {
                        using XmlReader block = reader.ReadSubtree();
                        envelope = ReadBody(block);
                    }
                    else
                    {
                        throw Sender($"Unexpected element '{{{reader.NamespaceURI}}}{reader.LocalName}' in the envelope.");
                    }
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    throw Sender("Text is not allowed directly in the envelope.");
                }

                reader.Read();
            }
        }

        // Read to the end so that trailing garbage is reported as malformed.
        while (reader.Read())
        {
        }

        if (envelope is null)
        {
            throw Sender("The envelope has no Body.");
        }

        if (header.NotUnderstood.Count > 0)
        {
            throw new SoapProtocolException(
                SoapFaultCode.MustUnderstand,
                $"Header block '{header.NotUnderstood[0]}' is marked mustUnderstand and is not understood.",
                header.NotUnderstood);
        }

        return envelope with { AddressingAction = header.Action, VihfProfileCode = header.ProfileCode };
    }

    private static void ReadHeader(XmlReader header, HeaderInformation information)
    {
        header.Read();
        while (header.Read())
        {
            if (header is not { NodeType: XmlNodeType.Element, Depth: 1 })
            {
                continue;
            }

            string ns = header.NamespaceURI;
            string localName = header.LocalName;
            bool mustUnderstand = header.GetAttribute("mustUnderstand", CsdNamespaces.Soap12)?.Trim() is "true" or "1";
            using XmlReader block = header.ReadSubtree();
            if (ns is SoapActions.WsAddressing or SoapActions.WsAddressing2004)
            {
                if (localName == "Action")
                {
                    block.Read();
                    information.Action = block.ReadElementContentAsString().Trim();
                }
            }
            else if (localName == "Security" && ns == SoapActions.WsSecurity)
            {
                information.ProfileCode ??= ReadVihfProfileCode(block);
            }
            else if (mustUnderstand)
            {
                information.NotUnderstood.Add(new XmlQualifiedName(localName, ns));
            }
        }
    }

    // Tolerant by design: any assertion namespace, any xsi:type (the ANS generator misspells the xsi namespace), and a
    // plain-text AttributeValue as well as an hl7:Profil_Utilisateur element carrying @code.
    private static string? ReadVihfProfileCode(XmlReader security)
    {
        while (security.Read())
        {
            if (security is { NodeType: XmlNodeType.Element, LocalName: "Attribute" }
                && security.GetAttribute("Name")?.Trim() == "Profil_Utilisateur")
            {
                using XmlReader attribute = security.ReadSubtree();
                attribute.Read();
                while (attribute.Read())
                {
                    if (attribute.NodeType == XmlNodeType.Element && attribute.LocalName != "AttributeValue"
                        && attribute.GetAttribute("code") is { } code)
                    {
                        return code;
                    }

                    if (attribute.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && !string.IsNullOrWhiteSpace(attribute.Value))
                    {
                        return attribute.Value;
                    }
                }

                return string.Empty;
            }
        }

        return null;
    }

    private static SoapEnvelope ReadBody(XmlReader body)
    {
        body.Read();
        XmlQualifiedName? element = null;
        string? choice = null;
        string? identifier = null;
        while (body.Read())
        {
            if (body.Depth == 1 && body.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                throw Sender("Text is not allowed directly in the Body.");
            }

            if (body is not { NodeType: XmlNodeType.Element, Depth: 1 })
            {
                continue;
            }

            if (element is not null)
            {
                throw Sender("The Body must contain exactly one element.");
            }

            element = new XmlQualifiedName(body.LocalName, body.NamespaceURI);
            using XmlReader request = body.ReadSubtree();
            if (element == SoapActions.CareServicesRequest)
            {
                (choice, identifier) = ReadFunction(request);
            }
            else
            {
                while (request.Read())
                {
                }
            }
        }

        return element is null
            ? throw Sender("The Body is empty: it must contain exactly one element.")
            : new SoapEnvelope { BodyElement = element, FunctionChoice = choice, RequestedIdentifier = identifier };
    }

    private static (string? Choice, string? Identifier) ReadFunction(XmlReader request)
    {
        string? choice = null;
        string? identifier = null;
        int functionDepth = -1;
        while (request.Read())
        {
            if (request.NodeType != XmlNodeType.Element || request.NamespaceURI != CsdNamespaces.Csd)
            {
                continue;
            }

            if (functionDepth < 0 && request.LocalName == "function")
            {
                functionDepth = request.Depth;
            }
            else if (functionDepth >= 0 && choice is null && request.Depth == functionDepth + 1)
            {
                choice = request.LocalName;
            }
            else if (identifier is null && choice is not null && request.LocalName is "id_etablissement" or "organisationID")
            {
                identifier = request.GetAttribute("code")?.Trim();
            }
        }

        return (choice, identifier);
    }

    private static SoapProtocolException Sender(string reason) => new(SoapFaultCode.Sender, reason);

    private sealed class HeaderInformation
    {
        public string? Action { get; set; }

        public string? ProfileCode { get; set; }

        public List<XmlQualifiedName> NotUnderstood { get; } = [];
    }
}
