using System.Collections.Concurrent;

namespace Ror.Client.DependencyInjection;

/// <summary>Creates one <see cref="RorClient"/> per registered name, on first use.</summary>
internal sealed class RorClientFactory(RorClientRegistry registry) : IRorClientFactory
{
    private readonly ConcurrentDictionary<string, RorClient> _clients = new(StringComparer.Ordinal);

    public IRorClient CreateClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _clients.GetOrAdd(name, n => new RorClient(registry.Get(n)));
    }
}
