using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// The state of one read: the <see cref="XmlReader"/>, the options, the element path (for errors and
/// deviations) and the helpers every parse method uses to walk children, read values and report.
/// </summary>
/// <remarks>
/// Parse methods follow one convention: called on the start tag of their element, they return with the
/// reader on the node that follows its end tag.
/// </remarks>
internal sealed class CsdXmlContext
{
    private const int MaxTrackedSiblingNames = 48;

    private readonly IXmlLineInfo? _lineInfo;
    private readonly Utf8XmlReader? _utf8;
    private readonly Action<CsdReadDeviation>? _onDeviation;
    private readonly bool _atomized;
    private readonly string?[] _names;
    private readonly int[] _indexes;
    private readonly SiblingNames?[] _siblings;
    private StringBuilder? _text;
    private int _lastDepth = -1;
    private long _offsetQuarter = -1;
    private TimeSpan _offset;
    private int _valueDepth;
    private string? _valueName = string.Empty;
    private bool _valueIsAttribute;
    private int _valueLine;
    private int _valuePosition;

    // The attribute whose value is being read by its index (the UTF-8 reader still on the start tag), or -1.
    private int _valueAttribute = -1;

    public CsdXmlContext(XmlReader reader, CsdReaderOptions options)
    {
        Reader = reader;
        Options = options;
        _lineInfo = reader as IXmlLineInfo;
        _utf8 = reader as Utf8XmlReader;
        _onDeviation = options.OnDeviation;
        _atomized = CsdXmlReaderFactory.IsAtomized(reader.NameTable);
        var levels = options.MaxElementDepth + 2;
        _names = new string?[levels];
        _indexes = new int[levels];
        _siblings = new SiblingNames?[levels];
    }

    public XmlReader Reader { get; }

    /// <summary>The reader as the SDK's UTF-8 reader, when it is one: the generated parsers then match names as bytes.</summary>
    public Utf8XmlReader? Utf8 => _utf8;

    public CsdReaderOptions Options { get; }

    /// <summary>Whether a deviation callback is set (so that callers can avoid work otherwise).</summary>
    public bool ReportsDeviations => _onDeviation is not null;

    public int LineNumber => _lineInfo?.LineNumber ?? 0;

    public int LinePosition => _lineInfo?.LinePosition ?? 0;

    /// <summary>Compares a name returned by the reader with a <see cref="CsdNames"/> constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(string name, string constant) => ReferenceEquals(name, constant) || (!_atomized && string.Equals(name, constant, StringComparison.Ordinal));

    /// <summary>Whether the current node is in the CSD namespace.</summary>
    public bool InCsd => Is(Reader.NamespaceURI, CsdNames.CsdNamespace);

    /// <summary>Records the current start tag in the element path and checks the depth limit.</summary>
    public void Enter() => Enter(Reader.Depth, Reader.LocalName);

    /// <summary>
    /// Records the current start tag, whose name the caller matched in the UTF-8 reader's bytes
    /// (<see cref="Utf8XmlReader.ElementNameBytes"/>): <paramref name="name"/> is that name's <see cref="CsdNames"/>
    /// constant, which the reader's name table holds, so that nothing looks the name up.
    /// </summary>
    public void Enter(string name)
    {
        var reader = _utf8!;
        reader.KnownLocalName(name);
        Enter(reader.Depth, name);
    }

    private void Enter(int depth, string name)
    {
        _names[depth] = name;
        if (depth + 1 > Options.MaxElementDepth)
        {
            _indexes[depth] = 1;
            throw TooDeep();
        }

        _lastDepth = depth;
        _indexes[depth] = (_siblings[depth] ??= new SiblingNames()).Next(name, _atomized);
        _siblings[depth + 1]?.Clear();
    }

    private CsdFormatException TooDeep() =>
        Error(CsdFormatError.LimitExceeded, $"The document nests elements deeper than {Options.MaxElementDepth} levels.", "at most " + Options.MaxElementDepth.ToString(CultureInfo.InvariantCulture) + " levels (CsdReaderOptions.MaxElementDepth)");

