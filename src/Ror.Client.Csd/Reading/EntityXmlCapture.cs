using System.Buffers;
using System.Text;
using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// Keeps the bytes of a UTF-8 document as the XML reader consumes them, and cuts out each directory entity exactly
/// as it was read, wrapped into a stand-alone CSD document (<see cref="CsdReaderOptions.CaptureEntityXml"/>).
/// </summary>
/// <remarks>
/// The XML reader reports positions as a line and a column counted in UTF-16 characters. The capture maps them to
/// byte offsets by walking the consumed bytes forward from the last position it mapped (line breaks as the reader
/// counts them: LF, CR LF, CR; UTF-8 sequences as one or two characters), so every byte is looked at once. A cut is
/// kept only when it checks out: it starts with <c>&lt;</c> and the element's qualified name, and ends with its end
/// tag (or <c>/&gt;</c> for an empty element); a comment or a processing instruction right after an entity leaves that
/// entity without captured XML. A document that is not UTF-8 is not captured; a directory whose entities cannot be
/// wrapped (another default namespace, <c>xml:space</c>, <c>xml:lang</c>), a directory item larger than
/// <see cref="MaxHeldBytes"/> or a position that does not map stops the capture for the rest of the document, so the
/// bytes kept stay bounded. Nothing is ever cut wrong.
/// </remarks>
internal sealed class EntityXmlCapture : IDisposable
{
    /// <summary>The most bytes held between two releases; beyond, the capture stops for the rest of the document.</summary>
    internal const int MaxHeldBytes = 64 * 1024 * 1024;

    /// <summary>The longest element name (in UTF-8 bytes) a cut is checked against; longer ones are not captured.</summary>
    private const int MaxNameBytes = 1024;

    private static readonly string[] DirectoryNames =
    [
        CsdNames.OrganizationDirectory, CsdNames.ServiceDirectory, CsdNames.FacilityDirectory, CsdNames.ProviderDirectory, CsdNames.DeviceDirectory,
    ];

    /// <summary>Buffers up to this size come from the shared pool; a larger one (a huge directory item) is left to the GC.</summary>
    private const int PooledMaximum = 1024 * 1024;

    // The bytes kept: _held[0.._length) starts at offset _origin of the document; the first _released of them are no longer
    // needed, and are dropped when more room is needed (not at each entity: that moved the read-ahead kept after each one).
    private byte[] _held = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;
    private int _released;
    private long _origin;

    // The last position mapped: its byte offset, and the reader's line and column there.
    private long _anchor;
    private int _anchorLine = 1;
    private int _anchorColumn = 1;
    private bool _started;
    private bool _stopped;

    // With CsdReaderOptions.ReuseEntityXmlBuffer: the buffer each entity's XML is written into, and its generation,
    // advanced whenever the bytes in it stop being the last entity's (the next entity, the end).
    private bool _reuseBuffer;
    private byte[] _reused = [];
    private int _generation;

    // The wrapper of the directory being read, null when its entities cannot be wrapped.
    private byte[]? _prefix;
    private byte[]? _suffix;

    // The entity being read.
    private long _entityStart = -1;
    // The entity's qualified name in UTF-8 (checked at both ends of the cut), in a buffer reused from entity to entity.
    private readonly byte[] _entityName = new byte[MaxNameBytes];
    private int _entityNameLength;
    private bool _entityEmpty;

    /// <summary>Creates a capture for a document whose first bytes are <paramref name="head"/>, or null when it is not UTF-8.</summary>
    public static EntityXmlCapture? ForDocument(ReadOnlySpan<byte> head, bool reuseBuffer = false) =>
        IsUtf8(head) ? new EntityXmlCapture { _reuseBuffer = reuseBuffer } : null;

