using System.Xml;

namespace Ror.Client.Csd.Reading;

/// <summary>Turns what the XML reader and the decompressors throw into <see cref="CsdFormatException"/>s.</summary>
internal static class CsdReadErrors
{
    public const string DtdMessage = "The document holds a DTD (DOCTYPE), refused for security (entity expansion, external entities).";

    public const string DtdExpected = "a document without DOCTYPE";

    /// <summary>Whether <see cref="Wrap"/> handles <paramref name="exception"/> (cancellation, I/O and fault errors pass through unchanged).</summary>
    public static bool IsWrappable(Exception exception) =>
        exception is XmlException or InvalidDataException or EndOfStreamException
        || (exception is CsdFormatException format && format.LineNumber == 0 && format.ElementPath.Length == 0);

    /// <summary>A <see cref="CsdFormatException"/> for <paramref name="exception"/>, located with <paramref name="context"/> when given.</summary>
    public static CsdFormatException Wrap(Exception exception, CsdXmlContext? context)
    {
        var path = context?.LastPath ?? string.Empty;
        var line = context?.LineNumber ?? 0;
        var position = context?.LinePosition ?? 0;
        switch (exception)
        {
            case CsdFormatException format:
                return new CsdFormatException(format.Error, format.Reason, path, line, position, format.Expected, format.InnerException);
            case XmlException xml:
                path = context?.OpenPath ?? string.Empty;
                if (xml.LineNumber > 0)
                {
                    line = xml.LineNumber;
                    position = xml.LinePosition;
                }

                var (error, message, expected) = Classify(xml);
                return new CsdFormatException(error, message, path, line, position, expected, xml);
            case EndOfStreamException:
                return new CsdFormatException(CsdFormatError.Truncated, "The input ended before the document was complete.", path, line, position, "a complete document", exception);
            default:
                return new CsdFormatException(CsdFormatError.InvalidArchive, "The compressed data is corrupt.", path, line, position, "valid gzip or zip data", exception);
        }
    }

    private static (CsdFormatError Error, string Message, string? Expected) Classify(XmlException exception)
    {
        if (exception is Utf8XmlException utf8)
        {
            return utf8.Kind switch
            {
                CsdFormatError.DtdProhibited => (CsdFormatError.DtdProhibited, DtdMessage, DtdExpected),
                CsdFormatError.LimitExceeded when utf8.Message.StartsWith("A single node", StringComparison.Ordinal) =>
                    (CsdFormatError.LimitExceeded, FirstSentence(utf8.Message), "a node of at most 16 bytes per character of CsdReaderOptions.MaxValueLength"),
                CsdFormatError.LimitExceeded => (CsdFormatError.LimitExceeded, "The document exceeds the size limit.", "at most CsdReaderOptions.MaxDocumentBytes bytes"),
                CsdFormatError.Truncated => (CsdFormatError.Truncated, "The input ended before the document was complete.", "a complete document"),
                _ => (CsdFormatError.Malformed, "The input is not well-formed XML: " + FirstSentence(utf8.Message), "well-formed XML"),
            };
        }

        // XmlReader reports these conditions only through its messages.
        var text = exception.Message;
        if (text.Contains("DTD", StringComparison.Ordinal))
        {
            return (CsdFormatError.DtdProhibited, DtdMessage, DtdExpected);
        }

        if (text.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || text.Contains("MaxCharactersFromEntities", StringComparison.Ordinal))
        {
            return (CsdFormatError.LimitExceeded, "The document exceeds the size limit.", "at most CsdReaderOptions.MaxDocumentBytes characters");
        }

        if (text.Contains("Unexpected end of file", StringComparison.Ordinal)
            || text.Contains("unclosed literal string", StringComparison.Ordinal)
            || text.Contains("Root element is missing", StringComparison.Ordinal))
        {
            return (CsdFormatError.Truncated, "The input ended before the document was complete.", "a complete document");
        }

        return (CsdFormatError.Malformed, "The input is not well-formed XML: " + FirstSentence(text), "well-formed XML");
    }

    // The XML reader's message, without the position it appends (given separately) and never a document value beyond what it quotes.
    private static string FirstSentence(string text)
    {
        var index = text.IndexOf(" Line ", StringComparison.Ordinal);
        return index > 0 ? text[..index] : text;
    }
}