    /// <summary>
    /// On the start tag of an element with element content: moves into its content. Returns
    /// <see langword="false"/> (and moves past the element) when it is empty.
    /// </summary>
    public bool StartContent()
    {
        Reader.MoveToElement();
        if (Reader.IsEmptyElement)
        {
            Reader.Read();
            return false;
        }

        Reader.Read();
        return true;
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="parentDepth"/> and records it;
    /// returns <see langword="false"/> after moving past the parent's end tag.
    /// </summary>
    public bool NextChild(int parentDepth)
    {
        if (!NextElement(parentDepth))
        {
            return false;
        }

        Enter();
        return true;
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="parentDepth"/> without recording it (the caller
    /// records it with <see cref="Enter()"/> or <see cref="Enter(string)"/>); returns <see langword="false"/> after
    /// moving past the parent's end tag.
    /// </summary>
    public bool NextElement(int parentDepth)
    {
        var reader = Reader;
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement when reader.Depth == parentDepth:
                    reader.Read();
                    return false;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    Report(CsdDeviationKind.UnexpectedText, "#text", null, parentDepth);
                    reader.Read();
                    break;
                case XmlNodeType.None:
                    throw Error(CsdFormatError.Truncated, "The input ended inside an element.", null);
                default:
                    reader.Read();
                    break;
            }
        }
    }

    /// <summary>Skips the current element and its content, checking the depth limit on the way.</summary>
    public void Skip()
    {
        var reader = Reader;
        reader.MoveToElement();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        var limit = Options.MaxElementDepth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth + 1 > limit)
            {
                Enter();
            }

            if (!reader.Read())
            {
                throw Error(CsdFormatError.Truncated, "The input ended inside an element.", null);
            }
        }

