using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Ror.Client.Configuration;
using Ror.Client.Sync.Synchronization;
using Ror.Client.Testing;
using Ror.Client.Testing.Data;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>
/// A real simulator over mutual TLS serving a small dataset that follows a fake clock, and synchronisation nodes (a real
/// client, a <c>SqliteRorStore</c> in a temporary directory, a <c>RorSynchronizer</c>) sharing that clock, so that two
/// nodes driven through the same steps, one with faults and one without, can be compared.
/// </summary>
public sealed class SyncHarness : IAsyncDisposable
{
    /// <summary>Eight establishments: small enough to keep each scenario around a second, enough to fail some and commit others.</summary>
    public static readonly RorDatasetOptions DatasetOptions = new() { Seed = 23, EstablishmentCount = 8 };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ror-reliability-sync", Guid.NewGuid().ToString("N"));
    private readonly List<SyncNode> _nodes = [];

    private SyncHarness(FakeTimeProvider time, SimulatorHarness simulator)
    {
        Time = time;
        Simulator = simulator;
        Directory.CreateDirectory(_directory);
    }

    /// <summary>The clock of the dataset, the stores and the synchronisers (not of the client's retries, which use real time).</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The simulator and its restart.</summary>
    public SimulatorHarness Simulator { get; }

    /// <summary>The running simulator (a new instance after a restart).</summary>
    public RorSimulator Ror => Simulator.Simulator;

    public RorDataset Dataset => Simulator.Dataset;

    public static async Task<SyncHarness> StartAsync()
    {
        var time = new FakeTimeProvider(DatasetOptions.ReferenceNow);
        var dataset = new RorDataset(DatasetOptions, time);
        return new SyncHarness(time, await SimulatorHarness.StartAsync(dataset));
    }

    /// <summary>
    /// A node with its own database file. Its client retries twice (20 ms base delay) with a 10 s attempt timeout and no circuit
    /// breaker unless <paramref name="configure"/> says otherwise; its synchroniser reads one establishment at a time, so that
    /// scripted faults land on known establishments.
    /// </summary>
    public SyncNode CreateNode(
        string name,
        Action<RorClientOptions>? configure = null,
        Action<RorSyncOptions>? sync = null,
        Func<IRorSyncSource, IRorSyncSource>? decorate = null)
    {
        var options = new RorSyncOptions { MaxConcurrency = 1, FullRefreshInterval = null };
        sync?.Invoke(options);
        var node = new SyncNode(Path.Combine(_directory, name + ".db"), Simulator.CreateClient(configure), options, Time, decorate);
        _nodes.Add(node);
        return node;
    }

    /// <summary>
    /// What happens in the ROR between two runs: an hour passes, four establishments are renamed and a new one is added
    /// (all five listed by TR-Notif), another hour passes.
    /// </summary>
    /// <returns>The idNat_Struct of the changed establishments, in the order the synchroniser reads them (ordinal).</returns>
    public IReadOnlyList<string> ChangeTheRor()
    {
        Time.Advance(TimeSpan.FromHours(1));
        var ids = Dataset.DescribeEstablishments().Select(e => e.StructureId).Order(StringComparer.Ordinal).ToList();
        var changed = new List<string>();
        foreach (var id in new[] { ids[0], ids[2], ids[4], ids[6] })
        {
            Dataset.UpdateEstablishment(id, b => b with { Establishment = b.Establishment with { PrimaryName = RenamedName(id) } });
            changed.Add(id);
        }

        changed.Add(Dataset.AddEstablishment(Dataset.Generator.GenerateEstablishment(DatasetOptions.EstablishmentCount)).StructureId);
        Time.Advance(TimeSpan.FromHours(1));
        return [.. changed.Order(StringComparer.Ordinal)];
    }

    /// <summary>The name <see cref="ChangeTheRor"/> gives a renamed establishment.</summary>
    public static string RenamedName(string establishmentId) => "ETABLISSEMENT RENOMME " + establishmentId;

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held on some platforms; the temporary directory is cleaned by the system.
        }
    }
}
