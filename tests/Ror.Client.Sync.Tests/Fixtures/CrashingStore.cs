using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;

namespace Ror.Client.Sync.Tests.Fixtures;

/// <summary>
/// A store decorator that "kills the process" at the Nth call of one operation, before or after the inner
/// store commits it: from then on every call fails, so nothing after the crash point reaches the database.
/// </summary>
internal sealed class CrashingStore(IRorStore inner, string operation, int failOnCall, bool afterCommit = false) : IRorStore
{
    private int _calls;
    private volatile bool _dead;

    public bool Crashed => _dead;

    private void ThrowIfDead()
    {
        if (_dead)
        {
            throw new SimulatedCrashException("the process is gone");
        }
    }

    private async Task<T> Guard<T>(string name, Func<Task<T>> call)
    {
        ThrowIfDead();
        if (name != operation)
        {
            return await call();
        }

        var number = Interlocked.Increment(ref _calls);
        if (number == failOnCall && !afterCommit)
        {
            _dead = true;
            throw new SimulatedCrashException($"before {name} #{number}");
        }

        var result = await call();
        if (number == failOnCall)
        {
            _dead = true;
            throw new SimulatedCrashException($"after {name} #{number}");
        }

        return result;
    }

    private Task Guard(string name, Func<Task> call) => Guard(name, async () =>
    {
        await call();
        return true;
    });

    public Task InitializeAsync(CancellationToken cancellationToken) => Guard(nameof(InitializeAsync), () => inner.InitializeAsync(cancellationToken));

    public Task<RorSyncCheckpoint?> GetCheckpointAsync(CancellationToken cancellationToken) => Guard(nameof(GetCheckpointAsync), () => inner.GetCheckpointAsync(cancellationToken));

    public Task<RorStoreChange> ReplaceEstablishmentAsync(CsdDocument offer, CancellationToken cancellationToken) =>
        Guard(nameof(ReplaceEstablishmentAsync), () => inner.ReplaceEstablishmentAsync(offer, cancellationToken));

    public Task<RorStoreChange> RemoveEstablishmentAsync(string establishmentId, CancellationToken cancellationToken) =>
        Guard(nameof(RemoveEstablishmentAsync), () => inner.RemoveEstablishmentAsync(establishmentId, cancellationToken));

    public Task<RorImportResult> ImportExtractionAsync(IAsyncEnumerable<CsdEntity> entities, RorImportOptions options, CancellationToken cancellationToken) =>
        Guard(nameof(ImportExtractionAsync), () => inner.ImportExtractionAsync(entities, options, cancellationToken));

    public Task<IReadOnlyList<RorSyncRetryEntry>> GetPendingRetriesAsync(CancellationToken cancellationToken) =>
        Guard(nameof(GetPendingRetriesAsync), () => inner.GetPendingRetriesAsync(cancellationToken));

    public Task RecordFailureAsync(string establishmentId, string reason, DateTimeOffset failedAt, CancellationToken cancellationToken) =>
        Guard(nameof(RecordFailureAsync), () => inner.RecordFailureAsync(establishmentId, reason, failedAt, cancellationToken));

    public Task CompleteRunAsync(RorSyncRunRecord run, CancellationToken cancellationToken) =>
        Guard(nameof(CompleteRunAsync), () => inner.CompleteRunAsync(run, cancellationToken));

    public Task<IReadOnlyList<RorSyncRunRecord>> GetHistoryAsync(int count, CancellationToken cancellationToken) =>
        Guard(nameof(GetHistoryAsync), () => inner.GetHistoryAsync(count, cancellationToken));

    public Task<StoredEstablishmentTree?> GetEstablishmentTreeAsync(string establishmentId, RorAccessProfile profile, CancellationToken cancellationToken) =>
        Guard(nameof(GetEstablishmentTreeAsync), () => inner.GetEstablishmentTreeAsync(establishmentId, profile, cancellationToken));

    public Task<CsdDocument?> GetEstablishmentDocumentAsync(string establishmentId, RorAccessProfile profile, CancellationToken cancellationToken) =>
        Guard(nameof(GetEstablishmentDocumentAsync), () => inner.GetEstablishmentDocumentAsync(establishmentId, profile, cancellationToken));

    public Task<IReadOnlyList<StoredInternalOrganization>> FindElementaryUnitsAsync(ElementaryUnitQuery query, RorAccessProfile profile, CancellationToken cancellationToken) =>
        Guard(nameof(FindElementaryUnitsAsync), () => inner.FindElementaryUnitsAsync(query, profile, cancellationToken));

    public Task<RorStoreCounts> GetCountsAsync(CancellationToken cancellationToken) => Guard(nameof(GetCountsAsync), () => inner.GetCountsAsync(cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
