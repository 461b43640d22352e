using Ror.Client.Csd.Access;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>One synchronised installation: a real client, its SQLite store and its synchroniser.</summary>
public sealed class SyncNode : IAsyncDisposable
{
    /// <summary>Entities written per transaction when importing an extraction.</summary>
    public const int ImportBatchSize = 4;

    private readonly ClientScope _client;

    public SyncNode(string path, ClientScope client, RorSyncOptions options, TimeProvider time, Func<IRorSyncSource, IRorSyncSource>? decorate)
    {
        DatabasePath = path;
        _client = client;
        // Small import batches: a broken extraction has already committed some batches to the rebuild file it must discard.
        Store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = path, ImportBatchSize = ImportBatchSize }, time);
        IRorSyncSource source = new RorClientSyncSource(client.Client);
        Synchronizer = new RorSynchronizer(decorate?.Invoke(source) ?? source, Store, options, time);
    }

    public string DatabasePath { get; }

    public SqliteRorStore Store { get; }

    public RorSynchronizer Synchronizer { get; }

    /// <summary>Runs a full refresh (the extraction) under the hang guard; the error, if any, is returned.</summary>
    public Task<Exception?> FullRefreshAsync() => RunAsync(ct => Synchronizer.RunFullRefreshAsync(null, ct));

    /// <summary>Runs an incremental sync under the hang guard; the error, if any, is returned.</summary>
    public Task<Exception?> IncrementalAsync() => RunAsync(ct => Synchronizer.RunIncrementalAsync(null, ct));

    /// <summary>The result of the last successful run started through this node.</summary>
    public RorSyncResult? LastResult { get; private set; }

    public StoreDump Dump() => StoreDump.Read(DatabasePath);

    /// <summary>The stored name of an establishment, or null when it is not stored.</summary>
    public async Task<string?> EstablishmentNameAsync(string establishmentId) =>
        (await Store.GetEstablishmentTreeAsync(establishmentId, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None))?.Establishment.Name;

    public async ValueTask DisposeAsync()
    {
        Synchronizer.Dispose();
        await Store.DisposeAsync();
        await _client.DisposeAsync();
    }

    private async Task<Exception?> RunAsync(Func<CancellationToken, Task<RorSyncResult>> run)
    {
        LastResult = null;
        return await Guard.CaptureAsync(async ct => LastResult = await run(ct), TimeSpan.FromSeconds(90));
    }
}
