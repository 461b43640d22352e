using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Ror.Client.Sync.DependencyInjection;
using Ror.Client.Sync.Hosting;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;
using Ror.Client.Sync.Tests.Fixtures;

namespace Ror.Client.Sync.Tests;

public sealed class HostingTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AddRorSynchronization_HostedServiceStarted_RunsOnceAndLoadsStore()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var ror = new FakeRorSource(time);
        ror.Set(RorFixtures.Offer(1));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IRorSyncSource>(ror);
        services.AddRorSynchronization(options =>
        {
            options.DatabasePath = _database.PathOf();
            options.Interval = TimeSpan.FromHours(1);
        });
        await using var provider = services.BuildServiceProvider();
        var service = Assert.IsType<RorSynchronizationService>(Assert.Single(provider.GetServices<IHostedService>()));

        await service.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (service.LastResult is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await service.StopAsync(CancellationToken.None);
        Assert.Equal(RorSyncRunKind.FullRefresh, service.LastResult?.Kind);
        Assert.Equal(1, (await provider.GetRequiredService<IRorStore>().GetCountsAsync(CancellationToken.None)).Establishments);
    }

    [Fact]
    public async Task AddRorSynchronization_InvalidOptions_FailsValidation()
    {
        var services = new ServiceCollection();
        services.AddRorSynchronization(options => options.MaxConcurrency = 0);
        await using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RorSyncOptions>>().Value);
    }
}
