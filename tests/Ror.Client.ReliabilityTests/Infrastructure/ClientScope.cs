using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>A service provider holding one ROR client and the captured logs.</summary>
public sealed class ClientScope(ServiceProvider services) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;

    public IRorClient Client => Services.GetRequiredService<IRorClient>();

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
