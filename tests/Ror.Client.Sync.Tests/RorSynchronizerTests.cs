using Microsoft.Extensions.Time.Testing;
using Ror.Client.Csd.Access;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;
using Ror.Client.Sync.Tests.Fixtures;

namespace Ror.Client.Sync.Tests;

public sealed class RorSynchronizerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeRorSource _ror;

    public RorSynchronizerTests()
    {
        _ror = new FakeRorSource(_time);
        for (var number = 1; number <= 4; number++)
        {
            _ror.Set(RorFixtures.Offer(number));
        }

        // Past the safety overlap, so that the first incremental run lists only later changes.
        _time.Advance(TimeSpan.FromHours(1));
    }

    public void Dispose() => _database.Dispose();

    private RorSyncOptions Options { get; } = new() { MaxConcurrency = 2 };

    private SqliteRorStore NewStore(string name = "ror.db") => new(new SqliteRorStoreOptions { DatabasePath = _database.PathOf(name), ImportBatchSize = 4 }, _time);

    private RorSynchronizer NewSynchronizer(IRorStore store, IRorSyncSource? source = null) => new(source ?? _ror, store, Options, _time);

    [Fact]
    public async Task RunAsync_EmptyStore_LoadsExtractionAndSetsCheckpointToRunStart()
    {
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        var phases = new List<RorSyncPhase>();

        var result = await synchronizer.RunAsync(new SynchronousProgress(p => phases.Add(p.Phase)), CancellationToken.None);

        Assert.Equal(RorSyncRunKind.FullRefresh, result.Kind);
        Assert.Equal(4, result.Added);
        Assert.Equal(_time.GetUtcNow(), result.Checkpoint);
        Assert.Equal(result.Checkpoint, (await store.GetCheckpointAsync(CancellationToken.None))?.Value);
        Assert.Equal(4, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
        Assert.Equal(RorSyncPhase.Completed, phases[^1]);
        Assert.Contains(RorSyncPhase.ImportingExtraction, phases);
    }

    [Fact]
    public async Task RunAsync_LoadedStore_RunsIncrementalWithNotifSinceCheckpointMinusOverlap()
    {
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        var load = await synchronizer.RunAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));

        var result = await synchronizer.RunAsync(null, CancellationToken.None);

        Assert.Equal(RorSyncRunKind.Incremental, result.Kind);
        Assert.Equal([load.Checkpoint - Options.SafetyOverlap], _ror.NotifDates);
        Assert.Equal(_time.GetUtcNow(), (await store.GetCheckpointAsync(CancellationToken.None))?.Value);
    }

    [Fact]
    public async Task RunIncrementalAsync_ChangedEstablishment_ReplacesItsSubtree()
    {
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        await synchronizer.RunAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        _ror.Set(RorFixtures.Offer(2, version: 2));
        _time.Advance(TimeSpan.FromHours(1));

        var result = await synchronizer.RunIncrementalAsync(null, CancellationToken.None);

        Assert.Equal(1, result.Updated);
        Assert.Equal([RorFixtures.EstablishmentId(2)], _ror.Reads);
        var tree = await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(2), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
        Assert.Equal(2, tree!.InternalOrganizations.Count);
    }

    [Fact]
    public async Task RunIncrementalAsync_NewEstablishment_Added()
    {
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        await synchronizer.RunAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        _ror.Set(RorFixtures.Offer(5));

        var result = await synchronizer.RunIncrementalAsync(null, CancellationToken.None);

        Assert.Equal(1, result.Added);
        Assert.Equal(5, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
    }

    [Fact]
    public async Task RunIncrementalAsync_EstablishmentGoneFromRor_Removed()
    {
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        await synchronizer.RunAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        _ror.Remove(RorFixtures.EstablishmentId(3));

        var result = await synchronizer.RunIncrementalAsync(null, CancellationToken.None);

        Assert.Equal(1, result.Removed);
        Assert.Null(await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(3), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None));
    }

    [Theory]
    [InlineData(RorClosedEstablishmentPolicy.Keep, 4)]
    [InlineData(RorClosedEstablishmentPolicy.Remove, 3)]
    public async Task RunIncrementalAsync_ClosedEstablishment_FollowsPolicy(RorClosedEstablishmentPolicy policy, int expectedEstablishments)
    {
        Options.ClosedEstablishments = policy;
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        await synchronizer.RunAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        _ror.Set(RorFixtures.Offer(1, version: 2, closingDate: new DateOnly(2025, 2, 1)));

        await synchronizer.RunIncrementalAsync(null, CancellationToken.None);

        Assert.Equal(expectedEstablishments, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
    }

    [Fact]
    public async Task RunIncrementalAsync_OneEstablishmentFails_OthersCommittedAndFailureRetriedNextRun()
    {
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        await synchronizer.RunAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        _ror.Set(RorFixtures.Offer(1, version: 2));
        _ror.Set(RorFixtures.Offer(2, version: 2));
        var failing = RorFixtures.EstablishmentId(1);
        _ror.BeforeRead = id => id == failing ? throw new TimeoutException("Lecture EG timed out") : Task.CompletedTask;
        _time.Advance(TimeSpan.FromHours(1));

        var first = await synchronizer.RunIncrementalAsync(null, CancellationToken.None);

        var failure = Assert.Single(first.Failures);
        Assert.Equal(failing, failure.EstablishmentId);
        Assert.Contains("TimeoutException", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(1, first.Updated);
        Assert.Equal(first.Checkpoint, (await store.GetCheckpointAsync(CancellationToken.None))?.Value);
        Assert.Equal([failing], (await store.GetPendingRetriesAsync(CancellationToken.None)).Select(r => r.EstablishmentId));

        _ror.BeforeRead = null;
        _ror.Reads.Clear();
        _time.Advance(TimeSpan.FromHours(1));
        var second = await synchronizer.RunIncrementalAsync(null, CancellationToken.None);

        Assert.Equal([failing], _ror.Reads);
        Assert.Equal(1, second.Updated);
        Assert.Empty(second.Failures);
        Assert.Empty(await store.GetPendingRetriesAsync(CancellationToken.None));
        var tree = await store.GetEstablishmentTreeAsync(failing, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
        Assert.Equal(2, tree!.InternalOrganizations.Count);
    }

    [Fact]
    public async Task RunIncrementalAsync_ChangeMadeDuringRun_AppearsNextRun()
    {
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        await synchronizer.RunAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        _ror.Set(RorFixtures.Offer(1, version: 2));
        _time.Advance(TimeSpan.FromHours(1));
        var changedDuringRun = false;
        _ror.BeforeRead = _ =>
        {
            if (!changedDuringRun)
            {
                // While establishment 1 is being read, establishment 4 changes in the ROR.
                changedDuringRun = true;
                _time.Advance(TimeSpan.FromSeconds(30));
                _ror.Set(RorFixtures.Offer(4, version: 2));
            }

            return Task.CompletedTask;
        };

        await synchronizer.RunIncrementalAsync(null, CancellationToken.None);
        _ror.BeforeRead = null;
        _ror.Reads.Clear();
        _time.Advance(TimeSpan.FromHours(1));
        await synchronizer.RunIncrementalAsync(null, CancellationToken.None);

        Assert.Contains(RorFixtures.EstablishmentId(4), _ror.Reads);
        var tree = await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(4), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
        Assert.Equal(2, tree!.InternalOrganizations.Count);
    }

    [Fact]
    public async Task RunIncrementalAsync_CrashBeforeEstablishmentCommitted_CheckpointDoesNotMove()
    {
        await using var store = NewStore();
        using (var loader = NewSynchronizer(store))
        {
            await loader.RunAsync(null, CancellationToken.None);
        }

        var loaded = await store.GetCheckpointAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        _ror.Set(RorFixtures.Offer(1, version: 2));
        var crashing = new CrashingStore(store, nameof(IRorStore.ReplaceEstablishmentAsync), 1);
        using var synchronizer = NewSynchronizer(crashing);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => synchronizer.RunIncrementalAsync(null, CancellationToken.None));

        Assert.Equal(loaded, await store.GetCheckpointAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunIncrementalAsync_NeverLoaded_ThrowsInvalidOperation()
    {
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);

        await Assert.ThrowsAsync<InvalidOperationException>(() => synchronizer.RunIncrementalAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_FullRefreshDue_RebuildsAndDropsEstablishmentsAbsentFromExtraction()
    {
        Options.FullRefreshInterval = TimeSpan.FromDays(7);
        await using var store = NewStore();
        using var synchronizer = NewSynchronizer(store);
        await synchronizer.RunAsync(null, CancellationToken.None);
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(99), CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(8));

        var result = await synchronizer.RunAsync(null, CancellationToken.None);

        Assert.Equal(RorSyncRunKind.FullRefresh, result.Kind);
        Assert.Null(await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(99), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None));
        Assert.Equal(2, (await store.GetHistoryAsync(10, CancellationToken.None)).Count);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new RorSynchronizer(_ror, new SqliteRorStore(_database.PathOf()), new RorSyncOptions { MaxConcurrency = 0 }, _time));
    }

    private sealed class SynchronousProgress(Action<RorSyncProgress> report) : IProgress<RorSyncProgress>
    {
        public void Report(RorSyncProgress value) => report(value);
    }
}
