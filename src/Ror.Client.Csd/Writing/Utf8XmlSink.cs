using System.Buffers;
using System.Text;
using System.Xml;

namespace Ror.Client.Csd;

/// <summary>
/// An <see cref="XmlSink"/> that formats UTF-8 straight into an <see cref="OutputBuffer"/>, byte for byte what an
/// <see cref="XmlWriter"/> with the settings of <see cref="XmlOutput.Settings"/> (no indentation) writes: <c> /&gt;</c> for
/// empty elements, <c>&lt; &gt; &amp;</c> escaped in text and <c>&lt; &gt; &amp; "</c> in attribute values.
/// </summary>
/// <remarks>
/// Values holding anything else that an <see cref="XmlWriter"/> treats specially (control characters, line ends, surrogates,
/// non-characters, NEL and the Unicode line separators) are escaped by an <see cref="XmlWriter"/> with the same settings, so
/// they come out identical and invalid characters throw the same <see cref="ArgumentException"/>. Content the sink does not
/// format (extra attributes, raw fragments, prefixed elements) throws <see cref="XmlWriterRequiredException"/>.
/// </remarks>
internal sealed class Utf8XmlSink : XmlSink
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly SearchValues<char> TextSimple = SearchValues.Create("<>&");
    private static readonly SearchValues<char> AttributeSimple = SearchValues.Create("<>&\"");
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(PrintableAsciiCharacters());

    private readonly OutputBuffer _out;
    private readonly XmlWriterSettings _fragmentSettings;
    private string[] _names = new string[16];
    private int _depth;
    private int _defaultNamespaceDepth;
    private bool _open;
    private bool _inAttribute;
    private MemoryStream? _scratch;

    public Utf8XmlSink(OutputBuffer output, XmlWriterSettings fragmentSettings)
    {
        _out = output;
        _fragmentSettings = fragmentSettings;
    }

    public override XmlWriter Writer => throw new XmlWriterRequiredException();

    /// <summary>Where the sink is: depth, whether the last start tag is still open, where the default namespace was declared.</summary>
    public (int Depth, bool Open, int DefaultNamespaceDepth) State => (_depth, _open, _defaultNamespaceDepth);

    /// <summary>Goes back to a state taken from <see cref="State"/> (the buffer is truncated by the caller).</summary>
    public void Restore((int Depth, bool Open, int DefaultNamespaceDepth) state) =>
        (_depth, _open, _defaultNamespaceDepth) = state;

    /// <summary>Writes the XML declaration (and the encoding preamble) as <see cref="XmlWriter"/> does.</summary>
    public void Declaration(Encoding encoding, bool omitDeclaration)
    {
        var preamble = encoding.Preamble;
        if (!preamble.IsEmpty)
        {
            Raw(preamble);
        }

        if (!omitDeclaration)
        {
            Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);
        }
    }

    /// <summary>Appends bytes written by an <see cref="XmlWriter"/> in the current element (content only).</summary>
    public void AppendContent(ReadOnlySpan<byte> content)
    {
        CloseStartTag();
        Raw(content);
    }

    public override void StartElement(string localName)
    {
        CloseStartTag();
        if (_depth == _names.Length)
        {
            Array.Resize(ref _names, _depth * 2);
        }

        _names[_depth++] = localName;
        var span = _out.GetSpan(localName.Length + 1);
        span[0] = (byte)'<';
        int length = Narrow(localName, span[1..]);
        _out.Advance(length + 1);
        _open = true;
        if (_defaultNamespaceDepth == 0)
        {
            WriteDefaultNamespace(CsdNamespaces.Csd);
        }
    }

    public override void StartElement(string prefix, string localName, string ns) => throw new XmlWriterRequiredException();

    public override void EndElement()
    {
        string name = _names[--_depth];
        if (_depth < _defaultNamespaceDepth)
        {
            _defaultNamespaceDepth = 0;
        }

        if (_open)
        {
            _open = false;
            Raw(" />"u8);
            return;
        }

        var span = _out.GetSpan(name.Length + 3);
        span[0] = (byte)'<';
        span[1] = (byte)'/';
        int length = Narrow(name, span[2..]);
        span[length + 2] = (byte)'>';
        _out.Advance(length + 3);
    }

    public override void Attribute(string localName, string? value)
    {
        AttributeStart(localName);
        if (!string.IsNullOrEmpty(value))
        {
            Escaped(value, attribute: true);
        }

        Raw("\""u8);
    }

    public override void Attribute(string prefix, string localName, string ns, string? value)
    {
        if (prefix != "xml" || ns != XmlNamespace)
        {
            throw new XmlWriterRequiredException();
        }

        Raw(" xml:"u8);
        var span = _out.GetSpan(localName.Length + 2);
        int length = Narrow(localName, span);
        span[length] = (byte)'=';
        span[length + 1] = (byte)'"';
        _out.Advance(length + 2);
        if (!string.IsNullOrEmpty(value))
        {
            Escaped(value, attribute: true);
        }

        Raw("\""u8);
    }

    public override void Attribute(string localName, string ns, string? value) => throw new XmlWriterRequiredException();

    public override void DeclareDefaultNamespace(string ns)
    {
        if (_defaultNamespaceDepth == 0 || ns != CsdNamespaces.Csd)
        {
            WriteDefaultNamespace(ns);
        }
    }

    public override void StartAttribute(string localName)
    {
        AttributeStart(localName);
        _inAttribute = true;
    }

    public override void EndAttribute()
    {
        _inAttribute = false;
        Raw("\""u8);
    }

    public override void Text(string? value)
    {
        // As XmlWriter.WriteString: null writes nothing, an empty string still closes the start tag.
        if (value is null)
        {
            return;
        }

        CloseStartTag();
        if (value.Length > 0)
        {
            Escaped(value, attribute: false);
        }
    }

    public override void Ascii(ReadOnlySpan<char> value)
    {
        if (!_inAttribute)
        {
            CloseStartTag();
        }

        var span = _out.GetSpan(value.Length);
        System.Text.Ascii.FromUtf16(value, span, out int written);
        _out.Advance(written);
    }

    public override void Node(XmlReader reader) => throw new XmlWriterRequiredException();

    public override void RequireXmlWriter() => throw new XmlWriterRequiredException();

    // Names of the schema are ASCII; any other character is left to an XmlWriter.
    private static int Narrow(string name, Span<byte> destination)
    {
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c > '\u007F')
            {
                throw new XmlWriterRequiredException();
            }

            destination[i] = (byte)c;
        }

        return name.Length;
    }

    private void AttributeStart(string localName)
    {
        var span = _out.GetSpan(localName.Length + 3);
        span[0] = (byte)' ';
        int length = Narrow(localName, span[1..]);
        span[length + 1] = (byte)'=';
        span[length + 2] = (byte)'"';
        _out.Advance(length + 3);
    }

    private void WriteDefaultNamespace(string ns)
    {
        Raw(" xmlns=\""u8);
        Escaped(ns, attribute: true);
        Raw("\""u8);
        _defaultNamespaceDepth = _depth;
    }

    private void CloseStartTag()
    {
        if (_open)
        {
            _open = false;
            var span = _out.GetSpan(1);
            span[0] = (byte)'>';
            _out.Advance(1);
        }
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_out.GetSpan(bytes.Length));
        _out.Advance(bytes.Length);
    }

    private void Utf8(ReadOnlySpan<char> chars)
    {
        var span = _out.GetSpan(Encoding.UTF8.GetMaxByteCount(chars.Length));
        _out.Advance(Encoding.UTF8.GetBytes(chars, span));
    }

    private static string PrintableAsciiCharacters()
    {
        var characters = new char['~' - ' ' + 1];
        for (int i = 0; i < characters.Length; i++)
        {
            characters[i] = (char)(' ' + i);
        }

        return new string(characters);
    }

    private static bool IsHard(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || c >= '\uFFFE';

    private void Escaped(string value, bool attribute)
    {
        ReadOnlySpan<char> rest = value;
        var simple = attribute ? AttributeSimple : TextSimple;

        // Printable ASCII is checked vectorised; the rest (rare outside accented letters) one character at a time.
        int other = rest.IndexOfAnyExcept(PrintableAscii);
        if (other >= 0)
        {
            foreach (char c in rest[other..])
            {
                if (IsHard(c))
                {
                    EscapedByXmlWriter(value, attribute);
                    return;
                }
            }
        }

        int index = rest.IndexOfAny(simple);
        if (index < 0)
        {
            if (other < 0)
            {
                var span = _out.GetSpan(rest.Length);
                System.Text.Ascii.FromUtf16(rest, span, out int written);
                _out.Advance(written);
            }
            else
            {
                Utf8(rest);
            }

            return;
        }

        while (index >= 0)
        {
            Utf8(rest[..index]);
            Raw(rest[index] switch
            {
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '&' => "&amp;"u8,
                _ => "&quot;"u8,
            });
            rest = rest[(index + 1)..];
            index = rest.IndexOfAny(simple);
        }

        Utf8(rest);
    }

    private void EscapedByXmlWriter(string value, bool attribute)
    {
        var scratch = _scratch ??= new MemoryStream();
        scratch.SetLength(0);
        using (var xml = XmlWriter.Create(scratch, _fragmentSettings))
        {
            if (attribute)
            {
                xml.WriteStartElement("a");
                xml.WriteAttributeString("v", value);
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteString(value);
            }
        }

        var written = scratch.GetBuffer().AsSpan(0, (int)scratch.Length);

        // An attribute comes out as <a v="…" />.
        Raw(attribute ? written[6..^4] : written);
    }
}
