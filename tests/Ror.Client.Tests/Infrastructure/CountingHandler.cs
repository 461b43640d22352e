using System.Collections.Concurrent;

namespace Ror.Client.Tests.Infrastructure;

/// <summary>A delegating handler that records every request passing through it.</summary>
public sealed class CountingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<(HttpMethod Method, Uri? Uri, string? MediaType)> _seen = new();

    public int Count => _seen.Count;

    public IReadOnlyList<(HttpMethod Method, Uri? Uri, string? MediaType)> Seen => _seen.ToArray();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _seen.Enqueue((request.Method, request.RequestUri, request.Content?.Headers.ContentType?.MediaType));
        return base.SendAsync(request, cancellationToken);
    }
}
