using Microsoft.AspNetCore.Http;

namespace Ror.Client.Testing.Faults;

/// <summary>
/// The stream answers are written to: it accepts synchronous writes (XmlWriter, ZipArchive and GZipStream issue some)
/// by buffering them, moves data to the response only asynchronously (Kestrel forbids synchronous I/O), and applies the
/// body faults (slow drip, abort after N bytes, truncated with a declared length).
/// </summary>
internal sealed class ResponseBodyStream : Stream
{
    private const int DrainThreshold = 16 * 1024;

    private readonly HttpContext _context;
    private readonly InjectedFault? _fault;
    private readonly bool _bufferAll;
    private readonly MemoryStream _buffer = new();
    private long _sent;
    private long _written;

    /// <param name="context">The HTTP exchange.</param>
    /// <param name="fault">A body fault (<see cref="FaultKind.ConnectionReset"/>, <see cref="FaultKind.TruncatedBody"/>,
    /// <see cref="FaultKind.SlowDrip"/>) or <see langword="null"/>; other kinds are ignored here.</param>
    /// <param name="bufferAll">
    /// For <see cref="FaultKind.TruncatedBody"/> without a known length: keep the whole answer, so that
    /// <see cref="CompleteAsync"/> can declare its length before sending part of it.
    /// </param>
    public ResponseBodyStream(HttpContext context, InjectedFault? fault, bool bufferAll = false)
    {
        _context = context;
        _fault = fault is { Kind: FaultKind.ConnectionReset or FaultKind.TruncatedBody or FaultKind.SlowDrip } ? fault : null;
        _bufferAll = bufferAll && _fault?.Kind == FaultKind.TruncatedBody;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    /// <summary>Moves the rest to the response and ends it (truncating when the fault says so).</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_bufferAll)
        {
            long total = _buffer.Length;
            _context.Response.ContentLength = total;
            int count = (int)Math.Min(_fault!.ByteCount, Math.Max(total - 1, 0));
            await _context.Response.Body.WriteAsync(_buffer.GetBuffer().AsMemory(0, count), cancellationToken).ConfigureAwait(false);
            await AbortAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await DrainAsync(cancellationToken).ConfigureAwait(false);
        if (_fault is { Kind: FaultKind.ConnectionReset or FaultKind.TruncatedBody })
        {
            // The answer was shorter than the abort point: abort at its end, so the fault still shows.
            await AbortAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await _context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _buffer.Write(buffer);
        _written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        if (!_bufferAll && _buffer.Length >= DrainThreshold)
        {
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override void Flush()
    {
        // Synchronous flushes are absorbed: the data goes out on the next asynchronous write or flush.
    }

    public override Task FlushAsync(CancellationToken cancellationToken) =>
        _bufferAll ? Task.CompletedTask : DrainAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        ReadOnlyMemory<byte> pending = _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length);
        Stream body = _context.Response.Body;
        switch (_fault?.Kind)
        {
            case FaultKind.SlowDrip:
                for (int offset = 0; offset < pending.Length; offset += _fault.ByteCount)
                {
                    ReadOnlyMemory<byte> chunk = pending.Slice(offset, Math.Min(_fault.ByteCount, pending.Length - offset));
                    await body.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                    await body.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await Task.Delay(_fault.Delay, cancellationToken).ConfigureAwait(false);
                }

                break;

            case FaultKind.ConnectionReset or FaultKind.TruncatedBody:
                long remaining = _fault.ByteCount - _sent;
                if (pending.Length >= remaining)
                {
                    await body.WriteAsync(pending[..(int)remaining], cancellationToken).ConfigureAwait(false);
                    _sent += remaining;
                    _buffer.SetLength(0);
                    await AbortAsync(cancellationToken).ConfigureAwait(false);
                    throw new ResponseAbortedException();
                }

                await body.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
                _sent += pending.Length;
                break;

            default:
                await body.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
                break;
        }

        _buffer.SetLength(0);
    }

    private async Task AbortAsync(CancellationToken cancellationToken)
    {
        await _context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);

        // Give the transport a moment to put the flushed bytes on the wire: an immediate abort may discard them.
        await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        _context.Abort();
    }
}
