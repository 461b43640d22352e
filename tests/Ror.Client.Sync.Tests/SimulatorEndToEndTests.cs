using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Ror.Client.Configuration;
using Ror.Client.Csd.Access;
using Ror.Client.DependencyInjection;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;
using Ror.Client.Sync.Tests.Fixtures;
using Ror.Client.Testing;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Sync.Tests;

/// <summary>The synchroniser against a real simulator over mutual TLS, through the real client.</summary>
public sealed class SimulatorEndToEndTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Synchronizer_AgainstSimulator_LoadsDatasetFollowsChangesAndDropsRemovals()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var dataset = new RorDataset(new RorDatasetOptions { EstablishmentCount = 12 }, time);
        await using var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(dataset));
        var services = new ServiceCollection();
        services.AddRorClient(options =>
        {
            options.Environment = RorEnvironment.Simulator;
            var environment = new RorEnvironment { SoapEndpoint = simulator.SoapEndpoint, ExtractionEndpoint = simulator.ExtractionEndpoint };
            environment.TrustAnchors.Certificates.Add(simulator.ServerCaCertificate);
            environment.TrustAnchors.RevocationMode = X509RevocationMode.NoCheck;
            options.Environments[RorEnvironment.Simulator] = environment;
            options.ClientCertificate.Certificate = simulator.ClientCertificate;
        });
        await using var provider = services.BuildServiceProvider();
        await using var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = _database.PathOf() }, time);
        using var synchronizer = new RorSynchronizer(new RorClientSyncSource(provider.GetRequiredService<IRorClient>()), store, new RorSyncOptions(), time);

        var load = await synchronizer.RunAsync(null, CancellationToken.None);

        var expected = dataset.DescribeEstablishments().Select(e => e.StructureId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(RorSyncRunKind.FullRefresh, load.Kind);
        Assert.Equal(expected.Count, load.Added);
        foreach (var bundle in dataset.EnumerateEstablishments())
        {
            var tree = await store.GetEstablishmentTreeAsync(bundle.StructureId, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
            Assert.True(tree is not null, $"establishment {bundle.StructureId} must be stored");
            Assert.Equal(bundle.Facilities.Count, tree.InternalOrganizations.Count);
        }

        time.Advance(TimeSpan.FromHours(1));
        var renamed = expected[0];
        var removed = expected[1];
        dataset.UpdateEstablishment(renamed, b => b with { Establishment = b.Establishment with { PrimaryName = "ETABLISSEMENT RENOMME" } });
        dataset.RemoveEstablishment(removed);
        time.Advance(TimeSpan.FromHours(1));

        var incremental = await synchronizer.RunIncrementalAsync(null, CancellationToken.None);

        Assert.Empty(incremental.Failures);
        Assert.Equal("ETABLISSEMENT RENOMME", (await store.GetEstablishmentTreeAsync(renamed, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None))?.Establishment.Name);

        // A removal is not listed by TR-Notif: the periodic full refresh drops it.
        await synchronizer.RunFullRefreshAsync(null, CancellationToken.None);

        Assert.Null(await store.GetEstablishmentTreeAsync(removed, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None));
        Assert.Equal(expected.Count - 1, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
    }
}
