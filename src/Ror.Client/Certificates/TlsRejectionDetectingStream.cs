using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;

namespace Ror.Client.Certificates;

/// <summary>
/// Wraps the TLS stream of a new connection to recognise how a TLS 1.3 server refuses a client certificate: the client
/// considers the handshake complete, then the server closes the connection before sending a single byte. The request
/// that opened the connection is marked, so that the failure is reported as a refusal and not retried as a network error.
/// </summary>
internal sealed class TlsRejectionDetectingStream(SslStream inner, HttpRequestMessage? initialRequest) : Stream
{
    private static readonly HttpRequestOptionsKey<bool> RejectedKey = new("Ror.Client.TlsRejectedAfterHandshake");
    private bool _received;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Whether the connection opened for this request was closed by the server right after a TLS 1.3 handshake.</summary>
    public static bool WasRejected(HttpRequestMessage request) =>
        request.Options.TryGetValue(RejectedKey, out var rejected) && rejected;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AuthenticationException || exception.InnerException is AuthenticationException)
        {
            // A TLS alert from the server. A connection reset is not taken as a refusal: it is a network failure, retried.
            Observe(0);
            throw;
        }

        Observe(read);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Observe(read);
        return read;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Observe(int read)
    {
        if (_received)
        {
            return;
        }

        if (read > 0)
        {
            _received = true;
            return;
        }

        if (inner.SslProtocol == SslProtocols.Tls13 && inner.LocalCertificate is not null && initialRequest is not null)
        {
            initialRequest.Options.Set(RejectedKey, true);
        }
    }
}
