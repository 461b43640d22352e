namespace Ror.Client.Testing.Extraction;

/// <summary>
/// Passes on only the bytes of one range of what is written to it (skipping those before, stopping production with
/// <see cref="RangeCompletedException"/> once the range is complete).
/// </summary>
internal sealed class RangeWriteStream(Stream inner, long start, long length) : Stream
{
    private long _position;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        (int skip, int take, bool complete) = Slice(buffer.Length);
        if (take > 0)
        {
            inner.Write(buffer.Slice(skip, take));
        }

        if (complete)
        {
            throw new RangeCompletedException();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        (int skip, int take, bool complete) = Slice(buffer.Length);
        if (take > 0)
        {
            await inner.WriteAsync(buffer.Slice(skip, take), cancellationToken).ConfigureAwait(false);
        }

        if (complete)
        {
            throw new RangeCompletedException();
        }
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private (int Skip, int Take, bool Complete) Slice(int count)
    {
        long end = start + length;
        long chunkStart = _position;
        long chunkEnd = _position + count;
        _position = chunkEnd;
        long from = Math.Max(chunkStart, start);
        long to = Math.Min(chunkEnd, end);
        int take = to > from ? (int)(to - from) : 0;
        int skip = take > 0 ? (int)(from - chunkStart) : 0;
        return (skip, take, chunkEnd >= end);
    }
}