    /// <summary>The XML of <paramref name="entity"/> as read, when it was captured.</summary>
    /// <exception cref="InvalidOperationException">It was written into a reused buffer that has moved on since.</exception>
    public static bool TryGet(CsdEntity entity, out ReadOnlyMemory<byte> xml)
    {
        switch (entity.CapturedXml)
        {
            case byte[] bytes:
                xml = bytes;
                return true;
            case EntityXmlCapture capture:
                var (length, generation) = entity.CapturedInReusedBuffer;
                if (generation != capture._generation)
                {
                    throw new InvalidOperationException(
                        "The entity's XML was read into a buffer reused from entity to entity (CsdReaderOptions.ReuseEntityXmlBuffer), and the reader has moved on since: read it before asking for the next entity, or read without reusing the buffer.");
                }

                xml = capture._reused.AsMemory(0, length);
                return true;
            default:
                xml = default;
                return false;
        }
    }

    /// <summary>Keeps bytes just handed to the XML reader.</summary>
    public void Append(ReadOnlySpan<byte> consumed)
    {
        if (_stopped || consumed.IsEmpty)
        {
            return;
        }

        if (_length + consumed.Length > _held.Length)
        {
            if (_released > 0)
            {
                _held.AsSpan(_released, _length - _released).CopyTo(_held);
                _length -= _released;
                _origin += _released;
                _released = 0;
            }

            if ((long)_length + consumed.Length > MaxHeldBytes)
            {
                Stop();
                return;
            }

            if (_length + consumed.Length > _held.Length)
            {
                var size = Math.Min(Math.Max(_held.Length * 2, _length + consumed.Length), MaxHeldBytes);
                var larger = size <= PooledMaximum ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);
                _held.AsSpan(0, _length).CopyTo(larger);
                ReturnHeld();
                _held = larger;
            }
        }

