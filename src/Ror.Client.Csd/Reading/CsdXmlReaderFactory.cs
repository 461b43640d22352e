using System.Xml;

namespace Ror.Client.Csd.Reading;

/// <summary>Creates the hardened <see cref="XmlReader"/>s of <see cref="CsdReader"/>.</summary>
internal static class CsdXmlReaderFactory
{
    /// <summary>
    /// The reader of one XML document stream whose first bytes are <paramref name="head"/>: <see cref="Utf8XmlReader"/>
    /// when the document is UTF-8 (the ROR's encoding), else the framework reader of <see cref="CreateStandard"/>.
    /// Both apply the same rules.
    /// </summary>
    public static XmlReader Create(Stream document, CsdReaderOptions options, ReadOnlySpan<byte> head) =>
        EntityXmlCapture.IsUtf8(head) ? CreateUtf8(document, options) : CreateStandard(document, options);

    /// <summary>
    /// A <see cref="Utf8XmlReader"/> over a UTF-8 document, with the limits and the name table of the framework reader, and
    /// one more: a single node (which the reader holds whole) of at most 16 bytes per character of
    /// <see cref="CsdReaderOptions.MaxValueLength"/> (a character reference takes up to 10), and never less than 1 MiB.
    /// </summary>
    public static XmlReader CreateUtf8(Stream document, CsdReaderOptions options) =>
        new Utf8XmlReader(document, CreateNameTable(), options.MaxDocumentBytes, MaxNodeBytes(options));

    /// <summary>The longest single node <see cref="Utf8XmlReader"/> accepts under <paramref name="options"/>.</summary>
    internal static int MaxNodeBytes(CsdReaderOptions options) =>
        (int)Math.Clamp(16L * options.MaxValueLength, 1024 * 1024, Array.MaxLength);

    /// <summary>
    /// The framework's <see cref="XmlReader"/> over one XML document stream, synchronous: no DTD (so no entity expansion
    /// and no external entity), no resolver, comments and processing instructions skipped, characters checked, document
    /// size bounded by <see cref="CsdReaderOptions.MaxDocumentBytes"/>, and a fresh name table pre-filled with
    /// <see cref="CsdNames"/> (name tables are not thread-safe; the constants make names compare by reference).
    /// </summary>
    public static XmlReader CreateStandard(Stream document, CsdReaderOptions options)
    {
        var settings = new XmlReaderSettings
        {
            // The reader parses bytes already buffered by ReadAheadStream, which does the asynchronous I/O; an
            // asynchronous XmlReader would check every call for nothing (about 5 % of the parse time).
            Async = false,
            CloseInput = false,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,

            // Only the predefined entities (&lt; &amp;…) can occur without a DTD; they do not count. Note that 0 means "no limit".
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = options.MaxDocumentBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            // White-space-only text is kept: it is the value of an element made only of white space. Between elements
            // the parser steps over it.
            IgnoreWhitespace = false,
            CheckCharacters = true,
            ValidationType = ValidationType.None,
            NameTable = CreateNameTable(),
        };
        return XmlReader.Create(document, settings);
    }

    /// <summary>A name table holding the <see cref="CsdNames"/> constants themselves.</summary>
    public static XmlNameTable CreateNameTable()
    {
        var table = new NameTable();
        foreach (var name in CsdNames.All)
        {
            table.Add(name);
        }

        return table;
    }

    /// <summary>
    /// Whether the names of <paramref name="table"/> are the <see cref="CsdNames"/> instances (true for
    /// our readers; for a reader handed over by a caller, only if its table resolves to them).
    /// </summary>
    public static bool IsAtomized(XmlNameTable table)
    {
        foreach (var name in CsdNames.All)
        {
            if (!ReferenceEquals(table.Add(name), name))
            {
                return false;
            }
        }

        return true;
    }
}
