using System.Buffers;

namespace Ror.Client.Csd;

/// <summary>
/// The in-memory sink an <see cref="System.Xml.XmlWriter"/> writes into when the real destination is written
/// asynchronously: the XML writer stays synchronous (and shared by the sync and async code paths) while the bytes are
/// handed to the destination stream in blocks, asynchronously when asked. Memory is bounded by the flush threshold plus
/// the largest single entity. The array is rented from the shared pool and returned on disposal (a writer per small
/// document, as the sync store's raw CSD uses, then costs no fresh buffer).
/// </summary>
internal sealed class OutputBuffer : Stream
{
    private byte[] _buffer;
    private int _length;

    public OutputBuffer(int initialCapacity)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    public int BufferedBytes => _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > _buffer.Length)
        {
            Grow(_length + buffer.Length);
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>A span of at least <paramref name="sizeHint"/> bytes to write into; <see cref="Advance"/> commits what was written.</summary>
    public Span<byte> GetSpan(int sizeHint)
    {
        if (_buffer.Length - _length < sizeHint)
        {
            Grow(_length + sizeHint);
        }

        return _buffer.AsSpan(_length);
    }

    /// <summary>Commits <paramref name="count"/> bytes written into the span of <see cref="GetSpan"/>.</summary>
    public void Advance(int count) => _length += count;

    /// <summary>Drops the bytes buffered after <paramref name="length"/> (an entity being rewritten).</summary>
    public void Truncate(int length) => _length = length;

    /// <summary>Moves the buffered bytes to <paramref name="destination"/>.</summary>
    public void DrainTo(Stream destination)
    {
        if (_length > 0)
        {
            destination.Write(_buffer, 0, _length);
            _length = 0;
        }
    }

    /// <summary>Moves the buffered bytes to <paramref name="destination"/> asynchronously.</summary>
    public async ValueTask DrainToAsync(Stream destination, CancellationToken cancellationToken)
    {
        if (_length > 0)
        {
            await destination.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken).ConfigureAwait(false);
            _length = 0;
        }
    }

    public override void Flush()
    {
        // The XML writer flushes into this buffer; the owner decides when bytes reach the destination.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            var buffer = _buffer;
            _buffer = [];
            _length = 0;
            if (buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        base.Dispose(disposing);
    }

    private void Grow(int minimum)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, minimum));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        var old = _buffer;
        _buffer = larger;
        if (old.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(old);
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