        consumed.CopyTo(_held.AsSpan(_length));
        _length += consumed.Length;
    }

    /// <summary>
    /// On the start tag of a directory: prepares the wrapper of its entities, a <c>CSD</c> root declaring the CSD
    /// namespace as default and the other namespaces in scope, with the four other directories empty.
    /// </summary>
    public void EnterDirectory(XmlReader reader, int directory)
    {
        _prefix = null;
        _suffix = null;
        if (_stopped)
        {
            return;
        }

        // A directory whose entities cannot be wrapped stops the capture: nothing would release the bytes it keeps.
        var scope = reader is IXmlNamespaceResolver resolver && reader.XmlSpace != XmlSpace.Preserve && reader.XmlLang.Length == 0
            ? resolver.GetNamespacesInScope(XmlNamespaceScope.ExcludeXml)
            : null;
        if (scope is null || !scope.TryGetValue(string.Empty, out var defaultNamespace) || defaultNamespace != CsdNames.CsdNamespace)
        {
            Stop();
            return;
        }

        var prefix = new StringBuilder("<CSD xmlns=\"").Append(CsdNames.CsdNamespace).Append('"');
        foreach (var (name, uri) in scope.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (name.Length > 0)
            {
                prefix.Append(" xmlns:").Append(name).Append("=\"").Append(EscapeAttribute(uri)).Append('"');
            }
        }

        prefix.Append('>');
        var suffix = new StringBuilder();
        for (var i = 0; i < DirectoryNames.Length; i++)
        {
            if (i < directory)
            {
                prefix.Append('<').Append(DirectoryNames[i]).Append(" />");
            }
            else if (i == directory)
            {
                prefix.Append('<').Append(DirectoryNames[i]).Append('>');
                suffix.Append("</").Append(DirectoryNames[i]).Append('>');
            }
            else
            {
                suffix.Append('<').Append(DirectoryNames[i]).Append(" />");
            }
        }

        suffix.Append("</CSD>");
        _prefix = Encoding.UTF8.GetBytes(prefix.ToString());
        _suffix = Encoding.UTF8.GetBytes(suffix.ToString());
    }

    /// <summary>On the start tag of an entity, before it is parsed: finds where it starts.</summary>
    public void StartEntity(XmlReader reader)
    {
        _entityStart = -1;

        // The last entity's XML in the reused buffer is no longer to be read, whether or not this one is captured.
        _generation++;
        if (_stopped || _prefix is null)
        {
            return;
        }

        // A position that does not map to the element's start tag means the mapping is lost: stop rather than guess.
        if (!Encoding.UTF8.TryGetBytes(reader.Name, _entityName, out _entityNameLength) || !TryLocate(reader, out var nameOffset)
            || nameOffset < _origin + _released + 1 || !StartsWithTag(nameOffset - 1))
        {
            Stop();
            return;
        }

        var start = nameOffset - 1;
        Release(start);
        _entityStart = start;
        _entityEmpty = reader.IsEmptyElement;
    }

    /// <summary>After an entity was parsed (the reader on the node that follows it): cuts it out and attaches it.</summary>
    public void EndEntity(XmlReader reader, CsdEntity entity)
    {
        var start = _entityStart;
        _entityStart = -1;
        if (start < 0 || _stopped || _prefix is null || _suffix is null || reader.NodeType == XmlNodeType.None)
        {
            return;
        }

        if (!TryLocate(reader, out var next) || next <= start)
        {
            Stop();
            return;
        }

        // The entity's last '>' is the last one before the next node (whose own '<' or '</' holds none).
        var between = Held(start, next);
        var end = between.LastIndexOf((byte)'>');
        if (end < 0)
        {
            Stop();
            return;
        }

        var xml = between[..(end + 1)];
        if (EndsWithEndTag(xml))
        {
            var length = _prefix.Length + xml.Length + _suffix.Length;
            byte[] bytes;
            if (_reuseBuffer)
            {
                if (_reused.Length < length)
                {
                    ReturnReused();
                    _reused = ArrayPool<byte>.Shared.Rent(length);
                }

                bytes = _reused;
                entity.CapturedXml = this;
                entity.CapturedInReusedBuffer = (length, _generation);
            }
            else
            {
                bytes = GC.AllocateUninitializedArray<byte>(length);
                entity.CapturedXml = bytes;
            }

            _prefix.CopyTo(bytes, 0);
            xml.CopyTo(bytes.AsSpan(_prefix.Length));
            _suffix.CopyTo(bytes, _prefix.Length + xml.Length);
        }

        Release(start + end + 1);
    }

    public void Dispose()
    {
        _length = 0;
        _stopped = true;
        ReturnHeld();
        _generation++;
        ReturnReused();
    }

    private void ReturnReused()
    {
        if (_reused.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_reused);
            _reused = [];
        }
    }

    /// <summary>Whether a document is UTF-8: no other byte order mark, no NUL byte in its head, no other declared encoding.</summary>
    internal static bool IsUtf8(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }
        else if (head.Length >= 2 && (head[0] >= 0xFE || head[0] == 0))
        {
            // UTF-16 or UTF-32 byte order marks, or UTF-16/32 without one.
            return false;
        }

        if (head[..Math.Min(head.Length, 4)].Contains((byte)0))
        {
            return false;
        }

        if (!head.StartsWith("<?xml"u8))
        {
            return true;
        }

        var close = head.IndexOf("?>"u8);
        if (close < 0)
        {
            return false;
        }

        var declaration = head[..close];
        var encoding = declaration.IndexOf("encoding"u8);
        if (encoding < 0)
        {
            return true;
        }

        var rest = declaration[(encoding + "encoding".Length)..].TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] != (byte)'=')
        {
            return false;
        }

        rest = rest[1..].TrimStart(" \t\r\n"u8);
        if (rest.IsEmpty || rest[0] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = rest[0];
        rest = rest[1..];
        var length = rest.IndexOf(quote);
        return length >= 0 && Ascii.EqualsIgnoreCase(rest[..length], "utf-8"u8);
    }

    private static string EscapeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static bool IsXmlSpace(byte value) => value is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>Whether <paramref name="xml"/> ends with <c>/&gt;</c> (an empty element) or <c>&lt;/name S? &gt;</c>.</summary>
    private bool EndsWithEndTag(ReadOnlySpan<byte> xml)
    {
        if (_entityEmpty)
        {
            return xml.EndsWith("/>"u8);
        }

        var i = xml.Length - 2;
        while (i >= 0 && IsXmlSpace(xml[i]))
        {
            i--;
        }

        var name = _entityName.AsSpan(0, _entityNameLength);
        var end = xml[..(i + 1)];
        return end.EndsWith(name) && end[..^name.Length].EndsWith("</"u8);
    }

    private ReadOnlySpan<byte> Held(long from, long to) => _held.AsSpan((int)(from - _origin), (int)(to - from));

    private bool StartsWithTag(long start)
    {
        var name = _entityName.AsSpan(0, _entityNameLength);
        if (start + 1 + name.Length + 1 > _origin + _length)
        {
            return false;
        }

        var held = Held(start, start + 1 + name.Length + 1);
        var after = held[^1];
        return held[0] == (byte)'<' && held[1..^1].SequenceEqual(name) && (IsXmlSpace(after) || after is (byte)'>' or (byte)'/');
    }

    /// <summary>Marks the bytes before <paramref name="offset"/> (which must not precede the anchor) as no longer needed.</summary>
    private void Release(long offset)
    {
        var drop = (int)(offset - _origin);
        if (drop > _released)
        {
            _released = drop;
        }
    }

    private void Stop()
    {
        _stopped = true;
        _length = 0;
        _released = 0;
        _prefix = null;
        _suffix = null;
        ReturnHeld();
    }

    private void ReturnHeld()
    {
        var held = _held;
        _held = [];
        if (held.Length > 0 && held.Length <= PooledMaximum)
        {
            ArrayPool<byte>.Shared.Return(held);
        }
    }

    /// <summary>
    /// The byte offset of the reader's current node: where <see cref="Utf8XmlReader"/> says it starts (one byte after its
    /// <c>&lt;</c>, as the framework reader's position points at a tag's name), or where the framework reader's line and
    /// column map to.
    /// </summary>
    private bool TryLocate(XmlReader reader, out long offset)
    {
        if (reader is Utf8XmlReader utf8)
        {
            offset = utf8.TokenByteOffset + (reader.NodeType == XmlNodeType.Element ? 1 : 0);
            return true;
        }

        offset = -1;
        return reader is IXmlLineInfo info && info.HasLineInfo() && TryMap(info.LineNumber, info.LinePosition, out offset);
    }

    /// <summary>Maps the reader's line and column to a byte offset, moving the anchor there.</summary>
    private bool TryMap(int line, int column, out long offset)
    {
        offset = -1;
        if (_stopped)
        {
            return false;
        }

        if (!_started)
        {
            _started = true;
            if (_length >= 3 && _held.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                _anchor = _origin + 3;
            }
        }

        if (line < _anchorLine)
        {
            return false;
        }

        var position = (int)(_anchor - _origin);
        var held = _held.AsSpan(0, _length);
        var currentLine = _anchorLine;
        var anchorColumn = _anchorColumn;

        // Line breaks up to the line asked for.
        while (currentLine < line)
        {
            var next = held[position..].IndexOfAny((byte)'\n', (byte)'\r');
            if (next < 0)
            {
                return false;
            }

            position += next;
            if (held[position] == (byte)'\r' && position + 1 < held.Length && held[position + 1] == (byte)'\n')
            {
                position++;
            }
            else if (held[position] == (byte)'\r' && position + 1 >= held.Length)
            {
                // A CR at the very end: whether an LF follows is not known yet.
                return false;
            }

            position++;
            currentLine++;
            anchorColumn = 1;
        }

        // Then characters along the line (UTF-16 units, as the reader counts them; the subtraction wraps with them on
        // lines longer than int.MaxValue characters).
        var characters = unchecked((uint)(column - anchorColumn));
        while (characters > 0)
        {
            var rest = held[position..];
            var ascii = rest.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                ascii = rest.Length;
            }

            if ((uint)ascii >= characters)
            {
                position += (int)characters;
                characters = 0;
                break;
            }

            position += ascii;
            characters -= (uint)ascii;
            if (position >= held.Length)
            {
                return false;
            }

            var lead = held[position];
            var (bytes, units) = lead switch
            {
                >= 0xF0 => (4, 2u),
                >= 0xE0 => (3, 1u),
                >= 0xC0 => (2, 1u),
                _ => (1, 1u),
            };
            if (units > characters || position + bytes > held.Length)
            {
                return false;
            }

            position += bytes;
            characters -= units;
        }

        if (position > held.Length)
        {
            return false;
        }

        _anchor = _origin + position;
        _anchorLine = line;
        _anchorColumn = column;
        offset = _anchor;
        return true;
    }
}
