using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Ror.Client.DependencyInjection;

namespace Ror.Client.ReliabilityTests.Load;

/// <summary>Counts the TCP connections the client opens, by wrapping the primary handler's connect callback.</summary>
public sealed class ConnectionCounter
{
    private int _opened;

    public int Opened => Volatile.Read(ref _opened);

    public void Attach(IRorClientBuilder builder) =>
        builder.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler((handler, _) =>
        {
            var sockets = Assert.IsType<SocketsHttpHandler>(handler);
            Assert.Null(sockets.ConnectCallback);
            sockets.ConnectCallback = ConnectAsync;
        });

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            Interlocked.Increment(ref _opened);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