        reader.Read();
    }

    /// <summary>Reports the current element as unknown and skips it.</summary>
    public void SkipUnknown()
    {
        Report(CsdDeviationKind.UnknownElementSkipped, Reader.LocalName, null);
        Skip();
    }

    /// <summary>Reports an attribute that the current element does not declare (namespace declarations and <c>xsi:</c> attributes are not reported).</summary>
    public void UnknownAttribute()
    {
        if (_onDeviation is null)
        {
            return;
        }

        var ns = Reader.NamespaceURI;
        if (Is(ns, CsdNames.XmlnsNamespace) || Is(ns, CsdNames.XsiNamespace))
        {
            return;
        }

        Report(CsdDeviationKind.UnknownAttributeIgnored, "@" + Reader.LocalName, null);
    }

    /// <summary>Whether the current attribute is a namespace declaration (<c>xmlns</c>, <c>xmlns:p</c>).</summary>
    public bool IsNamespaceDeclaration => Is(Reader.NamespaceURI, CsdNames.XmlnsNamespace);

    /// <summary>On a start tag of an element whose type declares no attribute: reports any attribute found.</summary>
    public void NoAttributesExpected()
    {
        if (_onDeviation is null || !Reader.HasAttributes)
        {
            return;
        }

        while (Reader.MoveToNextAttribute())
        {
            if (!IsNamespaceDeclaration)
            {
                UnknownAttribute();
            }
        }

        Reader.MoveToElement();
    }

    /// <summary>The current attribute as an <see cref="Models.ExtraAttribute"/> (kept by types whose schema allows any attribute).</summary>
    public Models.ExtraAttribute ExtraAttribute() => new()
    {
        NamespaceUri = Reader.NamespaceURI,
        LocalName = Reader.LocalName,
        Value = AttributeValue(),
    };

    /// <summary>Whether <paramref name="name"/> is the corrected spelling <paramref name="alias"/> of the schema name <paramref name="wireName"/>; reports it when it is.</summary>
    public bool IsAlias(string name, string alias, string wireName)
    {
        if (!Is(name, alias))
        {
            return false;
        }

        Report(CsdDeviationKind.AliasUsed, name, wireName, Reader.NodeType == XmlNodeType.Attribute ? Reader.Depth - 1 : Reader.Depth);
        return true;
    }

    /// <summary>Reports that the current element is not in the schema but is read as a tolerated element.</summary>
    public void Tolerated(string name) => Report(CsdDeviationKind.ToleratedElement, name, null);

    /// <summary>Reports that the current element, allowed once, appears again (the last one is kept).</summary>
    public void Duplicate() => Report(CsdDeviationKind.DuplicateElement, Reader.LocalName, null);

    /// <summary>A format error for a message whose mandatory content (a choice of elements) is missing.</summary>
    public CsdFormatException MissingContent(string expected) =>
        Error(CsdFormatError.MissingContent, "A mandatory element of the message is missing.", expected);

    /// <summary>The current element and its content as raw XML (the rare <c>xs:any</c> slots); moves past it.</summary>
    public string ReadOuterXml()
    {
        MarkValue(Reader.Depth, isAttribute: false);
        var xml = Reader.ReadOuterXml();
        CheckLength(xml);
        return xml;
    }

    /// <summary>The content of the current element as raw XML (<c>xs:anyType</c>); moves past it.</summary>
    public string ReadInnerXml()
    {
        MarkValue(Reader.Depth, isAttribute: false);
        var xml = Reader.ReadInnerXml();
        CheckLength(xml);
        return xml;
    }

    /// <summary>Whether the current attribute is unqualified (the schema's attributes all are, but <c>xml:lang</c>).</summary>
    public bool IsPlainAttribute => Reader.NamespaceURI.Length == 0;

    /// <summary>The value of the current attribute, checked against the length limit.</summary>
    public string AttributeValue()
    {
        MarkAttributeValue();
        var value = Reader.Value;
        CheckLength(value);
        return value;
    }

    /// <summary>
    /// On a start tag: reads the text content of the element (child elements are reported and skipped)
    /// and moves past its end tag.
    /// </summary>
    public string ReadText()
    {
        var reader = Reader;
        reader.MoveToElement();
        MarkValue(reader.Depth, isAttribute: false);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        if (_utf8 is not null && _utf8.TryReadPlainText(out var plain))
        {
            _utf8.Read();
            CheckLength(plain);
            return plain;
        }

        var depth = reader.Depth;
        reader.Read();
        string? first = null;
        var builder = _text;
        var many = false;
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (first is null)
                    {
                        first = reader.Value;
                    }
                    else
                    {
                        if (!many)
                        {
                            builder = _text ??= new StringBuilder();
                            builder.Clear().Append(first);
                            many = true;
                        }

                        builder!.Append(reader.Value);
                        if (builder.Length > Options.MaxValueLength)
                        {
                            throw ValueTooLong();
                        }
                    }

                    reader.Read();
                    break;
                case XmlNodeType.Element:
                    Enter();
                    SkipUnknown();
                    break;
                case XmlNodeType.EndElement when reader.Depth == depth:
                    reader.Read();
                    var value = many ? builder!.ToString() : first ?? string.Empty;
                    CheckLength(value);
                    return value;
                case XmlNodeType.None:
                    throw Error(CsdFormatError.Truncated, "The input ended inside an element.", null);
                default:
                    reader.Read();
                    break;
            }
        }
    }

    /// <summary>Reports a deviation at the current element.</summary>
    public void Report(CsdDeviationKind kind, string name, string? expected) => Report(kind, name, expected, Reader.NodeType == XmlNodeType.Attribute ? Reader.Depth - 1 : Reader.Depth);

    /// <summary>Reports a deviation at the element of depth <paramref name="depth"/>.</summary>
    public void Report(CsdDeviationKind kind, string name, string? expected, int depth)
    {
        _onDeviation?.Invoke(new CsdReadDeviation(kind, PathAt(depth), name, expected, LineNumber, LinePosition));
    }

    /// <summary>Reports a mandatory child element missing from the element at <paramref name="depth"/>.</summary>
    public void Missing(string name, int depth) => Report(CsdDeviationKind.MissingElement, name, name, depth);

    /// <summary>Reports a mandatory attribute missing from the current element (call while on the start tag).</summary>
    public void MissingAttribute(string name) => Report(CsdDeviationKind.MissingAttribute, "@" + name, name, Reader.Depth);

    /// <summary>The path of the last element started, or an empty string before the first one.</summary>
    public string LastPath => _lastDepth < 0 ? string.Empty : PathAt(_lastDepth);

    /// <summary>
    /// Where the XML reader stopped, for an error in the XML itself: the innermost element still open at the last node it
    /// returned (the last element started while the reader is inside it, its parent once it is closed), or an empty string
    /// before the first element. A document cut between two entities is thus located at their directory, not at the
    /// last element of the entity before the cut.
    /// </summary>
    public string OpenPath
    {
        get
        {
            if (_lastDepth < 0)
            {
                return string.Empty;
            }

            var reader = Reader;
            var depth = reader.Depth;
            if (reader.NodeType == XmlNodeType.Element && reader.ReadState == ReadState.Error && depth < _names.Length)
            {
                // The reader failed inside this start tag (its attributes): the element was never entered. It is recorded
                // now, so that the path names it with its place among its siblings (the reading ends here anyway).
                var name = reader.LocalName;
                _names[depth] = name;
                _indexes[depth] = (_siblings[depth] ??= new SiblingNames()).Next(name, _atomized);
                return PathAt(depth);
            }

            var open = reader.NodeType switch
            {
                XmlNodeType.Element => reader.IsEmptyElement ? depth - 1 : depth,
                XmlNodeType.None => _lastDepth,

                // An end tag closes the element at its depth; text and white space sit one level below their element;
                // an attribute one level below its element.
                _ => depth - 1,
            };
            return PathAt(Math.Min(open, _lastDepth));
        }
    }

    /// <summary>The element path of the current node.</summary>
    public string CurrentPath() => PathAt(Reader.NodeType == XmlNodeType.Attribute ? Reader.Depth - 1 : Reader.Depth);

    /// <summary>The element path down to the element at <paramref name="depth"/>.</summary>
    public string PathAt(int depth)
    {
        var builder = new StringBuilder();
        depth = Math.Min(depth, _names.Length - 1);
        for (var level = 0; level <= depth; level++)
        {
            var name = _names[level];
            if (name is null)
            {
                continue;
            }

            builder.Append('/').Append(name);
            var parent = level > 0 ? _names[level - 1] : null;
            if (_indexes[level] > 1 || (parent is not null && parent.EndsWith("Directory", StringComparison.Ordinal)))
            {
                builder.Append('[').Append(_indexes[level].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    /// <summary>Creates a format exception at the current position, for the element at <paramref name="depth"/>.</summary>
    public CsdFormatException ErrorAt(int depth, CsdFormatError error, string message, string? expected) =>
        new(error, message, PathAt(depth), LineNumber, LinePosition, expected);

    /// <summary>Creates a format exception at the current position.</summary>
    public CsdFormatException Error(CsdFormatError error, string message, string? expected, Exception? inner = null) =>
        new(error, message, CurrentPath(), LineNumber, LinePosition, expected, inner);

    // ---- Typed values (XSD lexical forms, whitespace-trimmed) ----

    // The longest typed value read without a string (longer ones, rare, go through one).
    private const int TypedValueChars = 64;

    /// <summary>On a start tag: reads the element's text as an <c>xs:boolean</c> and moves past its end tag.</summary>
    public bool ReadBoolean() => ParseBoolean(ReadTypedText(stackalloc char[TypedValueChars]));

    /// <summary>On a start tag: reads the element's text as an <c>xs:int</c> and moves past its end tag.</summary>
    public int ReadInt32() => ParseInt32(ReadTypedText(stackalloc char[TypedValueChars]));

    /// <summary>On a start tag: reads the element's text as an <c>xs:long</c> and moves past its end tag.</summary>
    public long ReadInt64() => ParseInt64(ReadTypedText(stackalloc char[TypedValueChars]));

    /// <summary>On a start tag: reads the element's text as an <c>xs:decimal</c> and moves past its end tag.</summary>
    public decimal ReadDecimal() => ParseDecimal(ReadTypedText(stackalloc char[TypedValueChars]));

    /// <summary>On a start tag: reads the element's text as an <c>xs:double</c> and moves past its end tag.</summary>
    public double ReadDouble() => ParseDouble(ReadTypedText(stackalloc char[TypedValueChars]));

    /// <summary>On a start tag: reads the element's text as an <c>xs:dateTime</c> and moves past its end tag.</summary>
    public DateTimeOffset ReadDateTime() => ParseDateTime(ReadTypedText(stackalloc char[TypedValueChars]));

    /// <summary>On a start tag: reads the element's text as an <c>xs:date</c> and moves past its end tag.</summary>
    public DateOnly ReadDate() => ParseDate(ReadTypedText(stackalloc char[TypedValueChars]));

    /// <summary>On a start tag: reads the element's text as an <c>xs:time</c> and moves past its end tag.</summary>
    public TimeOnly ReadTime() => ParseTime(ReadTypedText(stackalloc char[TypedValueChars]));

    /// <summary>
    /// On a start tag read by the UTF-8 reader: the value of its attribute <paramref name="i"/>, checked against the
    /// length limit. The reader stays on the start tag (but when the value is longer than the limit in bytes).
    /// </summary>
    public string AttributeValueAt(int i)
    {
        var reader = _utf8!;
        var bytes = reader.AttributeValueBytes(i);
        if (bytes.Length <= Options.MaxValueLength)
        {
            // No more characters than bytes: the value is within the limit.
            return Utf8XmlReader.ToUtf16String(bytes);
        }

        reader.MoveToAttribute(i);
        return AttributeValue();
    }

    /// <summary>On a start tag read by the UTF-8 reader: its attribute <paramref name="i"/> as an <c>xs:boolean</c>.</summary>
    public bool AttributeBooleanAt(int i) => ParseBoolean(TypedAttributeValueAt(i, stackalloc char[TypedValueChars]));

    /// <summary>On a start tag read by the UTF-8 reader: its attribute <paramref name="i"/> as an <c>xs:int</c>.</summary>
    public int AttributeInt32At(int i) => ParseInt32(TypedAttributeValueAt(i, stackalloc char[TypedValueChars]));

    /// <summary>On a start tag read by the UTF-8 reader: its attribute <paramref name="i"/> as an <c>xs:long</c>.</summary>
    public long AttributeInt64At(int i) => ParseInt64(TypedAttributeValueAt(i, stackalloc char[TypedValueChars]));

    /// <summary>On a start tag read by the UTF-8 reader: its attribute <paramref name="i"/> as an <c>xs:decimal</c>.</summary>
    public decimal AttributeDecimalAt(int i) => ParseDecimal(TypedAttributeValueAt(i, stackalloc char[TypedValueChars]));

    /// <summary>On a start tag read by the UTF-8 reader: its attribute <paramref name="i"/> as an <c>xs:double</c>.</summary>
    public double AttributeDoubleAt(int i) => ParseDouble(TypedAttributeValueAt(i, stackalloc char[TypedValueChars]));

    /// <summary>On a start tag read by the UTF-8 reader: its attribute <paramref name="i"/> as an <c>xs:dateTime</c>.</summary>
    public DateTimeOffset AttributeDateTimeAt(int i)
    {
        var bytes = _utf8!.AttributeValueBytes(i);
        if (bytes.Length <= Options.MaxValueLength && XsdDateTime.TryParseUsual(bytes, out var value))
        {
            MarkAttributeValueAt(i);
            return value;
        }

        return ParseDateTime(TypedAttributeValueAt(i, stackalloc char[TypedValueChars]));
    }

    /// <summary>On a start tag read by the UTF-8 reader: its attribute <paramref name="i"/> as an <c>xs:date</c>.</summary>
    public DateOnly AttributeDateAt(int i) => ParseDate(TypedAttributeValueAt(i, stackalloc char[TypedValueChars]));

    /// <summary>On a start tag read by the UTF-8 reader: its attribute <paramref name="i"/> as an <c>xs:time</c>.</summary>
    public TimeOnly AttributeTimeAt(int i) => ParseTime(TypedAttributeValueAt(i, stackalloc char[TypedValueChars]));

    /// <summary>The current attribute's value as an <c>xs:boolean</c>.</summary>
    public bool AttributeBoolean() => ParseBoolean(TypedAttributeValue(stackalloc char[TypedValueChars]));

    /// <summary>The current attribute's value as an <c>xs:int</c>.</summary>
    public int AttributeInt32() => ParseInt32(TypedAttributeValue(stackalloc char[TypedValueChars]));

    /// <summary>The current attribute's value as an <c>xs:long</c>.</summary>
    public long AttributeInt64() => ParseInt64(TypedAttributeValue(stackalloc char[TypedValueChars]));

    /// <summary>The current attribute's value as an <c>xs:decimal</c>.</summary>
    public decimal AttributeDecimal() => ParseDecimal(TypedAttributeValue(stackalloc char[TypedValueChars]));

    /// <summary>The current attribute's value as an <c>xs:double</c>.</summary>
    public double AttributeDouble() => ParseDouble(TypedAttributeValue(stackalloc char[TypedValueChars]));

    /// <summary>The current attribute's value as an <c>xs:dateTime</c>.</summary>
    public DateTimeOffset AttributeDateTime() => ParseDateTime(TypedAttributeValue(stackalloc char[TypedValueChars]));

    /// <summary>The current attribute's value as an <c>xs:date</c>.</summary>
    public DateOnly AttributeDate() => ParseDate(TypedAttributeValue(stackalloc char[TypedValueChars]));

    /// <summary>The current attribute's value as an <c>xs:time</c>.</summary>
    public TimeOnly AttributeTime() => ParseTime(TypedAttributeValue(stackalloc char[TypedValueChars]));

    /// <summary>
    /// The text of the current element, as <see cref="ReadText"/> reads it; with the UTF-8 reader, a short ASCII value
    /// (every typed value) goes into <paramref name="buffer"/> rather than into a string.
    /// </summary>
    private ReadOnlySpan<char> ReadTypedText(Span<char> buffer)
    {
        var reader = _utf8;
        if (reader is null)
        {
            return ReadText();
        }

        reader.MoveToElement();
        MarkValue(reader.Depth, isAttribute: false);
        if (reader.IsEmptyElement || !reader.TryReadPlainBytes(out var bytes))
        {
            return ReadText();
        }

        if (bytes.Length <= buffer.Length && bytes.Length <= Options.MaxValueLength && Ascii.ToUtf16(bytes, buffer, out var written) == System.Buffers.OperationStatus.Done)
        {
            reader.Read();
            return buffer[..written];
        }

        var text = Utf8XmlReader.ToUtf16String(bytes);
        reader.Read();
        CheckLength(text);
        return text;
    }

    /// <summary>
    /// <see cref="TypedAttributeValue"/> for attribute <paramref name="i"/> of the start tag the UTF-8 reader is on, without
    /// moving to it: an error or a deviation moves to it then, to say its name and place.
    /// </summary>
    private ReadOnlySpan<char> TypedAttributeValueAt(int i, Span<char> buffer)
    {
        var reader = _utf8!;
        var bytes = reader.AttributeValueBytes(i);
        if (bytes.Length <= Options.MaxValueLength && Ascii.ToUtf16(bytes, buffer, out var written) == System.Buffers.OperationStatus.Done)
        {
            MarkAttributeValueAt(i);
            return buffer[..written];
        }

        reader.MoveToAttribute(i);
        return TypedAttributeValue(buffer);
    }

    // The value being read is attribute i of the UTF-8 reader's start tag: an error or a deviation on it moves there.
    private void MarkAttributeValueAt(int i)
    {
        _valueDepth = _utf8!.NodeDepth;
        _valueName = null;
        _valueIsAttribute = true;
        _valueLine = -1;
        _valueAttribute = i;
    }

    /// <summary>The value of the current attribute, as <see cref="AttributeValue"/> gives it; with the UTF-8 reader, a short ASCII value in <paramref name="buffer"/>.</summary>
    private ReadOnlySpan<char> TypedAttributeValue(Span<char> buffer)
    {
        if (_utf8 is { } reader && reader.AttributeValueBytes() is var bytes && bytes.Length <= Options.MaxValueLength
            && Ascii.ToUtf16(bytes, buffer, out var written) == System.Buffers.OperationStatus.Done)
        {
            MarkAttributeValue();
            return buffer[..written];
        }

        return AttributeValue();
    }

    public bool ParseBoolean(string text) => ParseBoolean(text.AsSpan());

    public bool ParseBoolean(ReadOnlySpan<char> text)
    {
        var value = text.Trim();
        if (value.Length == 1)
        {
            if (value[0] == '1')
            {
                return true;
            }

            if (value[0] == '0')
            {
                return false;
            }
        }
        else if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        else if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        throw InvalidValue("xs:boolean (true, false, 1 or 0)");
    }

    public int ParseInt32(string text) => ParseInt32(text.AsSpan());

    public int ParseInt32(ReadOnlySpan<char> text) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw InvalidValue("xs:integer within 32 bits");

    public long ParseInt64(string text) => ParseInt64(text.AsSpan());

    public long ParseInt64(ReadOnlySpan<char> text) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw InvalidValue("xs:integer within 64 bits");

    public decimal ParseDecimal(string text) => ParseDecimal(text.AsSpan());

    public decimal ParseDecimal(ReadOnlySpan<char> text) =>
        TryParsePlainDecimal(text, out var plain) ? plain :
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw InvalidValue("xs:decimal");

    /// <summary>
    /// The usual decimal (coordinates, amounts): an optional '-', digits, and optionally '.' and digits, 18 digits at
    /// most, nothing around it; the value <see cref="decimal.Parse(string)"/> gives, scale included. Anything else
    /// (white space, '+', a zero with a sign, a point without digits on both sides, more digits) is left to it.
    /// </summary>
    internal static bool TryParsePlainDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        ulong digits = 0;
        int count = 0, scale = 0, integral = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)(c - '0') <= 9)
            {
                digits = (digits * 10) + (uint)(c - '0');
                count++;
                if (point)
                {
                    scale++;
                }
                else
                {
                    integral++;
                }
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (count is 0 or > 18 || integral == 0 || (point && scale == 0) || (negative && digits == 0))
        {
            return false;
        }

        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)scale);
        return true;
    }

    public double ParseDouble(string text) => ParseDouble(text.AsSpan());

    public double ParseDouble(ReadOnlySpan<char> text)
    {
        var value = text.Trim();
        if (value.SequenceEqual("INF"))
        {
            return double.PositiveInfinity;
        }

        if (value.SequenceEqual("-INF"))
        {
            return double.NegativeInfinity;
        }

        if (value.SequenceEqual("NaN"))
        {
            return double.NaN;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw InvalidValue("xs:double");
    }

    /// <summary>Reads an <c>xs:dateTime</c>; without an offset, the time is in <see cref="CsdReaderOptions.LocalTimeZone"/> (reported).</summary>
    public DateTimeOffset ParseDateTime(string text) => ParseDateTime(text.AsSpan());

    /// <summary>Reads an <c>xs:dateTime</c> (see <see cref="ParseDateTime(string)"/>).</summary>
    public DateTimeOffset ParseDateTime(ReadOnlySpan<char> text)
    {
        var value = text.Trim();
        if (!XsdDateTime.TryParse(value, out var dateTime, out var offset, out var hasOffset))
        {
            throw InvalidValue("xs:dateTime (yyyy-MM-ddTHH:mm:ss, optional fraction and offset)");
        }

        try
        {
            if (hasOffset)
            {
                return new DateTimeOffset(dateTime, offset);
            }

            if (_onDeviation is not null)
            {
                var name = ValueName;
                var (line, position) = ValuePlace();
                _onDeviation(new CsdReadDeviation(CsdDeviationKind.DateTimeWithoutOffset, PathAt(_valueDepth), name, "a date-time with an offset", line, position));
            }

            return new DateTimeOffset(dateTime, LocalOffset(dateTime));
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw InvalidValue("xs:dateTime within years 1 to 9999", exception);
        }
    }

    // Time-zone rules change offsets on whole quarters of an hour at most: one lookup per quarter of an hour.
    private TimeSpan LocalOffset(DateTime local)
    {
        var quarter = local.Ticks / (TimeSpan.TicksPerMinute * 15);
        if (quarter != _offsetQuarter)
        {
            _offset = Options.LocalTimeZone.GetUtcOffset(local);
            _offsetQuarter = quarter;
        }

        return _offset;
    }

    /// <summary>Reads an <c>xs:date</c>; a time-zone suffix is ignored.</summary>
    public DateOnly ParseDate(string text) => ParseDate(text.AsSpan());

    /// <summary>Reads an <c>xs:date</c> (see <see cref="ParseDate(string)"/>).</summary>
    public DateOnly ParseDate(ReadOnlySpan<char> text)
    {
        var value = text.Trim();
        if (value.Length > 10)
        {
            // Time-zone suffix (Z, +01:00) or, tolerated, a full date-time.
            value = value[..10];
        }

        return XsdDateTime.TryParseDate(value, out var date)
            ? date
            : throw InvalidValue("xs:date (yyyy-MM-dd)");
    }

    /// <summary>Reads an <c>xs:time</c>; a time-zone suffix is ignored.</summary>
    public TimeOnly ParseTime(string text) => ParseTime(text.AsSpan());

    /// <summary>Reads an <c>xs:time</c> (see <see cref="ParseTime(string)"/>).</summary>
    public TimeOnly ParseTime(ReadOnlySpan<char> text)
    {
        var value = text.Trim();
        if (value.Length > 0 && value[^1] == 'Z')
        {
            value = value[..^1];
        }
        else if (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':')
        {
            value = value[..^6];
        }

        return XsdDateTime.TryParseTime(value, out var time)
            ? time
            : throw InvalidValue("xs:time (HH:mm:ss)");
    }

    private string ValueName => _valueIsAttribute ? "@" + CurrentValueName : CurrentValueName;

    // An attribute's name is taken when it is needed, the reader still on the attribute.
    private string CurrentValueName
    {
        get
        {
            if (_valueName is not null)
            {
                return _valueName;
            }

            MoveToValueAttribute();
            return Reader.LocalName;
        }
    }

    // The line and column of the value read last. _valueLine: -1 for the current position, -2 for the position marked in
    // the UTF-8 reader, else the line kept.
    private (int Line, int Position) ValuePlace()
    {
        if (_valueLine == MarkedInReader)
        {
            return (_utf8!.MarkLineNumber, _utf8.MarkLinePosition);
        }

        if (_valueLine >= 0)
        {
            return (_valueLine, _valuePosition);
        }

        MoveToValueAttribute();
        return (LineNumber, LinePosition);
    }

    // An attribute value read by its index (TypedAttributeValueAt): the reader moves to the attribute when the value's
    // name or place is asked for.
    private void MoveToValueAttribute()
    {
        if (_valueAttribute >= 0)
        {
            _utf8!.MoveToAttribute(_valueAttribute);
            _valueAttribute = -1;
        }
    }

    private const int MarkedInReader = -2;

    // Typed attribute values are parsed while the reader is still on the attribute: its position and its name are taken
    // on error only.
    private void MarkAttributeValue()
    {
        _valueDepth = Reader.Depth - 1;
        _valueName = null;
        _valueIsAttribute = true;
        _valueLine = -1;
        _valueAttribute = -1;
    }

    private void MarkValue(int depth, bool isAttribute)
    {
        _valueDepth = depth;
        _valueName = Reader.LocalName;
        _valueIsAttribute = isAttribute;
        _valueAttribute = -1;
        if (_utf8 is not null)
        {
            // Counting lines and columns for every value would cost more than reading it: the reader keeps the place.
            _utf8.Mark();
            _valueLine = MarkedInReader;
            return;
        }

        _valueLine = LineNumber;
        _valuePosition = LinePosition;
    }

    private CsdFormatException InvalidValue(string expected, Exception? inner = null)
    {
        var what = _valueIsAttribute ? $"attribute '{CurrentValueName}'" : $"element '{CurrentValueName}'";
        var (line, position) = ValuePlace();
        return new CsdFormatException(CsdFormatError.InvalidValue, $"The value of the {what} is not valid.", PathAt(_valueDepth), line, position, expected, inner);
    }

    private void CheckLength(string value)
    {
        if (value.Length > Options.MaxValueLength)
        {
            throw ValueTooLong();
        }
    }

    private CsdFormatException ValueTooLong()
    {
        var (line, position) = ValuePlace();
        return new(CsdFormatError.LimitExceeded, $"A value is longer than {Options.MaxValueLength} characters.", PathAt(_valueDepth), line, position, "at most " + Options.MaxValueLength.ToString(CultureInfo.InvariantCulture) + " characters (CsdReaderOptions.MaxValueLength)");
    }

    /// <summary>Counts same-named siblings so that paths can say <c>facility[12]</c>.</summary>
    private sealed class SiblingNames
    {
        private readonly string[] _names = new string[MaxTrackedSiblingNames];
        private readonly int[] _counts = new int[MaxTrackedSiblingNames];
        private int _count;
        private int _last;

        // One bit per name seen, from its length and its first and last characters (a bit set may be another name's).
        private ulong _seen;

        public int Next(string name, bool atomized)
        {
            // Repeated elements usually follow each other.
            if (_count > 0 && ReferenceEquals(_names[_last], name))
            {
                return ++_counts[_last];
            }

            // A name whose bit is not set has not been seen among these siblings: no search (an element's children
            // mostly have names of their own, in the schema's order).
            var bit = 1UL << (name.Length == 0 ? 0 : name.Length + (name[0] * 3) + (name[^1] * 5));
            var maybeSeen = (_seen & bit) != 0;
            _seen |= bit;
            for (var i = 0; maybeSeen && i < _count; i++)
            {
                if (ReferenceEquals(_names[i], name) || (!atomized && string.Equals(_names[i], name, StringComparison.Ordinal)))
                {
                    _last = i;
                    return ++_counts[i];
                }
            }

            if (_count < _names.Length)
            {
                _names[_count] = name;
                _counts[_count] = 1;
                _last = _count;
                _count++;
            }

            return 1;
        }

        public void Clear()
        {
            _count = 0;
            _seen = 0;
        }
    }
}
