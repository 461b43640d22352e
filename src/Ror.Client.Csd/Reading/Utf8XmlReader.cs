using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// A forward-only, non-validating, namespace-aware <see cref="XmlReader"/> over a UTF-8 document, hardened the way
/// <see cref="CsdXmlReaderFactory"/> configures the framework reader: no DTD (refused), no external resolution, only the
/// five predefined entities, well-formed UTF-8 and XML 1.0 characters only, end tags checked against their start tags,
/// duplicate attributes refused, prefixes resolved, the document size bounded. Comments and processing instructions are
/// skipped; white space is reported; the XML declaration is checked and not reported as a node.
/// </summary>
/// <remarks>
/// It works on the bytes themselves: markup is scanned 16 bytes at a time, names are turned into strings once per
/// distinct name (through the name table, so that they compare by reference with <see cref="CsdNames"/>), values only
/// when asked for. Line and position are counted only when asked for, in UTF-16 characters as the framework reader
/// counts them (element: the name after <c>&lt;</c>; end tag: the name after <c>&lt;/</c>; attribute: its name; text:
/// its first character).
/// </remarks>
internal sealed class Utf8XmlReader : XmlReader, IXmlLineInfo, IXmlNamespaceResolver
{
    private const byte FStart = 1;
    private const byte FName = 2;
    private const byte FSpace = 4;
    private const byte FStopDouble = 8;
    private const byte FStopSingle = 16;

    /// <summary>The most bytes asked of the input at a time.</summary>
    private const int ReadChunk = 16 * 1024;

    /// <summary>The most distinct names kept as strings; beyond, names still go through the name table, uncached.</summary>
    private const int MaxCachedNames = 4096;

    private static readonly SearchValues<byte> BadBytes = SearchValues.Create(BuildBadBytes());
    private static readonly SearchValues<byte> TextStops = SearchValues.Create("<&\r]"u8);
    private static readonly SearchValues<byte> SpaceBytes = SearchValues.Create(" \t\r\n"u8);

    private readonly Stream _stream;
    private readonly XmlNameTable _nameTable;
    private readonly long _maxDocumentBytes;
    private readonly int _maxNodeBytes;
    private readonly string _xmlnsUri;
    private readonly string _xmlUri;
    private readonly NameCache _names;

    // The buffer: token start, read position, end of validated bytes, end of bytes read; _base is the offset of _buf[0].
    private byte[] _buf;
    private int _ts;
    private int _pos;
    private int _end;
    private int _rawEnd;
    private bool _eof;
    private long _base;

    // Line information at _base, and the last position computed (positions are asked for mostly in order).
    private long _baseLine = 1;
    private long _baseColumn = 1;
    private bool _basePrevCr;
    private long _lastAt = -1;
    private long _lastLine;
    private long _lastColumn;
    private bool _lastPrevCr;

    // The node marked by Mark(): its offset in the document, and its line information once the bytes before it go.
    private long _markAt = -1;
    private bool _markKnown;
    private int _markLine;
    private int _markColumn;

    private byte[] _scratch = new byte[256];
    private int _scratchLength;

    // The current token.
    private XmlNodeType _token;
    private int _nameOffset;
    private int _nameLength;
    private int _prefixLength;
    private int _elementNs;
    private int _valueOffset;
    private int _valueLength;
    private bool _valueInScratch;
    private bool _isEmpty;
    private int _nodeDepth;
    private Attr[] _attrs = new Attr[16];
    private int _attrCount;
    private XmlSpace _nodeSpace;

    // xml:lang of the current node, as an index into _langs (0: none). The language is set or inherited at every node;
    // kept as an index, that costs an integer store where a string would take the garbage collector's write barrier.
    private int _nodeLang;
    private readonly List<string> _langs = [string.Empty];
    private Dictionary<string, int>? _langIndexes;

    // Where the reader stands on the current token: -1 on the token itself, else on attribute _attrIndex (and its value).
    private int _attrIndex = -1;
    private bool _onAttrValue;
    private bool _attrValueRead;

    // Strings of the current node, made on demand.
    private string? _localName;
    private string? _attrLocalName;
    private string? _value;

    // Open elements.
    private byte[] _nameStack = new byte[512];
    private int _nameTop;
    private int[] _nameStackOffset = new int[64];
    private int[] _nsOfElement = new int[64];
    private int[] _prefixOfElement = new int[64];
    private XmlSpace[] _spaceOfElement = new XmlSpace[64];
    private int[] _langOfElement = new int[64];
    private int _depth;
    private NsDecl[] _ns = new NsDecl[16];
    private int _nsCount;
    private int _defaultNs = -1;
    private int _defaultNsCount = -1;

    private bool _started;
    private bool _rootSeen;
    private bool _anyXmlns;
    private bool _anyPrefixed;

    // One bit per attribute name of the current start tag (from its length and its first and last bytes), and whether
    // two names set the same bit: only then can two of them be the same.
    private ulong _attrNameBits;
    private bool _attrNameBitTwice;

    private ReadState _readState = ReadState.Initial;

    // Results of ScanName: offset (relative to the token start), length, prefix length.
    private int _scanOffset;
    private int _scanLength;
    private int _scanPrefix;

    /// <summary>Creates a reader over <paramref name="stream"/> (left open), names going through <paramref name="nameTable"/>.</summary>
    /// <param name="stream">The UTF-8 document.</param>
    /// <param name="nameTable">The name table of the names.</param>
    /// <param name="maxDocumentBytes">The longest document accepted (0: no limit).</param>
    /// <param name="maxNodeBytes">The longest single node accepted, in bytes (its whole text is held at once).</param>
    /// <param name="bufferSize">The initial buffer size.</param>
    public Utf8XmlReader(Stream stream, XmlNameTable nameTable, long maxDocumentBytes, int maxNodeBytes = int.MaxValue, int bufferSize = 64 * 1024)
    {
        _stream = stream;
        _nameTable = nameTable;
        _maxDocumentBytes = maxDocumentBytes <= 0 ? long.MaxValue : maxDocumentBytes;
        _maxNodeBytes = Math.Max(maxNodeBytes, bufferSize);
        _names = new NameCache(nameTable);
        _xmlnsUri = nameTable.Add(CsdNames.XmlnsNamespace);
        _xmlUri = nameTable.Add(CsdNames.XmlNamespace);
        _buf = new byte[Math.Max(bufferSize, 16)];
        _ns[0] = new NsDecl { Prefix = "xml"u8.ToArray(), PrefixString = nameTable.Add("xml"), UriBytes = Encoding.UTF8.GetBytes(CsdNames.XmlNamespace), Uri = _xmlUri, Level = 0 };
        _nsCount = 1;
    }

    /// <summary>
    /// Remembers where the current node is, so that <see cref="MarkLineNumber"/> and <see cref="MarkLinePosition"/> can say
    /// it later (after the reader has moved on), without counting lines and columns now.
    /// </summary>
    public void Mark()
    {
        _markAt = _base + NodePosition();
        _markKnown = false;
    }

    /// <summary>The line of the node marked by <see cref="Mark"/>.</summary>
    public int MarkLineNumber => ResolveMark().Line;

    /// <summary>The position in its line of the node marked by <see cref="Mark"/>.</summary>
    public int MarkLinePosition => ResolveMark().Column;

    /// <summary>The offset in the document of the first byte of the current token (the <c>&lt;</c> of a tag).</summary>
    public long TokenByteOffset => _base + _ts;

    /// <inheritdoc/>
    public override XmlNodeType NodeType => _attrIndex < 0 ? _token : _onAttrValue ? XmlNodeType.Text : XmlNodeType.Attribute;

    /// <inheritdoc/>
    public override int Depth
    {
        get
        {
            var depth = _nodeDepth;
            return _attrIndex < 0 ? depth : _onAttrValue ? depth + 2 : depth + 1;
        }
    }

    /// <summary>The depth of the current node; on an attribute or its value, of the start tag that holds it.</summary>
    public int NodeDepth => _nodeDepth;

    /// <inheritdoc/>
    public override bool IsEmptyElement => _attrIndex < 0 && _token == XmlNodeType.Element && _isEmpty;

    /// <inheritdoc/>
    public override string LocalName
    {
        get
        {
            if (_attrIndex >= 0)
            {
                return _onAttrValue ? string.Empty : _attrLocalName ??= AttributeLocalName(_attrIndex);
            }

            return _localName ?? (TryQualifiedName(out var name, out var prefixLength) ? _localName = _names.Get(LocalPart(name, prefixLength)) : string.Empty);
        }
    }

    /// <inheritdoc/>
    public override string Prefix
    {
        get
        {
            return TryQualifiedName(out var name, out var prefixLength) && prefixLength > 0 ? _names.Get(name[..prefixLength]) : string.Empty;
        }
    }

    /// <inheritdoc/>
    public override string Name
    {
        get
        {
            return !TryQualifiedName(out var name, out var prefixLength) ? string.Empty
                : prefixLength == 0 ? LocalName
                : _names.Get(name);
        }
    }

    /// <inheritdoc/>
    public override string NamespaceURI
    {
        get
        {
            if (_attrIndex >= 0)
            {
                return _onAttrValue ? string.Empty : AttributeNamespace(_attrIndex);
            }

            return _token is XmlNodeType.Element or XmlNodeType.EndElement && _elementNs >= 0 ? _ns[_elementNs].Uri : string.Empty;
        }
    }

