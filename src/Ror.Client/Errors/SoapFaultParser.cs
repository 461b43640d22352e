using System.Globalization;
using System.Xml;

namespace Ror.Client.Errors;

/// <summary>
/// Reads the ROR error code and message out of a SOAP 1.2 fault (shape B) or a ROR error element (<c>ror:erreur</c>,
/// <c>csd:error</c>: shapes A and C). Tolerant: a non-conformant integer fault code (seen on ANS mocks) is accepted.
/// </summary>
internal static class SoapFaultParser
{
    private const string EnvelopeNamespace = "http://www.w3.org/2003/05/soap-envelope";

    /// <summary>Whether the element name is a ROR error element (local name <c>erreur</c> or <c>error</c>, any namespace).</summary>
    public static bool IsErrorElement(string localName) =>
        localName is "erreur" or "error";

    /// <summary>Reads an <c>env:Fault</c> element; the reader is positioned on its start tag. The reader ends after the element.</summary>
    public static SoapFaultDetails ReadFault(XmlReader reader)
    {
        string? codeValue = null;
        string? subcodeValue = null;
        string? reasonFr = null;
        string? reasonAny = null;
        SoapFaultDetails? detail = null;

        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new SoapFaultDetails(null, null, null);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "Code" when reader.NamespaceURI == EnvelopeNamespace:
                    (codeValue, subcodeValue) = ReadCode(reader);
                    break;
                case "Reason" when reader.NamespaceURI == EnvelopeNamespace:
                    (reasonFr, reasonAny) = ReadReason(reader);
                    break;
                case "Detail" when reader.NamespaceURI == EnvelopeNamespace:
                    detail = ReadDetail(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.Read();
        var code = detail?.RorErrorCode ?? ParseInteger(codeValue) ?? ParseInteger(subcodeValue);
        var message = detail?.Message ?? reasonFr ?? reasonAny;
        return new SoapFaultDetails(code, message, codeValue);
    }

    /// <summary>Reads a ROR error element (<c>ror:erreur</c> or <c>csd:error</c>); the reader is positioned on its start tag.</summary>
    public static SoapFaultDetails ReadErrorElement(XmlReader reader)
    {
        var code = ParseInteger(reader.GetAttribute("code"));
        var message = reader.GetAttribute("message");
        string? text = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            text = reader.ReadElementContentAsString();
        }

        return new SoapFaultDetails(code, Normalize(message) ?? Normalize(text), null);
    }

    private static (string? Value, string? Subcode) ReadCode(XmlReader reader)
    {
        string? value = null;
        string? subcode = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (null, null);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Value")
            {
                value = Normalize(reader.ReadElementContentAsString());
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Subcode")
            {
                // The first level of subcode is enough to find an integer code.
                var (inner, _) = ReadCode(reader);
                subcode ??= inner;
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return (value, subcode);
    }

    private static (string? French, string? Any) ReadReason(XmlReader reader)
    {
        string? french = null;
        string? any = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (null, null);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Text")
            {
                var language = reader.XmlLang;
                var text = Normalize(reader.ReadElementContentAsString());
                any ??= text;
                if (language.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
                {
                    french ??= text;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return (french, any);
    }

    private static SoapFaultDetails? ReadDetail(XmlReader reader)
    {
        SoapFaultDetails? found = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return null;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && found is null && IsErrorElement(reader.LocalName))
            {
                found = ReadErrorElement(reader);
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return found;
    }

    private static int? ParseInteger(string? value)
    {
        if (value is null)
        {
            return null;
        }

        // A QName value such as "env:Receiver" is not a code; a bare integer (or "prefix:444") is.
        var local = value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return int.TryParse(local, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : null;
    }

    private static string? Normalize(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
