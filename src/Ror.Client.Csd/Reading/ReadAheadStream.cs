using System.Buffers;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// A read-only forward stream over another one that keeps a read-ahead buffer: it lets the reader peek
/// at the first bytes of a non-seekable input, fill the buffer asynchronously before parsing one entity
/// synchronously, count the bytes delivered and enforce a limit on them. An input already in memory is read directly
/// once its first bytes are peeked at (<see cref="ReadDirectly"/>). The buffer is rented from
/// <see cref="ArrayPool{T}.Shared"/> and returned on dispose, so that a document costs no buffer allocation.
/// </summary>
internal sealed class ReadAheadStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private Action<long>? _checkTotal;
    private readonly int _capacity;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _innerEnded;
    private long _total;
    private bool _direct;

    /// <param name="inner">The stream read from.</param>
    /// <param name="bufferSize">The read-ahead buffer size.</param>
    /// <param name="leaveOpen">Whether disposing this stream leaves <paramref name="inner"/> open.</param>
    /// <param name="checkTotal">Called with the total count of bytes read from <paramref name="inner"/> after every read; throws to stop.</param>
    public ReadAheadStream(Stream inner, int bufferSize, bool leaveOpen, Action<long>? checkTotal)
    {
        _inner = inner;
        _leaveOpen = leaveOpen;
        _checkTotal = checkTotal;
        _capacity = bufferSize;
        _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    /// <summary>Called with the total count of bytes read after every read; throws to stop.</summary>
    public Action<long>? CheckTotal
    {
        get => _checkTotal;
        set => _checkTotal = value;
    }

    /// <summary>Keeps a copy of the bytes consumed, when entity XML is captured.</summary>
    public EntityXmlCapture? Capture { get; set; }

    /// <summary>The count of bytes read from the inner stream so far.</summary>
    public long TotalRead => _total;

    /// <summary>The count of bytes buffered and not yet consumed.</summary>
    public int Buffered => _end - _start;

    /// <summary>The buffer capacity.</summary>
    public int Capacity => _capacity;

    /// <summary>Whether the inner stream has ended and every byte has been consumed.</summary>
    public bool Ended => _innerEnded && _start == _end;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Returns up to <paramref name="count"/> next bytes without consuming them (fewer at the end of the input).</summary>
    public async ValueTask<ReadOnlyMemory<byte>> PeekAsync(int count, CancellationToken cancellationToken)
    {
        await FillAsync(count, cancellationToken).ConfigureAwait(false);
        return _buffer.AsMemory(_start, Math.Min(count, _end - _start));
    }

    /// <summary>
    /// From now on, reads straight from the inner stream once the buffered bytes are consumed, and does not read ahead:
    /// for an inner stream that is already in memory, whose reads never wait, the read-ahead would only copy every byte once more.
    /// </summary>
    public void ReadDirectly() => _direct = true;

    /// <summary>Reads ahead until at least <paramref name="minimum"/> bytes (at most the capacity) are buffered, or the input ends.</summary>
    public async ValueTask FillAsync(int minimum, CancellationToken cancellationToken)
    {
        minimum = Math.Min(minimum, _capacity);
        if (_direct || _end - _start >= minimum || _innerEnded)
        {
            return;
        }

        Compact();
        while (_end - _start < minimum && !_innerEnded)
        {
            var read = await _inner.ReadAsync(_buffer.AsMemory(_end, _capacity - _end), cancellationToken).ConfigureAwait(false);
            Advance(read);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_start == _end)
        {
            if (_innerEnded || buffer.IsEmpty)
            {
                return 0;
            }

            if (_direct)
            {
                return ReadInner(buffer);
            }

            // The read-ahead ran dry in the middle of a synchronous parse: read on synchronously.
            Compact();
            Advance(_inner.Read(_buffer.AsSpan(_end, _capacity - _end)));
        }

        return Consume(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_start == _end)
        {
            if (_innerEnded || buffer.IsEmpty)
            {
                return 0;
            }

            if (_direct)
            {
                return ReadInner(buffer.Span);
            }

            Compact();
            Advance(await _inner.ReadAsync(_buffer.AsMemory(_end, _capacity - _end), cancellationToken).ConfigureAwait(false));
        }

        return Consume(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (!_leaveOpen)
            {
                _inner.Dispose();
            }

            ReturnBuffer();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_leaveOpen)
        {
            await _inner.DisposeAsync().ConfigureAwait(false);
        }

        ReturnBuffer();
        await base.DisposeAsync().ConfigureAwait(false);
    }

    // After dispose the stream is empty and ended: a late read returns 0 instead of touching a buffer that is no longer ours.
    private void ReturnBuffer()
    {
        var buffer = _buffer;
        if (buffer.Length == 0)
        {
            return;
        }

        _buffer = [];
        _start = 0;
        _end = 0;
        _innerEnded = true;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private int ReadInner(Span<byte> destination)
    {
        var read = Count(_inner.Read(destination));
        Capture?.Append(destination[..read]);
        return read;
    }

    private int Consume(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, _end - _start);
        var consumed = _buffer.AsSpan(_start, count);
        consumed.CopyTo(destination);
        Capture?.Append(consumed);
        _start += count;
        return count;
    }

    private void Advance(int read) => _end += Count(read);

    /// <summary>Counts bytes just read from the inner stream against the limit (none: it has ended); returns them.</summary>
    private int Count(int read)
    {
        if (read == 0)
        {
            _innerEnded = true;
            return 0;
        }

        _total += read;
        _checkTotal?.Invoke(_total);
        return read;
    }

    private void Compact()
    {
        if (_start == 0)
        {
            return;
        }

        var count = _end - _start;
        if (count > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, count);
        }

        _start = 0;
        _end = count;
    }
}
