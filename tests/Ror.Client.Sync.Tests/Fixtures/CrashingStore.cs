using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;

namespace Ror.Client.Sync.Tests.Fixtures;

/// <summary>A store decorator that "dies" at the Nth call of one operation, before or after the inner store commits.</summary>
internal sealed class CrashingStore(IRorStore inner, string operation, int failOnCall, bool afterCommit = false) : IRorStore
{
    private int _calls;

    private async Task<T> Guard<T>(string name, Func<Task<T>> call)
    {
        if (name != operation)
        {
            return await call();
        }

        var number = Interlocked.Increment(ref _calls);
        if (number == failOnCall && !afterCommit)
        {
            throw new SimulatedCrashException($"before {name} #{number}");
        }

        var result = await call();
        if (number == failOnCall)
        {
            throw new SimulatedCrashException($"after {name} #{number}");
        }

        return result;
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<RorSyncCheckpoint?> GetCheckpointAsync(CancellationToken cancellationToken) => inner.GetCheckpointAsync(cancellationToken);

    public Task<RorStoreChange> ReplaceEstablishmentAsync(CsdDocument offer, CancellationToken cancellationToken) =>
        Guard(nameof(ReplaceEstablishmentAsync), () => inner.ReplaceEstablishmentAsync(offer, cancellationToken));

    public Task<RorStoreChange> RemoveEstablishmentAsync(string establishmentId, CancellationToken cancellationToken) =>
        Guard(nameof(RemoveEstablishmentAsync), () => inner.RemoveEstablishmentAsync(establishmentId, cancellationToken));

    public Task<RorImportResult> ImportExtractionAsync(IAsyncEnumerable<UniqueId> entities, RorImportOptions options, CancellationToken cancellationToken) =>
        inner.ImportExtractionAsync(entities, options, cancellationToken);

    public Task<IReadOnlyList<RorSyncRetryEntry>> GetPendingRetriesAsync(CancellationToken cancellationToken) => inner.GetPendingRetriesAsync(cancellationToken);

    public Task RecordFailureAsync(string establishmentId, string reason, DateTimeOffset failedAt, CancellationToken cancellationToken) =>
        Guard(nameof(RecordFailureAsync), async () =>
        {
            await inner.RecordFailureAsync(establishmentId, reason, failedAt, cancellationToken);
            return true;
        });

    public Task CompleteRunAsync(RorSyncRunRecord run, CancellationToken cancellationToken) =>
        Guard(nameof(CompleteRunAsync), async () =>
        {
            await inner.CompleteRunAsync(run, cancellationToken);
            return true;
        });

    public Task<IReadOnlyList<RorSyncRunRecord>> GetHistoryAsync(int count, CancellationToken cancellationToken) => inner.GetHistoryAsync(count, cancellationToken);

    public Task<StoredEstablishmentTree?> GetEstablishmentTreeAsync(string establishmentId, RorAccessProfile profile, CancellationToken cancellationToken) =>
        inner.GetEstablishmentTreeAsync(establishmentId, profile, cancellationToken);

    public Task<IReadOnlyList<StoredInternalOrganization>> FindElementaryUnitsAsync(ElementaryUnitQuery query, RorAccessProfile profile, CancellationToken cancellationToken) =>
        inner.FindElementaryUnitsAsync(query, profile, cancellationToken);

    public Task<RorStoreCounts> GetCountsAsync(CancellationToken cancellationToken) => inner.GetCountsAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
