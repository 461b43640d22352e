namespace Ror.Client.Csd.Tests.Writing;

/// <summary>A write-only stream that keeps nothing: it counts bytes and writes, and remembers the largest write.</summary>
internal sealed class CountingStream : Stream
{
    public long BytesWritten { get; private set; }

    public int Writes { get; private set; }

    public int LargestWrite { get; private set; }

    public int Flushes { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => BytesWritten;

    public override long Position
    {
        get => BytesWritten;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Count(count);

    public override void Write(ReadOnlySpan<byte> buffer) => Count(buffer.Length);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Count(buffer.Length);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Count(count);
        return Task.CompletedTask;
    }

    public override void Flush() => Flushes++;

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flushes++;
        return Task.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Count(int count)
    {
        BytesWritten += count;
        Writes++;
        LargestWrite = Math.Max(LargestWrite, count);
    }
}