    /// <inheritdoc/>
    public override string Value
    {
        get
        {
            if (_attrIndex >= 0)
            {
                return AttributeValueString(_attrIndex);
            }

            if (_token is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
            {
                return _value ??= ToUtf16String(ValueBytes);
            }

            return string.Empty;
        }
    }

    // The UTF-8 bytes of the current text node's value (valid until the next move).
    private ReadOnlySpan<byte> ValueBytes => _valueInScratch ? _scratch.AsSpan(_valueOffset, _valueLength) : _buf.AsSpan(_ts + _valueOffset, _valueLength);

    /// <inheritdoc/>
    public override int AttributeCount => _token == XmlNodeType.Element ? _attrCount : 0;

    /// <inheritdoc/>
    public override string BaseURI => string.Empty;

    /// <inheritdoc/>
    public override bool EOF => _readState == ReadState.EndOfFile;

    /// <inheritdoc/>
    public override ReadState ReadState => _readState;

    /// <inheritdoc/>
    public override XmlNameTable NameTable => _nameTable;

    /// <inheritdoc/>
    public override XmlSpace XmlSpace => _nodeSpace;

    /// <inheritdoc/>
    public override string XmlLang => _langs[_nodeLang];

    /// <inheritdoc/>
    public override bool HasValue => NodeType is XmlNodeType.Attribute or XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;

    /// <inheritdoc/>
    public int LineNumber => (int)Math.Min(int.MaxValue, LineInfoAt(NodePosition()).Line);

    /// <inheritdoc/>
    public int LinePosition => (int)Math.Min(int.MaxValue, LineInfoAt(NodePosition()).Column);

    /// <inheritdoc/>
    public bool HasLineInfo() => true;

    /// <inheritdoc/>
    public override string GetAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, AttributeCount);
        return AttributeValueString(i);
    }

    /// <inheritdoc/>
    public override string? GetAttribute(string name)
    {
        var index = FindAttribute(name);
        return index < 0 ? null : AttributeValueString(index);
    }

    /// <inheritdoc/>
    public override string? GetAttribute(string name, string? namespaceURI)
    {
        var index = FindAttribute(name, namespaceURI ?? string.Empty);
        return index < 0 ? null : AttributeValueString(index);
    }

    /// <inheritdoc/>
    public override void MoveToAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, AttributeCount);
        _attrIndex = i;
        _onAttrValue = false;
        _attrValueRead = false;
        _attrLocalName = null;
    }

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name)
    {
        var index = FindAttribute(name);
        if (index < 0)
        {
            return false;
        }

        MoveToAttribute(index);
        return true;
    }

    /// <inheritdoc/>
    public override bool MoveToAttribute(string name, string? ns)
    {
        var index = FindAttribute(name, ns ?? string.Empty);
        if (index < 0)
        {
            return false;
        }

        MoveToAttribute(index);
        return true;
    }

    /// <inheritdoc/>
    public override bool MoveToElement()
    {
        if (_attrIndex < 0)
        {
            return false;
        }

        _attrIndex = -1;
        _onAttrValue = false;
        return true;
    }

    /// <inheritdoc/>
    public override bool MoveToFirstAttribute()
    {
        if (_token != XmlNodeType.Element || _attrCount == 0)
        {
            return false;
        }

        _attrIndex = 0;
        _onAttrValue = false;
        _attrValueRead = false;
        _attrLocalName = null;
        return true;
    }

    /// <inheritdoc/>
    public override bool MoveToNextAttribute()
    {
        if (_token != XmlNodeType.Element)
        {
            return false;
        }

        var next = _attrIndex + 1;
        if (next >= _attrCount)
        {
            return false;
        }

        _attrIndex = next;
        _onAttrValue = false;
        _attrValueRead = false;
        _attrLocalName = null;
        return true;
    }

    /// <inheritdoc/>
    public override bool ReadAttributeValue()
    {
        if (_attrIndex < 0 || _attrValueRead)
        {
            return false;
        }

        _attrValueRead = true;
        _onAttrValue = true;
        return true;
    }

    /// <inheritdoc/>
    public override string? LookupNamespace(string prefix)
    {
        if (prefix == "xmlns")
        {
            return _xmlnsUri;
        }

        var bytes = Encoding.UTF8.GetBytes(prefix);
        for (var i = _nsCount - 1; i >= 0; i--)
        {
            if (_ns[i].Prefix.AsSpan().SequenceEqual(bytes))
            {
                return _ns[i].Uri.Length == 0 && prefix.Length > 0 ? null : _ns[i].Uri;
            }
        }

        return prefix.Length == 0 ? string.Empty : null;
    }

    /// <inheritdoc/>
    public IDictionary<string, string> GetNamespacesInScope(XmlNamespaceScope scope)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = _nsCount;
        for (var i = 0; i < count; i++)
        {
            ref var decl = ref _ns[i];
            if (scope == XmlNamespaceScope.Local && decl.Level != _nodeDepth + 1)
            {
                continue;
            }

            if (i == 0 && scope != XmlNamespaceScope.All)
            {
                continue;
            }

            if (decl.Prefix.Length == 0 && decl.Uri.Length == 0 && scope != XmlNamespaceScope.Local)
            {
                result.Remove(string.Empty);
                continue;
            }

            result[decl.PrefixString] = decl.Uri;
        }

        return result;
    }

    /// <inheritdoc/>
    string? IXmlNamespaceResolver.LookupPrefix(string namespaceName)
    {
        // The latest declaration of the namespace whose prefix is not declared again since (as XmlNamespaceManager does).
        for (var i = _nsCount - 1; i >= 0; i--)
        {
            if (string.Equals(_ns[i].Uri, namespaceName, StringComparison.Ordinal)
                && string.Equals(LookupNamespace(_ns[i].PrefixString), namespaceName, StringComparison.Ordinal))
            {
                return _ns[i].PrefixString;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override void ResolveEntity() => throw new InvalidOperationException("This reader expands the predefined entities itself and has no entity reference to resolve.");

    /// <inheritdoc/>
    public override void Close() => _readState = ReadState.Closed;

    /// <inheritdoc/>
    public override bool Read()
    {
        if (_readState is ReadState.EndOfFile or ReadState.Closed or ReadState.Error)
        {
            return false;
        }

        _readState = ReadState.Interactive;

        // The scope of a finished element ends.
        if (_nsCount > 1 && _ns[_nsCount - 1].Level > _depth)
        {
            while (_ns[_nsCount - 1].Level > _depth)
            {
                _nsCount--;
            }

            _defaultNsCount = -1;
        }

        _attrCount = 0;
        _scratchLength = 0;
        _isEmpty = false;
        _nameLength = 0;
        _prefixLength = 0;
        _valueLength = 0;
        _valueInScratch = false;
        _elementNs = -1;
        _attrIndex = -1;
        _onAttrValue = false;
        _localName = null;
        _value = null;
        while (true)
        {
            _ts = _pos;
            var p = _pos;
            if (p >= _end)
            {
                if (!Fill(out _))
                {
                    if (!_rootSeen)
                    {
                        Fail(CsdFormatError.Truncated, "Root element is missing.", _pos);
                    }

                    if (_depth > 0)
                    {
                        Fail(CsdFormatError.Truncated, "Unexpected end of file: an element is not closed.", _pos);
                    }

                    _token = XmlNodeType.None;
                    _nodeDepth = 0;
                    _readState = ReadState.EndOfFile;
                    _nodeSpace = XmlSpace.None;
                    _nodeLang = 0;
                    return false;
                }

                continue;
            }

            if (!_started)
            {
                _started = true;
                _pos = DocumentStart(p);
                continue;
            }

            if (_buf[p] == (byte)'<')
            {
                p = Need(p, 2);
                var c = _buf[p + 1];
                if (c == (byte)'/')
                {
                    ParseEndTag(p);
                    return true;
                }

                if (c == (byte)'?')
                {
                    _pos = SkipProcessingInstruction(p);
                    continue;
                }

                if (c == (byte)'!')
                {
                    if (ParseBang(p))
                    {
                        return true;
                    }

                    continue;
                }

                ParseStartTag(p);
                return true;
            }

            ParseText(p);
            return true;
        }
    }

    /// <summary>
    /// On the start tag of an element with content: when that content is plain character data (no reference, no CR, no
    /// CDATA section, comment or child element) directly followed by the element's end tag, all in the bytes at hand,
    /// reads it and moves onto the end tag, returning <see langword="true"/>. Otherwise moves nothing and returns
    /// <see langword="false"/>. The one-call form of the text and end tag nodes that make up most values.
    /// </summary>
    public bool TryReadPlainText([NotNullWhen(true)] out string? text)
    {
        if (TryReadPlainBytes(out var bytes))
        {
            text = ToUtf16String(bytes);
            return true;
        }

        text = null;
        return false;
    }

    /// <summary>
    /// <see cref="TryReadPlainText"/> without the string: the text's UTF-8 bytes, valid until the reader moves on.
    /// </summary>
    public bool TryReadPlainBytes(out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        if (_token != XmlNodeType.Element || _isEmpty || _attrIndex >= 0)
        {
            return false;
        }

        int p = _pos, end = _end, i = -1, k = p;
        ref var r0 = ref MemoryMarshal.GetArrayDataReference(_buf);
        while (k + 16 <= end)
        {
            var mask = TextStopMask(Vector128.LoadUnsafe(ref r0, (nuint)k));
            if (mask != 0)
            {
                i = k + BitOperations.TrailingZeroCount(mask);
                break;
            }

            k += 16;
        }

        if (i < 0)
        {
            i = _buf.AsSpan(k, end - k).IndexOfAny(TextStops);
            if (i < 0)
            {
                return false;
            }

            i += k;
        }

        var d = _depth - 1;
        int offset = _nameStackOffset[d], length = _nameTop - offset;
        if (_buf[i] != (byte)'<' || i + 3 + length > end || _buf[i + 1] != (byte)'/' || _buf[i + 2 + length] != (byte)'>'
            || !_buf.AsSpan(i + 2, length).SequenceEqual(_nameStack.AsSpan(offset, length)))
        {
            return false;
        }

        bytes = _buf.AsSpan(p, i - p);

        // Now on the end tag, as Read would have left it after the text node.
        _ts = i;
        _pos = i + 3 + length;
        _attrCount = 0;
        _scratchLength = 0;
        _valueLength = 0;
        _valueInScratch = false;
        _localName = null;
        _value = null;
        _token = XmlNodeType.EndElement;
        _nodeDepth = d;
        _nameOffset = 2;
        _nameLength = length;
        _prefixLength = _prefixOfElement[d];
        _nameTop = offset;
        _elementNs = _nsOfElement[d];
        _nodeSpace = _spaceOfElement[d];
        _nodeLang = _langOfElement[d];
        _depth = d;
        return true;
    }

    /// <summary>UTF-8 to a string for bytes already validated: ASCII runs (the common case) are widened without a second check.</summary>
    internal static string ToUtf16String(ReadOnlySpan<byte> value) =>
        value.Length == 0 ? string.Empty : Ascii.IsValid(value) ? Encoding.Latin1.GetString(value) : Encoding.UTF8.GetString(value);

    private static byte[] BuildBadBytes()
    {
        var bytes = new List<byte>();
        for (var c = 0; c < 0x20; c++)
        {
            if (c is not (9 or 10 or 13))
            {
                bytes.Add((byte)c);
            }
        }

        // The lead byte of U+FFFE and U+FFFF, checked precisely when found.
        bytes.Add(0xEF);
        return [.. bytes];
    }

    // Character classes of ASCII bytes (':' and bytes from 0x80 are handled apart).
    private static ReadOnlySpan<byte> Classes =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 28, 0, 0, 28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        4, 0, 8, 0, 0, 0, 24, 16, 0, 0, 0, 0, 0, 2, 2, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 24, 0, 0, 0,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 3,
        0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];


    private int FindAttribute(string name)
    {
        if (_token != XmlNodeType.Element)
        {
            return -1;
        }

        for (var i = 0; i < _attrCount; i++)
        {
            ref var a = ref _attrs[i];
            if (string.Equals(ToUtf16String(_buf.AsSpan(_ts + a.NameOffset, a.NameLength)), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int FindAttribute(string localName, string ns)
    {
        if (_token != XmlNodeType.Element)
        {
            return -1;
        }

        for (var i = 0; i < _attrCount; i++)
        {
            if (string.Equals(AttributeLocalName(i), localName, StringComparison.Ordinal) && string.Equals(AttributeNamespace(i), ns, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // A bare xmlns declaration's local name is "xmlns" itself, as the framework reader gives it.
    private string AttributeLocalName(int i)
    {
        ref var a = ref _attrs[i];
        return _names.Get(LocalPart(_buf.AsSpan(_ts + a.NameOffset, a.NameLength), a.PrefixLength));
    }

    /// <summary>The qualified name of the current element, end tag or attribute (not its value node), and the length of its prefix.</summary>
    private bool TryQualifiedName(out ReadOnlySpan<byte> name, out int prefixLength)
    {
        if (_attrIndex >= 0 && !_onAttrValue)
        {
            ref var a = ref _attrs[_attrIndex];
            name = _buf.AsSpan(_ts + a.NameOffset, a.NameLength);
            prefixLength = a.PrefixLength;
            return true;
        }

        if (_attrIndex < 0 && _token is XmlNodeType.Element or XmlNodeType.EndElement)
        {
            name = _buf.AsSpan(_ts + _nameOffset, _nameLength);
            prefixLength = _prefixLength;
            return true;
        }

        name = default;
        prefixLength = 0;
        return false;
    }

    private static ReadOnlySpan<byte> LocalPart(ReadOnlySpan<byte> name, int prefixLength) => prefixLength == 0 ? name : name[(prefixLength + 1)..];

    private string AttributeNamespace(int i)
    {
        var ns = _attrs[i].Ns;
        return ns == -2 ? _xmlnsUri : ns >= 0 ? _ns[ns].Uri : string.Empty;
    }

    /// <summary>The UTF-8 bytes of the current attribute's value (valid until the reader moves on), or none off an attribute.</summary>
    public ReadOnlySpan<byte> AttributeValueBytes() => _attrIndex >= 0 ? AttributeValueBytes(_attrIndex) : default;

    /// <summary>
    /// On a start tag: its qualified name as it is written (prefix included), in UTF-8, valid until the next move. A
    /// name without a colon that equals a schema name is that name, unprefixed.
    /// </summary>
    public ReadOnlySpan<byte> ElementNameBytes => _buf.AsSpan(_ts + _nameOffset, _nameLength);

    /// <summary>
    /// On a start tag: the qualified name of its attribute <paramref name="i"/> (the order of
    /// <see cref="MoveToAttribute(int)"/>) as it is written, in UTF-8, valid until the next move. A name without a colon
    /// is a name in no namespace.
    /// </summary>
    public ReadOnlySpan<byte> AttributeNameBytes(int i) => _buf.AsSpan(_ts + _attrs[i].NameOffset, _attrs[i].NameLength);

    /// <summary>
    /// On a start tag whose name the caller has matched against <see cref="ElementNameBytes"/>: gives
    /// <see cref="LocalName"/> that name (the name table's own string for it) instead of looking it up.
    /// </summary>
    public void KnownLocalName(string name)
    {
        Debug.Assert(_attrIndex < 0 && _token == XmlNodeType.Element, "On a start tag.");
        Debug.Assert(ReferenceEquals(_nameTable.Get(name), name), "An atomized name.");
        _localName = name;
    }

    /// <summary>
    /// On a start tag: the value of its attribute <paramref name="i"/> (the order of <see cref="MoveToAttribute(int)"/>),
    /// normalised, in UTF-8, valid until the next move. The reader stays where it is.
    /// </summary>
    public ReadOnlySpan<byte> AttributeValueBytes(int i)
    {
        ref var a = ref _attrs[i];
        return a.ValueInScratch ? _scratch.AsSpan(a.ValueOffset, a.ValueLength) : _buf.AsSpan(_ts + a.ValueOffset, a.ValueLength);
    }

    private string AttributeValueString(int i) => ToUtf16String(AttributeValueBytes(i));

    /// <summary>The buffer position of the current node, as the framework reader gives line information.</summary>
    private int NodePosition()
    {
        if (_attrIndex >= 0)
        {
            ref var a = ref _attrs[_attrIndex];
            return _onAttrValue ? _ts + a.RawValueOffset : _ts + a.NameOffset;
        }

        return _token switch
        {
            XmlNodeType.Element => _ts + 1,
            XmlNodeType.EndElement => _ts + 2,
            XmlNodeType.CDATA => _ts + 9,
            XmlNodeType.None when _readState == ReadState.EndOfFile => _end,
            _ => _ts,
        };
    }

    // ---- Buffer ----

    private bool Fill(out int shift)
    {
        shift = _ts;
        if (shift > 0)
        {
            if (!_markKnown && _markAt >= _base && _markAt < _base + shift)
            {
                // The marked node's line and column are where the count of the bytes let go of passes it.
                var at = (int)(_markAt - _base);
                CountValidatedLines(_buf.AsSpan(0, at), ref _baseLine, ref _baseColumn, ref _basePrevCr);
                _markLine = (int)Math.Min(int.MaxValue, _baseLine);
                _markColumn = (int)Math.Min(int.MaxValue, _baseColumn);
                _markKnown = true;
                CountValidatedLines(_buf.AsSpan(at, shift - at), ref _baseLine, ref _baseColumn, ref _basePrevCr);
            }
            else
            {
                CountValidatedLines(_buf.AsSpan(0, shift), ref _baseLine, ref _baseColumn, ref _basePrevCr);
            }
            Buffer.BlockCopy(_buf, shift, _buf, 0, _rawEnd - shift);
            _ts = 0;
            _pos -= shift;
            _end -= shift;
            _rawEnd -= shift;
            _base += shift;
            if (_lastAt < _base)
            {
                _lastAt = -1;
            }
        }

        while (true)
        {
            if (_eof)
            {
                return false;
            }

            if (_rawEnd == _buf.Length)
            {
                // The buffer holds the node being read whole: it grows with it, up to the node limit.
                if (_buf.Length >= _maxNodeBytes)
                {
                    Fail(CsdFormatError.LimitExceeded, $"A single node (a start tag with its attributes, a text, a comment…) is longer than {_maxNodeBytes} bytes.", _ts);
                }

                Array.Resize(ref _buf, (int)Math.Min((long)_buf.Length * 2, _maxNodeBytes));
            }

            // At most ReadChunk bytes per call (the framework reader takes 4 KiB): the input's read-ahead is drawn on at the
            // pace of the entities, so an input that breaks does so after the entities before the break are out. With the
            // whole 64 KiB at once, a broken download surfaced up to 64 KiB of entities earlier.
            var count = _stream.Read(_buf, _rawEnd, Math.Min(_buf.Length - _rawEnd, ReadChunk));
            if (count <= 0)
            {
                _eof = true;
                if (_rawEnd > _end)
                {
                    Fail(CsdFormatError.Truncated, "Unexpected end of file inside a UTF-8 sequence.", _end);
                }

                return false;
            }

            _rawEnd += count;
            if (_base + _rawEnd > _maxDocumentBytes)
            {
                Fail(CsdFormatError.LimitExceeded, "The document is longer than the size limit.", _end);
            }

            var boundary = CompleteBoundary();
            if (boundary > _end)
            {
                Validate(_end, boundary);
                _end = boundary;
                return true;
            }
        }
    }

    /// <summary>The end of the last complete UTF-8 sequence read.</summary>
    private int CompleteBoundary()
    {
        var to = _rawEnd;
        for (var j = to - 1; j >= _end && j >= to - 4; j--)
        {
            var c = _buf[j];
            if ((c & 0xC0) == 0x80)
            {
                continue;
            }

            var need = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return j + need > to ? j : to;
        }

        return to;
    }

    /// <summary>Checks a run of new bytes: well-formed UTF-8, XML characters only.</summary>
    private void Validate(int from, int to)
    {
        var span = _buf.AsSpan(from, to - from);
        if (!Utf8.IsValid(span))
        {
            var i = 0;
            while (Rune.DecodeFromUtf8(span[i..], out _, out var length) == OperationStatus.Done)
            {
                i += length;
            }

            Fail(CsdFormatError.Malformed, "Invalid UTF-8 byte sequence.", from + i);
        }

        var k = span.IndexOfAny(BadBytes);
        while (k >= 0)
        {
            if (span[k] != 0xEF)
            {
                Fail(CsdFormatError.Malformed, $"'\\u{span[k]:X4}' is not a valid XML character.", from + k);
            }

            if (span[k + 1] == 0xBF && span[k + 2] >= 0xBE)
            {
                Fail(CsdFormatError.Malformed, "U+FFFE and U+FFFF are not valid XML characters.", from + k);
            }

            var next = span[(k + 1)..].IndexOfAny(BadBytes);
            if (next < 0)
            {
                break;
            }

            k += 1 + next;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Need(int p, int n) => p + n > _end ? NeedSlow(p, n) : p;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int NeedSlow(int p, int n)
    {
        while (p + n > _end)
        {
            var ok = Fill(out var shift);
            p -= shift;
            if (!ok)
            {
                Fail(CsdFormatError.Truncated, "Unexpected end of file.", p);
            }
        }

        return p;
    }

    /// <summary>Makes <paramref name="n"/> bytes available after <paramref name="p"/> when the input has them; returns the moved position.</summary>
    private int TryNeed(int p, int n)
    {
        while (p + n > _end)
        {
            var ok = Fill(out var shift);
            p -= shift;
            if (!ok)
            {
                break;
            }
        }

        return p;
    }

    // Past the white space at p, if any (none is fine): the position of the next byte, which is at hand.
    private int SkipSpace(int p)
    {
        while (true)
        {
            var buffer = _buf;
            var end = _end;
            while (p < end && (Classes[buffer[p]] & FSpace) != 0)
            {
                p++;
            }

            if (p < end)
            {
                return p;
            }

            p = Need(p, 1);
        }
    }

    private void ScratchRoom(int n)
    {
        if (_scratchLength + n > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + n));
        }
    }

    private void AppendScratch(int from, int length)
    {
        ScratchRoom(length);
        Buffer.BlockCopy(_buf, from, _scratch, _scratchLength, length);
        _scratchLength += length;
    }

    private void AppendByte(byte value)
    {
        ScratchRoom(1);
        _scratch[_scratchLength++] = value;
    }

    // ---- Document start ----

    private int DocumentStart(int p)
    {
        if ((p = TryNeed(p, 3)) + 3 <= _end && _buf[p] == 0xEF && _buf[p + 1] == 0xBB && _buf[p + 2] == 0xBF)
        {
            // The byte order mark is not a column: the counting of its three bytes as one character starts from 0.
            p += 3;
            _baseColumn = 0;
            _lastAt = -1;
        }

        if ((p = TryNeed(p, 6)) + 6 <= _end && _buf.AsSpan(p, 5).SequenceEqual("<?xml"u8) && (Classes[_buf[p + 5]] & FSpace) != 0)
        {
            var startOffset = p - _ts;
            var q = p + 5;
            while (true)
            {
                var i = _buf.AsSpan(q, _end - q).IndexOf("?>"u8);
                if (i >= 0)
                {
                    q += i + 2;
                    break;
                }

                q = Math.Max(q, _end - 1);
                var ok = Fill(out var shift);
                q -= shift;
                if (!ok)
                {
                    Fail(CsdFormatError.Truncated, "Unexpected end of file in the XML declaration.", q);
                }
            }

            var start = _ts + startOffset;
            CheckDeclaration(_buf.AsSpan(start + 5, q - 2 - start - 5), start);
            p = q;
        }

        return p;
    }

    /// <summary>Checks the pseudo-attributes of the XML declaration: version 1.x, then an optional UTF-8 encoding and standalone.</summary>
    private void CheckDeclaration(ReadOnlySpan<byte> body, int start)
    {
        var step = 0;
        while (true)
        {
            var trimmed = body.TrimStart(" \t\r\n"u8);
            var hadSpace = trimmed.Length < body.Length;
            body = trimmed;
            if (body.IsEmpty)
            {
                break;
            }

            if (!hadSpace)
            {
                Fail(CsdFormatError.Malformed, "The XML declaration is malformed.", start);
            }

            var equals = body.IndexOf((byte)'=');
            if (equals <= 0)
            {
                Fail(CsdFormatError.Malformed, "The XML declaration is malformed.", start);
            }

            var name = body[..equals].TrimEnd(" \t\r\n"u8);
            var rest = body[(equals + 1)..].TrimStart(" \t\r\n"u8);
            if (rest.IsEmpty || rest[0] is not ((byte)'"' or (byte)'\''))
            {
                Fail(CsdFormatError.Malformed, "The XML declaration is malformed.", start);
            }

            var close = rest[1..].IndexOf(rest[0]);
            if (close < 0)
            {
                Fail(CsdFormatError.Malformed, "The XML declaration is malformed.", start);
            }

            var value = rest.Slice(1, close);
            body = rest[(close + 2)..];
            if (step == 0 && name.SequenceEqual("version"u8) && value.SequenceEqual("1.0"u8))
            {
                step = 1;
            }
            else if (step == 1 && name.SequenceEqual("encoding"u8))
            {
                if (!Ascii.EqualsIgnoreCase(value, "utf-8"u8))
                {
                    Fail(CsdFormatError.Malformed, "The XML declaration names an encoding other than UTF-8, which this document does not match.", start);
                }

                step = 2;
            }
            else if (step is 1 or 2 && name.SequenceEqual("standalone"u8) && (value.SequenceEqual("yes"u8) || value.SequenceEqual("no"u8)))
            {
                step = 3;
            }
            else
            {
                Fail(CsdFormatError.Malformed, "The XML declaration is malformed.", start);
            }
        }

        if (step == 0)
        {
            Fail(CsdFormatError.Malformed, "The XML declaration has no version.", start);
        }
    }

    // ---- Vector helpers (16 bytes at a time) ----

    /// <summary>Bit i set when byte i is not an ASCII name character [A-Za-z0-9._-] (':' and non-ASCII stop the run too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NonNameMask(Vector128<byte> v)
    {
        var alpha = Vector128.LessThanOrEqual((v | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)25));
        var digit = Vector128.LessThanOrEqual(v - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
        var punct = Vector128.Equals(v, Vector128.Create((byte)'-')) | Vector128.Equals(v, Vector128.Create((byte)'.')) | Vector128.Equals(v, Vector128.Create((byte)'_'));
        return (~(alpha | digit | punct)).ExtractMostSignificantBits();
    }

    /// <summary>Bit i set when byte i ends a plain attribute-value run: the quote, '&lt;', '&amp;' or a tab, LF or CR.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AttributeStopMask(Vector128<byte> v, Vector128<byte> quote) =>
        (Vector128.Equals(v, quote) | Vector128.Equals(v, Vector128.Create((byte)'<')) | Vector128.Equals(v, Vector128.Create((byte)'&'))
         | Vector128.LessThan(v, Vector128.Create((byte)0x20))).ExtractMostSignificantBits();

    /// <summary>Bit i set when byte i ends a plain text run: '&lt;', '&amp;', CR or ']'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint TextStopMask(Vector128<byte> v) =>
        (Vector128.Equals(v, Vector128.Create((byte)'<')) | Vector128.Equals(v, Vector128.Create((byte)'&'))
         | Vector128.Equals(v, Vector128.Create((byte)'\r')) | Vector128.Equals(v, Vector128.Create((byte)']'))).ExtractMostSignificantBits();

    // ---- Names ----

    /// <summary>The common name inline: ASCII, no colon, shorter than 16 bytes, all in the buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ScanNameFast(int p)
    {
        if (p + 16 <= _end)
        {
            ref var r0 = ref MemoryMarshal.GetArrayDataReference(_buf);
            var first = Unsafe.Add(ref r0, p);
            var mask = NonNameMask(Vector128.LoadUnsafe(ref r0, (nuint)p));
            if ((Classes[first] & FStart) != 0 && mask != 0)
            {
                var n = BitOperations.TrailingZeroCount(mask);
                var stop = Unsafe.Add(ref r0, p + n);
                if (stop != (byte)':' && stop < 0x80)
                {
                    _scanOffset = p - _ts;
                    _scanLength = n;
                    _scanPrefix = 0;
                    return p + n;
                }
            }
        }

        return ScanName(p);
    }

    // Past the first character of a name (or of a local part after its ':'), which is at hand at p.
    private int PastNameStart(int p)
    {
        var b = _buf[p];
        if ((Classes[b] & FStart) != 0)
        {
            return p + 1;
        }

        if (b < 0x80)
        {
            Fail(CsdFormatError.Malformed, NameCharacterMessage(b), p);
        }

        return p + NonAsciiNameChar(p, true);
    }

    private int ScanName(int p)
    {
        if (p >= _end)
        {
            p = Need(p, 1);
        }

        var startOffset = p - _ts;
        var colonOffset = -1;
        p = PastNameStart(p);
        byte b;

        while (true)
        {
            var end = _end;
            ref var r0 = ref MemoryMarshal.GetArrayDataReference(_buf);
            var stopped = false;
            while (p + 16 <= end)
            {
                var mask = NonNameMask(Vector128.LoadUnsafe(ref r0, (nuint)p));
                if (mask != 0)
                {
                    p += BitOperations.TrailingZeroCount(mask);
                    stopped = true;
                    break;
                }

                p += 16;
            }

            if (!stopped)
            {
                while (p < end && (Classes[Unsafe.Add(ref r0, p)] & FName) != 0)
                {
                    p++;
                }

                if (p >= end)
                {
                    var ok = Fill(out var shift);
                    p -= shift;
                    if (!ok)
                    {
                        Fail(CsdFormatError.Truncated, "Unexpected end of file in a name.", p);
                    }

                    continue;
                }
            }

            b = _buf[p];
            if (b == (byte)':')
            {
                if (colonOffset >= 0)
                {
                    Fail(CsdFormatError.Malformed, "A name holds more than one ':'.", p);
                }

                colonOffset = p - _ts;
                p++;
                p = PastNameStart(Need(p, 1));

                continue;
            }

            if (b >= 0x80)
            {
                p += NonAsciiNameChar(p, false);
                continue;
            }

            break;
        }

        _scanOffset = startOffset;
        _scanLength = p - _ts - startOffset;
        _scanPrefix = colonOffset < 0 ? 0 : colonOffset - startOffset;
        return p;
    }

    private static string NameCharacterMessage(byte b) =>
        b is >= 0x21 and < 0x7F ? $"Name cannot begin with the '{(char)b}' character." : "A name was expected.";

    private int NonAsciiNameChar(int p, bool start)
    {
        // The validated bytes always end on a sequence boundary: the whole sequence is there. Name characters are the
        // framework reader's (XML 1.0 fourth edition: none outside the Basic Multilingual Plane).
        Rune.DecodeFromUtf8(_buf.AsSpan(p, _end - p), out var rune, out var length);
        var ok = rune.IsBmp && (start ? XmlConvert.IsStartNCNameChar((char)rune.Value) : XmlConvert.IsNCNameChar((char)rune.Value));

        if (!ok)
        {
            Fail(CsdFormatError.Malformed, "A name holds a character not allowed in names.", p);
        }

        return length;
    }

    // ---- Elements ----

    private void ParseStartTag(int p)
    {
        if (_depth == 0)
        {
            if (_rootSeen)
            {
                Fail(CsdFormatError.Malformed, "There are multiple root elements.", p + 1);
            }

            _rootSeen = true;
        }

        _token = XmlNodeType.Element;
        _nodeDepth = _depth;
        p++;
        p = ScanNameFast(p);
        _nameOffset = _scanOffset;
        _nameLength = _scanLength;
        _prefixLength = _scanPrefix;
        _anyXmlns = false;
        _anyPrefixed = false;
        _attrNameBits = 0;
        _attrNameBitTwice = false;
        while (true)
        {
            p = Need(p, 1);
            var b = _buf[p];
            var space = false;
            if ((Classes[b] & FSpace) != 0)
            {
                space = true;
                if (b == (byte)' ' && p + 1 < _end && (Classes[_buf[p + 1]] & FSpace) == 0)
                {
                    b = _buf[++p];
                }
                else
                {
                    p = SkipSpace(p);
                    b = _buf[p];
                }
            }

            if (b == (byte)'>')
            {
                p++;
                break;
            }

            if (b == (byte)'/')
            {
                p = Need(p, 2);
                if (_buf[p + 1] != (byte)'>')
                {
                    Fail(CsdFormatError.Malformed, "'>' was expected after '/' in a start tag.", p + 1);
                }

                p += 2;
                _isEmpty = true;
                break;
            }

            if (!space)
            {
                Fail(CsdFormatError.Malformed, "White space was expected before an attribute.", p);
            }

            p = ParseAttribute(p);
        }

        _pos = p;
        var level = _depth + 1;
        if (_anyXmlns)
        {
            DeclareNamespaces(level);
        }

        if (_attrCount > 1 && _attrNameBitTwice)
        {
            CheckDuplicates();
        }

        var parentSpace = _depth > 0 ? _spaceOfElement[_depth - 1] : XmlSpace.None;
        var parentLang = _depth > 0 ? _langOfElement[_depth - 1] : 0;
        _nodeSpace = parentSpace;
        _nodeLang = parentLang;
        if (_anyPrefixed)
        {
            for (var i = 0; i < _attrCount; i++)
            {
                ref var a = ref _attrs[i];
                if (a.PrefixLength > 0 && !a.IsXmlns)
                {
                    a.Ns = Resolve(_buf.AsSpan(_ts + a.NameOffset, a.PrefixLength), _ts + a.NameOffset);
                    if (ReferenceEquals(_ns[a.Ns].Uri, _xmlUri))
                    {
                        XmlAttribute(i);
                    }
                }
            }

            if (_attrCount > 1)
            {
                CheckExpandedDuplicates();
            }
        }

        _elementNs = Resolve(_buf.AsSpan(_ts + _nameOffset, _prefixLength), _ts + _nameOffset);
        if (!_isEmpty)
        {
            var d = _depth;
            if (d == _nameStackOffset.Length)
            {
                Array.Resize(ref _nameStackOffset, d * 2);
                Array.Resize(ref _nsOfElement, d * 2);
                Array.Resize(ref _prefixOfElement, d * 2);
                Array.Resize(ref _spaceOfElement, d * 2);
                Array.Resize(ref _langOfElement, d * 2);
            }

            if (_nameTop + _nameLength > _nameStack.Length)
            {
                Array.Resize(ref _nameStack, Math.Max(_nameStack.Length * 2, _nameTop + _nameLength));
            }

            _nameStackOffset[d] = _nameTop;
            _nsOfElement[d] = _elementNs;
            _prefixOfElement[d] = _prefixLength;
            _spaceOfElement[d] = _nodeSpace;
            _langOfElement[d] = _nodeLang;
            _buf.AsSpan(_ts + _nameOffset, _nameLength).CopyTo(_nameStack.AsSpan(_nameTop));
            _nameTop += _nameLength;
            _depth = level;
        }
    }

    /// <summary>Applies <c>xml:space</c> and <c>xml:lang</c> to the current element.</summary>
    private void XmlAttribute(int i)
    {
        ref var a = ref _attrs[i];
        var local = _buf.AsSpan(_ts + a.NameOffset + a.PrefixLength + 1, a.NameLength - a.PrefixLength - 1);
        var value = AttributeValueBytes(i);
        if (local.SequenceEqual("space"u8))
        {
            if (value.SequenceEqual("preserve"u8))
            {
                _nodeSpace = XmlSpace.Preserve;
            }
            else if (value.SequenceEqual("default"u8))
            {
                _nodeSpace = XmlSpace.Default;
            }
            else
            {
                Fail(CsdFormatError.Malformed, "The value of xml:space must be 'default' or 'preserve'.", _ts + a.NameOffset);
            }
        }
        else if (local.SequenceEqual("lang"u8))
        {
            _nodeLang = LangIndex(_nameTable.Add(ToUtf16String(value)));
        }
    }

    /// <summary>The index in <see cref="_langs"/> of an xml:lang value, added at its first use.</summary>
    private int LangIndex(string lang)
    {
        if (lang.Length == 0)
        {
            return 0;
        }

        var indexes = _langIndexes ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!indexes.TryGetValue(lang, out var index))
        {
            index = _langs.Count;
            _langs.Add(lang);
            indexes.Add(lang, index);
        }

        return index;
    }

    private int ParseAttribute(int p)
    {
        p = ScanNameFast(p);
        int nameOffset = _scanOffset, nameLength = _scanLength, prefixLength = _scanPrefix;
        byte quote;
        if (p + 2 <= _end && _buf[p] == (byte)'=' && ((quote = _buf[p + 1]) == (byte)'"' || quote == (byte)'\''))
        {
            p += 2;
        }
        else
        {
            p = SkipSpace(p);

            if (_buf[p] != (byte)'=')
            {
                Fail(CsdFormatError.Malformed, "'=' was expected after an attribute name.", p);
            }

            p++;
            p = SkipSpace(p);

            quote = _buf[p];
            if (quote != (byte)'"' && quote != (byte)'\'')
            {
                Fail(CsdFormatError.Malformed, "A quote was expected to start an attribute value.", p);
            }

            p++;
        }

        var quoteVector = Vector128.Create(quote);
        var stopFlag = quote == (byte)'"' ? FStopDouble : FStopSingle;
        int valueOffset = p - _ts, valueLength, scratchStart = _scratchLength;
        var rawValueOffset = valueOffset;
        var inScratch = false;
        while (true)
        {
            int i = -1, k = p, end = _end;
            ref var r0 = ref MemoryMarshal.GetArrayDataReference(_buf);
            while (k + 16 <= end)
            {
                var mask = AttributeStopMask(Vector128.LoadUnsafe(ref r0, (nuint)k), quoteVector);
                if (mask != 0)
                {
                    i = k - p + BitOperations.TrailingZeroCount(mask);
                    break;
                }

                k += 16;
            }

            if (i < 0)
            {
                for (; k < end; k++)
                {
                    if ((Classes[Unsafe.Add(ref r0, k)] & stopFlag) != 0)
                    {
                        i = k - p;
                        break;
                    }
                }
            }

            if (i < 0)
            {
                if (inScratch)
                {
                    AppendScratch(p, _end - p);
                }

                p = _end;
                p = Need(p, 1);
                continue;
            }

            var q = p + i;
            var c = _buf[q];
            if (c == quote)
            {
                if (inScratch)
                {
                    AppendScratch(p, q - p);
                    valueLength = _scratchLength - scratchStart;
                }
                else
                {
                    valueLength = q - _ts - valueOffset;
                }

                p = q + 1;
                break;
            }

            if (c == (byte)'<')
            {
                Fail(CsdFormatError.Malformed, "'<' cannot be used in an attribute value.", q);
            }

            if (!inScratch)
            {
                inScratch = true;
                AppendScratch(_ts + valueOffset, q - _ts - valueOffset);
            }
            else
            {
                AppendScratch(p, q - p);
            }

            p = q;
            if (c == (byte)'&')
            {
                p = DecodeReference(p);
            }
            else
            {
                if (c == (byte)'\r')
                {
                    p = Need(p, 2);
                    p += _buf[p + 1] == (byte)'\n' ? 2 : 1;
                }
                else
                {
                    p++;
                }

                AppendByte((byte)' ');
            }
        }

        if (_attrCount == _attrs.Length)
        {
            Array.Resize(ref _attrs, _attrs.Length * 2);
        }

        ref var a = ref _attrs[_attrCount++];
        a.NameOffset = nameOffset;
        a.NameLength = nameLength;
        a.PrefixLength = prefixLength;
        a.Ns = -1;
        a.ValueInScratch = inScratch;
        a.ValueOffset = inScratch ? scratchStart : valueOffset;
        a.ValueLength = valueLength;
        a.RawValueOffset = rawValueOffset;
        var name = _buf.AsSpan(_ts + nameOffset, nameLength);
        var bit = 1UL << (nameLength + (name[0] * 3) + (name[^1] * 5));
        _attrNameBitTwice |= (_attrNameBits & bit) != 0;
        _attrNameBits |= bit;
        a.IsXmlns = (prefixLength == 0 && nameLength == 5 && name.SequenceEqual("xmlns"u8)) || (prefixLength == 5 && name.StartsWith("xmlns"u8));
        if (a.IsXmlns)
        {
            _anyXmlns = true;
            a.Ns = -2;
        }
        else if (prefixLength > 0)
        {
            _anyPrefixed = true;
        }

        return p;
    }

    private void DeclareNamespaces(int level)
    {
        for (var i = 0; i < _attrCount; i++)
        {
            ref var a = ref _attrs[i];
            if (!a.IsXmlns)
            {
                continue;
            }

            var prefix = a.PrefixLength == 0 ? default : _buf.AsSpan(_ts + a.NameOffset + a.PrefixLength + 1, a.NameLength - a.PrefixLength - 1);
            var value = AttributeValueBytes(i);
            var position = _ts + a.NameOffset;
            if (a.PrefixLength > 0 && value.Length == 0)
            {
                Fail(CsdFormatError.Malformed, "A prefixed namespace declaration cannot be empty.", position);
            }

            if (prefix.SequenceEqual("xmlns"u8))
            {
                Fail(CsdFormatError.Malformed, "The 'xmlns' prefix cannot be declared.", position);
            }

            var isXmlUri = value.SequenceEqual("http://www.w3.org/XML/1998/namespace"u8);
            if (prefix.SequenceEqual("xml"u8) != isXmlUri || value.SequenceEqual("http://www.w3.org/2000/xmlns/"u8))
            {
                Fail(CsdFormatError.Malformed, "The 'xml' and 'xmlns' prefixes and namespaces cannot be bound otherwise.", position);
            }

            NsDecl decl = default;
            for (var j = _nsCount - 1; j >= 0; j--)
            {
                // The strings of an identical declaration are reused.
                if (_ns[j].UriBytes.AsSpan().SequenceEqual(value))
                {
                    decl.Uri = _ns[j].Uri;
                    decl.UriBytes = _ns[j].UriBytes;
                    break;
                }
            }

            if (decl.Uri is null)
            {
                decl.Uri = _nameTable.Add(ToUtf16String(value));
                decl.UriBytes = value.ToArray();
            }

            decl.Prefix = prefix.ToArray();
            decl.PrefixString = prefix.IsEmpty ? string.Empty : _names.Get(prefix);
            decl.Level = level;
            if (_nsCount == _ns.Length)
            {
                Array.Resize(ref _ns, _ns.Length * 2);
            }

            _ns[_nsCount++] = decl;
            _defaultNsCount = -1;
        }
    }

    private int Resolve(ReadOnlySpan<byte> prefix, int position)
    {
        if (prefix.Length == 0)
        {
            if (_defaultNsCount == _nsCount)
            {
                return _defaultNs;
            }

            _defaultNs = -1;
            _defaultNsCount = _nsCount;
            for (var i = _nsCount - 1; i >= 0; i--)
            {
                if (_ns[i].Prefix.Length == 0)
                {
                    _defaultNs = _ns[i].Uri.Length == 0 ? -1 : i;
                    break;
                }
            }

            return _defaultNs;
        }

        for (var i = _nsCount - 1; i >= 0; i--)
        {
            if (_ns[i].Prefix.AsSpan().SequenceEqual(prefix))
            {
                return i;
            }
        }

        Fail(CsdFormatError.Malformed, $"'{ToUtf16String(prefix)}' is an undeclared prefix.", position);
        return -1;
    }

    private void CheckDuplicates()
    {
        var attrs = _attrs;
        if (_attrCount <= 8)
        {
            for (var i = 1; i < _attrCount; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (attrs[j].NameLength == attrs[i].NameLength && _buf[_ts + attrs[j].NameOffset] == _buf[_ts + attrs[i].NameOffset]
                        && _buf.AsSpan(_ts + attrs[j].NameOffset, attrs[j].NameLength).SequenceEqual(_buf.AsSpan(_ts + attrs[i].NameOffset, attrs[i].NameLength)))
                    {
                        Fail(CsdFormatError.Malformed, "An attribute appears twice on the same element.", _ts + attrs[i].NameOffset);
                    }
                }
            }

            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _attrCount; i++)
        {
            if (!seen.Add(ToUtf16String(_buf.AsSpan(_ts + attrs[i].NameOffset, attrs[i].NameLength))))
            {
                Fail(CsdFormatError.Malformed, "An attribute appears twice on the same element.", _ts + attrs[i].NameOffset);
            }
        }
    }

    /// <summary>Two prefixed attributes with the same local name and namespace (different prefixes) are duplicates too.</summary>
    private void CheckExpandedDuplicates()
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < _attrCount; i++)
        {
            if (_attrs[i].IsXmlns)
            {
                continue;
            }

            if (!seen.Add((AttributeNamespace(i), AttributeLocalName(i))))
            {
                Fail(CsdFormatError.Malformed, "An attribute appears twice on the same element.", _ts + _attrs[i].NameOffset);
            }
        }
    }

    private void ParseEndTag(int p)
    {
        // The node stays the one before until the end tag checks out (the path of an error names the element still open).
        p += 2;
        if (_depth == 0)
        {
            Fail(CsdFormatError.Malformed, "An end tag has no matching start tag.", p);
        }

        int d = _depth - 1, offset = _nameStackOffset[d], length = _nameTop - offset;

        // Fast path: the bytes of the open start tag's name, then '>' or white space.
        p = TryNeed(p, length + 1);
        if (p + length + 1 <= _end && _buf.AsSpan(p, length).SequenceEqual(_nameStack.AsSpan(offset, length))
            && (_buf[p + length] == (byte)'>' || (Classes[_buf[p + length]] & FSpace) != 0))
        {
            _nameOffset = p - _ts;
            _nameLength = length;
            _prefixLength = _prefixOfElement[d];
            p += length;
        }
        else
        {
            p = ScanName(p);
            _nameOffset = _scanOffset;
            _nameLength = _scanLength;
            _prefixLength = _scanPrefix;
            if (!_nameStack.AsSpan(offset, length).SequenceEqual(_buf.AsSpan(_ts + _nameOffset, _nameLength)))
            {
                Fail(CsdFormatError.Malformed, $"The end tag '{ToUtf16String(_buf.AsSpan(_ts + _nameOffset, _nameLength))}' does not match the start tag '{ToUtf16String(_nameStack.AsSpan(offset, length))}'.", _ts + 2);
            }
        }

        if (_buf[p] != (byte)'>')
        {
            p = SkipSpace(p);

            if (_buf[p] != (byte)'>')
            {
                Fail(CsdFormatError.Malformed, "'>' was expected to close an end tag.", p);
            }
        }

        p++;
        _token = XmlNodeType.EndElement;
        _nodeDepth = d;
        _nameTop = offset;
        _elementNs = _nsOfElement[d];
        _nodeSpace = _spaceOfElement[d];
        _nodeLang = _langOfElement[d];
        _depth = d;
        _pos = p;
    }

    // ---- Character data ----

    private void ParseText(int p)
    {
        // A text node from its first byte on (an error inside it is located in its element).
        _token = XmlNodeType.Text;
        _nodeDepth = _depth;
        var inScratch = false;
        while (true)
        {
            int i = -1, k = p, end = _end;
            ref var r0 = ref MemoryMarshal.GetArrayDataReference(_buf);
            while (k + 16 <= end)
            {
                var mask = TextStopMask(Vector128.LoadUnsafe(ref r0, (nuint)k));
                if (mask != 0)
                {
                    i = k - p + BitOperations.TrailingZeroCount(mask);
                    break;
                }

                k += 16;
            }

            if (i < 0 && k < end)
            {
                i = _buf.AsSpan(k, end - k).IndexOfAny(TextStops);
                if (i >= 0)
                {
                    i += k - p;
                }
            }

            if (i < 0)
            {
                if (inScratch)
                {
                    AppendScratch(p, _end - p);
                }

                p = _end;
                var ok = Fill(out var shift);
                p -= shift;
                if (!ok)
                {
                    if (_depth > 0)
                    {
                        Fail(CsdFormatError.Truncated, "Unexpected end of file: an element is not closed.", p);
                    }

                    break;
                }

                continue;
            }

            var q = p + i;
            var c = _buf[q];
            if (c == (byte)'<')
            {
                if (inScratch)
                {
                    AppendScratch(p, q - p);
                }

                p = q;
                break;
            }

            if (c == (byte)']')
            {
                if (inScratch)
                {
                    AppendScratch(p, q - p);
                }

                p = q;
                if ((p = TryNeed(p, 3)) + 3 <= _end && _buf[p + 1] == (byte)']' && _buf[p + 2] == (byte)'>')
                {
                    Fail(CsdFormatError.Malformed, "']]>' is not allowed in text.", p);
                }

                if (inScratch)
                {
                    AppendByte((byte)']');
                }

                p++;
                continue;
            }

            if (!inScratch)
            {
                inScratch = true;
                AppendScratch(_ts, q - _ts);
            }
            else
            {
                AppendScratch(p, q - p);
            }

            p = q;
            if (c == (byte)'&')
            {
                p = DecodeReference(p);
            }
            else
            {
                p++;
                if ((p = TryNeed(p, 1)) + 1 <= _end && _buf[p] == (byte)'\n')
                {
                    p++;
                }

                AppendByte((byte)'\n');
            }
        }

        _pos = p;
        _valueOffset = 0;
        if (inScratch)
        {
            _valueInScratch = true;
            _valueLength = _scratchLength;
        }
        else
        {
            _valueLength = p - _ts;
        }

        _nodeDepth = _depth;
        var value = ValueBytes;
        var space = value.Length > 0 && (Classes[value[0]] & FSpace) != 0 && IsAllSpace(value);
        if (!space && _depth == 0)
        {
            // Located at its first character that is not white space.
            var first = _valueInScratch ? 0 : Math.Max(0, value.IndexOfAnyExcept(SpaceBytes));
            Fail(CsdFormatError.Malformed, "Data at the root level is invalid.", _ts + first);
        }

        _nodeSpace = _depth > 0 ? _spaceOfElement[_depth - 1] : XmlSpace.None;
        _nodeLang = _depth > 0 ? _langOfElement[_depth - 1] : 0;
        _token = !space ? XmlNodeType.Text : _nodeSpace == XmlSpace.Preserve ? XmlNodeType.SignificantWhitespace : XmlNodeType.Whitespace;
    }

    private static bool IsAllSpace(ReadOnlySpan<byte> value)
    {
        if (value.Length > 24)
        {
            return value.IndexOfAnyExcept(SpaceBytes) < 0;
        }

        foreach (var b in value)
        {
            if ((Classes[b] & FSpace) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private int DecodeReference(int p)
    {
        p = Need(p, 3);
        if (_buf[p + 1] == (byte)'#')
        {
            int k = 2, radix = 10, value = 0, digits = 0;
            if (_buf[p + 2] == (byte)'x')
            {
                radix = 16;
                k = 3;
            }

            while (true)
            {
                p = Need(p, k + 1);
                var d = _buf[p + k];
                if (d == (byte)';')
                {
                    break;
                }

                var lower = d | 0x20;
                var digit = d is >= (byte)'0' and <= (byte)'9' ? d - '0' : lower is >= 'a' and <= 'f' ? lower - 'a' + 10 : 99;
                if (digit >= radix)
                {
                    Fail(CsdFormatError.Malformed, "A character reference is malformed.", p);
                }

                value = (value * radix) + digit;
                if (value > 0x10FFFF)
                {
                    Fail(CsdFormatError.Malformed, "A character reference is out of the Unicode range.", p);
                }

                digits++;
                k++;
            }

            if (digits == 0 || !(value is 9 or 10 or 13 or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or >= 0x10000))
            {
                Fail(CsdFormatError.Malformed, "A character reference names a character not allowed in XML.", p);
            }

            ScratchRoom(4);
            _scratchLength += new Rune(value).EncodeToUtf8(_scratch.AsSpan(_scratchLength));
            return p + k + 1;
        }

        var n = 1;
        while (true)
        {
            p = Need(p, n + 1);
            if (_buf[p + n] == (byte)';')
            {
                break;
            }

            if (n > 5)
            {
                Fail(CsdFormatError.Malformed, "A reference to an undeclared entity (only &lt; &gt; &amp; &quot; &apos; exist without a DTD).", p);
            }

            n++;
        }

        var name = _buf.AsSpan(p + 1, n - 1);
        var c = name.SequenceEqual("amp"u8) ? (byte)'&'
            : name.SequenceEqual("lt"u8) ? (byte)'<'
            : name.SequenceEqual("gt"u8) ? (byte)'>'
            : name.SequenceEqual("quot"u8) ? (byte)'"'
            : name.SequenceEqual("apos"u8) ? (byte)'\''
            : (byte)0;
        if (c == 0)
        {
            Fail(CsdFormatError.Malformed, "A reference to an undeclared entity (only &lt; &gt; &amp; &quot; &apos; exist without a DTD).", p);
        }

        AppendByte(c);
        return p + n + 1;
    }

    // ---- Comments, CDATA, processing instructions, DOCTYPE ----

    private bool ParseBang(int p)
    {
        p = Need(p, 4);
        if (_buf[p + 2] == (byte)'-' && _buf[p + 3] == (byte)'-')
        {
            _pos = SkipComment(p + 4);
            return false;
        }

        p = Need(p, 9);
        var head = _buf.AsSpan(p, 9);
        if (head.SequenceEqual("<!DOCTYPE"u8))
        {
            Fail(CsdFormatError.DtdProhibited, "A DTD (DOCTYPE) is prohibited in this document.", p + 2);
        }

        if (!head.SequenceEqual("<![CDATA["u8))
        {
            Fail(CsdFormatError.Malformed, "Unexpected markup after '<!'.", p + 1);
        }

        if (_depth == 0)
        {
            Fail(CsdFormatError.Malformed, "A CDATA section is not allowed outside the root element.", p);
        }

        p += 9;
        var contentOffset = p - _ts;
        while (true)
        {
            var i = _buf.AsSpan(p, _end - p).IndexOf("]]>"u8);
            if (i >= 0)
            {
                int q = p + i, start = _ts + contentOffset;
                var content = _buf.AsSpan(start, q - start);
                _valueOffset = contentOffset;
                _valueLength = content.Length;
                if (content.Contains((byte)'\r'))
                {
                    ScratchRoom(content.Length);
                    var w = 0;
                    for (var j = 0; j < content.Length; j++)
                    {
                        var b = content[j];
                        if (b == (byte)'\r')
                        {
                            b = (byte)'\n';
                            if (j + 1 < content.Length && content[j + 1] == (byte)'\n')
                            {
                                j++;
                            }
                        }

                        _scratch[w++] = b;
                    }

                    _valueInScratch = true;
                    _valueOffset = 0;
                    _valueLength = _scratchLength = w;
                }

                _pos = q + 3;
                _token = XmlNodeType.CDATA;
                _nodeDepth = _depth;
                _nodeSpace = _spaceOfElement[_depth - 1];
                _nodeLang = _langOfElement[_depth - 1];
                return true;
            }

            p = Math.Max(p, _end - 2);
            var ok = Fill(out var shift);
            p -= shift;
            if (!ok)
            {
                Fail(CsdFormatError.Truncated, "Unexpected end of file in a CDATA section.", p);
            }
        }
    }

    private int SkipComment(int p)
    {
        while (true)
        {
            var i = _buf.AsSpan(p, _end - p).IndexOf("--"u8);
            if (i >= 0)
            {
                p += i;
                p = Need(p, 3);
                if (_buf[p + 2] != (byte)'>')
                {
                    Fail(CsdFormatError.Malformed, "'--' is not allowed inside a comment.", p);
                }

                return p + 3;
            }

            p = Math.Max(p, _end - 1);
            var ok = Fill(out var shift);
            p -= shift;
            if (!ok)
            {
                Fail(CsdFormatError.Truncated, "Unexpected end of file in a comment.", p);
            }
        }
    }

    private int SkipProcessingInstruction(int p)
    {
        p += 2;
        p = ScanName(p);
        int offset = _scanOffset, length = _scanLength, prefixLength = _scanPrefix;
        var target = _buf.AsSpan(_ts + offset, length);
        if (length == 3 && (target[0] | 0x20) == 'x' && (target[1] | 0x20) == 'm' && (target[2] | 0x20) == 'l')
        {
            Fail(CsdFormatError.Malformed, "Unexpected XML declaration: it must be the first thing in the document.", _ts + 2);
        }

        if (prefixLength > 0)
        {
            Fail(CsdFormatError.Malformed, "A processing instruction target cannot hold ':'.", _ts + 2);
        }

        p = Need(p, 2);
        if (_buf[p] == (byte)'?' && _buf[p + 1] == (byte)'>')
        {
            return p + 2;
        }

        if ((Classes[_buf[p]] & FSpace) == 0)
        {
            Fail(CsdFormatError.Malformed, "White space was expected after a processing instruction target.", p);
        }

        while (true)
        {
            var i = _buf.AsSpan(p, _end - p).IndexOf("?>"u8);
            if (i >= 0)
            {
                return p + i + 2;
            }

            p = Math.Max(p, _end - 1);
            var ok = Fill(out var shift);
            p -= shift;
            if (!ok)
            {
                Fail(CsdFormatError.Truncated, "Unexpected end of file in a processing instruction.", p);
            }
        }
    }

    // ---- Positions and errors ----

    private (int Line, int Column) ResolveMark()
    {
        if (!_markKnown)
        {
            if (_markAt < _base)
            {
                return (0, 0);
            }

            var (line, column) = LineInfoAt((int)(_markAt - _base));
            _markLine = (int)Math.Min(int.MaxValue, line);
            _markColumn = (int)Math.Min(int.MaxValue, column);
            _markKnown = true;
        }

        return (_markLine, _markColumn);
    }

    /// <summary>The line and the column (UTF-16 characters) of a buffer position.</summary>
    private (long Line, long Column) LineInfoAt(int position)
    {
        position = Math.Clamp(position, 0, _rawEnd);
        long line, column;
        bool prevCr;
        int from;
        if (_lastAt >= _base && _lastAt <= _base + position)
        {
            from = (int)(_lastAt - _base);
            line = _lastLine;
            column = _lastColumn;
            prevCr = _lastPrevCr;
        }
        else
        {
            from = 0;
            line = _baseLine;
            column = _baseColumn;
            prevCr = _basePrevCr;
        }

        CountLines(_buf.AsSpan(from, position - from), ref line, ref column, ref prevCr);
        _lastAt = _base + position;
        _lastLine = line;
        _lastColumn = column;
        _lastPrevCr = prevCr;
        return (line, column);
    }

    /// <summary>
    /// <see cref="CountLines"/> for bytes already validated (whole UTF-8 sequences, XML characters): line feeds and the
    /// UTF-16 length are counted in one pass, and a carriage return anywhere falls back to the general count.
    /// </summary>
    private static void CountValidatedLines(ReadOnlySpan<byte> span, ref long line, ref long column, ref bool prevCr)
    {
        if (span.IsEmpty || (prevCr && span[0] == (byte)'\n'))
        {
            CountLines(span, ref line, ref column, ref prevCr);
            return;
        }

        // A UTF-8 sequence is one UTF-16 unit, two for the four-byte ones: the length less the continuation bytes
        // (10xxxxxx), plus the four-byte lead bytes (11110xxx).
        ref var r0 = ref MemoryMarshal.GetReference(span);
        nuint i = 0, length = (nuint)span.Length;
        long lineFeeds = 0, continuations = 0, fourByteLeads = 0;
        var anyCarriageReturn = false;
        if (Vector256.IsHardwareAccelerated)
        {
            var carriageReturns = Vector256<byte>.Zero;
            for (; i + 32 <= length; i += 32)
            {
                var v = Vector256.LoadUnsafe(ref r0, i);
                lineFeeds += BitOperations.PopCount(Vector256.Equals(v, Vector256.Create((byte)'\n')).ExtractMostSignificantBits());
                carriageReturns |= Vector256.Equals(v, Vector256.Create((byte)'\r'));
                continuations += BitOperations.PopCount(Vector256.Equals(v & Vector256.Create((byte)0xC0), Vector256.Create((byte)0x80)).ExtractMostSignificantBits());
                fourByteLeads += BitOperations.PopCount(Vector256.GreaterThan(v, Vector256.Create((byte)0xEF)).ExtractMostSignificantBits());
            }

            anyCarriageReturn = carriageReturns != Vector256<byte>.Zero;
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var carriageReturns = Vector128<byte>.Zero;
            for (; i + 16 <= length; i += 16)
            {
                var v = Vector128.LoadUnsafe(ref r0, i);
                lineFeeds += BitOperations.PopCount(Vector128.Equals(v, Vector128.Create((byte)'\n')).ExtractMostSignificantBits());
                carriageReturns |= Vector128.Equals(v, Vector128.Create((byte)'\r'));
                continuations += BitOperations.PopCount(Vector128.Equals(v & Vector128.Create((byte)0xC0), Vector128.Create((byte)0x80)).ExtractMostSignificantBits());
                fourByteLeads += BitOperations.PopCount(Vector128.GreaterThan(v, Vector128.Create((byte)0xEF)).ExtractMostSignificantBits());
            }

            anyCarriageReturn = carriageReturns != Vector128<byte>.Zero;
        }

        for (; i < length; i++)
        {
            var b = Unsafe.Add(ref r0, i);
            lineFeeds += b == (byte)'\n' ? 1 : 0;
            anyCarriageReturn |= b == (byte)'\r';
            continuations += (b & 0xC0) == 0x80 ? 1 : 0;
            fourByteLeads += b > 0xEF ? 1 : 0;
        }

        if (anyCarriageReturn)
        {
            CountLines(span, ref line, ref column, ref prevCr);
            return;
        }

        if (lineFeeds == 0)
        {
            column += span.Length - continuations + fourByteLeads;
        }
        else
        {
            line += lineFeeds;
            column = 1 + Utf16Length(span[(span.LastIndexOf((byte)'\n') + 1)..]);
        }

        prevCr = false;
    }

    private static void CountLines(ReadOnlySpan<byte> span, ref long line, ref long column, ref bool prevCr)
    {
        if (span.IsEmpty)
        {
            return;
        }

        if (prevCr && span[0] == (byte)'\n')
        {
            // The second half of a CR LF split between two calls.
            span = span[1..];
            prevCr = false;
        }

        if (!span.Contains((byte)'\r'))
        {
            var lines = span.Count((byte)'\n');
            if (lines == 0)
            {
                column += Utf16Length(span);
            }
            else
            {
                line += lines;
                column = 1 + Utf16Length(span[(span.LastIndexOf((byte)'\n') + 1)..]);
            }

            if (!span.IsEmpty)
            {
                prevCr = false;
            }

            return;
        }

        while (true)
        {
            var i = span.IndexOfAny((byte)'\n', (byte)'\r');
            if (i < 0)
            {
                if (span.Length > 0)
                {
                    column += Utf16Length(span);
                    prevCr = false;
                }

                return;
            }

            if (i > 0)
            {
                column += Utf16Length(span[..i]);
                prevCr = false;
            }

            var c = span[i];
            if (c == (byte)'\n' && prevCr)
            {
                prevCr = false;
            }
            else
            {
                line++;
                column = 1;
                prevCr = c == (byte)'\r';
            }

            span = span[(i + 1)..];
        }
    }

    // Bytes in the buffer are complete sequences, except possibly at the very end of what was read: those count as one each.
    private static int Utf16Length(ReadOnlySpan<byte> span) =>
        Ascii.IsValid(span) ? span.Length : Encoding.UTF8.GetCharCount(span);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fail(CsdFormatError kind, string message, int position)
    {
        _readState = ReadState.Error;
        var (line, column) = LineInfoAt(position);
        throw new Utf8XmlException(kind, message, (int)Math.Min(int.MaxValue, line), (int)Math.Min(int.MaxValue, column));
    }

    private struct Attr
    {
        public int NameOffset;
        public int NameLength;
        public int PrefixLength;
        public int ValueOffset;
        public int ValueLength;
        public int RawValueOffset;
        public int Ns;
        public bool ValueInScratch;
        public bool IsXmlns;
    }

    private struct NsDecl
    {
        public byte[] Prefix;
        public string PrefixString;
        public byte[] UriBytes;
        public string Uri;
        public int Level;
    }

    /// <summary>Names as strings, one per distinct UTF-8 name, each the name table's instance.</summary>
    private sealed class NameCache(XmlNameTable table)
    {
        private Entry[] _entries = new Entry[256];
        private int _count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public string Get(ReadOnlySpan<byte> bytes)
        {
            var hash = Hash(bytes);
            var entries = _entries;
            var mask = entries.Length - 1;
            var i = hash & mask;
            while (true)
            {
                ref var entry = ref entries[i];
                if (entry.Value is null)
                {
                    return Add(bytes, hash);
                }

                if (entry.Hash == hash && entry.Key.AsSpan().SequenceEqual(bytes))
                {
                    return entry.Value;
                }

                i = (i + 1) & mask;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            // The first and the last 8 (or 4) bytes, overlapping for short names: enough to tell names apart, in two reads.
            ulong h;
            ref var first = ref MemoryMarshal.GetReference(bytes);
            var length = bytes.Length;
            if (length >= 8)
            {
                h = Unsafe.ReadUnaligned<ulong>(ref first) ^ (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, length - 8)) * 0x9E3779B97F4A7C15UL);
            }
            else if (length >= 4)
            {
                h = Unsafe.ReadUnaligned<uint>(ref first) | ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, length - 4)) << 32);
            }
            else
            {
                h = 0;
                for (var i = 0; i < length; i++)
                {
                    h = (h << 8) | Unsafe.Add(ref first, i);
                }
            }

            h ^= (ulong)bytes.Length * 0xC2B2AE3D27D4EB4FUL;
            h *= 0x9E3779B97F4A7C15UL;
            return (int)(h >> 33);
        }

        private string Add(ReadOnlySpan<byte> bytes, int hash)
        {
            var value = table.Add(ToUtf16String(bytes));
            if (_count >= MaxCachedNames)
            {
                return value;
            }

            if ((_count + 1) * 2 > _entries.Length)
            {
                var old = _entries;
                _entries = new Entry[old.Length * 2];
                foreach (var entry in old)
                {
                    if (entry.Value is not null)
                    {
                        Insert(entry);
                    }
                }
            }

            Insert(new Entry { Key = bytes.ToArray(), Value = value, Hash = hash });
            _count++;
            return value;
        }

        private void Insert(Entry entry)
        {
            var mask = _entries.Length - 1;
            var i = entry.Hash & mask;
            while (_entries[i].Value is not null)
            {
                i = (i + 1) & mask;
            }

            _entries[i] = entry;
        }

        private struct Entry
        {
            public byte[] Key;
            public string? Value;
            public int Hash;
        }
    }
}

/// <summary>An XML error found by <see cref="Utf8XmlReader"/>, with the kind of <see cref="CsdFormatError"/> it is.</summary>
internal sealed class Utf8XmlException : XmlException
{
    public Utf8XmlException(CsdFormatError kind, string message, int lineNumber, int linePosition)
        : base(message, null, lineNumber, linePosition)
    {
        Kind = kind;
    }

    /// <summary>The kind of format error.</summary>
    public CsdFormatError Kind { get; }
}
