using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;
using Ror.Client.Sync.Tests.Fixtures;

namespace Ror.Client.Sync.Tests;

/// <summary>A run killed at any point and started again ends in the state of an uninterrupted run.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    /// <summary>Loads six establishments, changes the ROR (updates, a removal, an addition), then runs an incremental sync through <paramref name="decorate"/>, and again without it when it crashed.</summary>
    private async Task<(IReadOnlyList<string> Dump, DateTimeOffset? Checkpoint, bool Crashed)> IncrementalScenarioAsync(string name, Func<IRorStore, CrashingStore?> decorate)
    {
        var time = new FakeTimeProvider(Start);
        var ror = new FakeRorSource(time);
        for (var number = 1; number <= 6; number++)
        {
            ror.Set(RorFixtures.Offer(number));
        }

        var path = _database.PathOf(name);
        var options = new RorSyncOptions { MaxConcurrency = 1 };
        await using (var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = path }, time))
        {
            using var synchronizer = new RorSynchronizer(ror, store, options, time);
            await synchronizer.RunFullRefreshAsync(null, CancellationToken.None);
        }

        time.Advance(TimeSpan.FromHours(1));
        ror.Set(RorFixtures.Offer(1, version: 2));
        ror.Remove(RorFixtures.EstablishmentId(2));
        ror.Set(RorFixtures.Offer(3, version: 3));
        ror.Set(RorFixtures.Offer(7));
        ror.Set(RorFixtures.Offer(5, version: 2, cityCode: "2B033"));
        time.Advance(TimeSpan.FromHours(1));
        var runStart = time.GetUtcNow();

        var crashed = false;
        var inner = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = path }, time);
        var crashing = decorate(inner);
        await using (IRorStore store = crashing ?? (IRorStore)inner)
        {
            using var synchronizer = new RorSynchronizer(ror, store, options, time);
            try
            {
                await synchronizer.RunIncrementalAsync(null, CancellationToken.None);
            }
            catch (SimulatedCrashException)
            {
                crashed = true;
            }
        }

        if (crashed)
        {
            // The process restarts a little later and runs again.
            time.Advance(TimeSpan.FromMinutes(5));
            runStart = time.GetUtcNow();
            await using var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = path }, time);
            using var synchronizer = new RorSynchronizer(ror, store, options, time);
            await synchronizer.RunIncrementalAsync(null, CancellationToken.None);
        }

        await using (var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = path }, time))
        {
            var checkpoint = await store.GetCheckpointAsync(CancellationToken.None);
            Assert.Equal(runStart, checkpoint?.Value);
            return (TemporaryDatabase.Dump(path), checkpoint?.Value, crashed);
        }
    }

    public static TheoryData<string, int, bool> CrashPoints => new()
    {
        { nameof(IRorStore.ReplaceEstablishmentAsync), 1, false },
        { nameof(IRorStore.ReplaceEstablishmentAsync), 2, true },
        { nameof(IRorStore.ReplaceEstablishmentAsync), 4, false },
        { nameof(IRorStore.RemoveEstablishmentAsync), 1, false },
        { nameof(IRorStore.RemoveEstablishmentAsync), 1, true },
        { nameof(IRorStore.CompleteRunAsync), 1, false },
        { nameof(IRorStore.CompleteRunAsync), 1, true },
        { nameof(IRorStore.GetPendingRetriesAsync), 1, false },
    };

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task RunIncrementalAsync_CrashThenRerun_SameDatabaseAsUninterruptedRun(string operation, int call, bool afterCommit)
    {
        var clean = await IncrementalScenarioAsync("clean.db", _ => null);
        var recovered = await IncrementalScenarioAsync("crashed.db", inner => new CrashingStore(inner, operation, call, afterCommit));

        Assert.False(clean.Crashed);
        Assert.True(recovered.Crashed, $"the crash at {operation} #{call} must have happened");
        Assert.Contains(clean.Dump, row => row.Contains("HOSPITALISATION COMPLETE V3", StringComparison.Ordinal));
        Assert.Equal(clean.Dump, recovered.Dump);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    public async Task RunFullRefreshAsync_ExtractionBrokenMidwayThenRerun_SameDatabaseAsUninterruptedLoad(int failAt)
    {
        var time = new FakeTimeProvider(Start);
        var ror = new FakeRorSource(time);
        for (var number = 1; number <= 6; number++)
        {
            ror.Set(RorFixtures.Offer(number));
        }

        var options = new RorSyncOptions();
        await using (var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = _database.PathOf("clean.db"), ImportBatchSize = 5 }, time))
        {
            using var synchronizer = new RorSynchronizer(ror, store, options, time);
            await synchronizer.RunFullRefreshAsync(null, CancellationToken.None);
        }

        await using (var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = _database.PathOf("crashed.db"), ImportBatchSize = 5 }, time))
        {
            using var broken = new RorSynchronizer(new BrokenExtractionSource(ror, failAt), store, options, time);
            await Assert.ThrowsAsync<SimulatedCrashException>(() => broken.RunFullRefreshAsync(null, CancellationToken.None));
            Assert.Null(await store.GetCheckpointAsync(CancellationToken.None));
        }

        await using (var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = _database.PathOf("crashed.db"), ImportBatchSize = 5 }, time))
        {
            using var synchronizer = new RorSynchronizer(ror, store, options, time);
            await synchronizer.RunFullRefreshAsync(null, CancellationToken.None);
        }

        Assert.Equal(TemporaryDatabase.Dump(_database.PathOf("clean.db")), TemporaryDatabase.Dump(_database.PathOf("crashed.db")));
    }

    private sealed class BrokenExtractionSource(IRorSyncSource inner, int failAt) : IRorSyncSource
    {
        public async IAsyncEnumerable<CsdEntity> ReadExtractionAsync(IProgress<long>? bytesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var count = 0;
            await foreach (var entity in inner.ReadExtractionAsync(bytesRead, cancellationToken))
            {
                if (++count == failAt)
                {
                    throw new SimulatedCrashException($"extraction entity {failAt}");
                }

                yield return entity;
            }
        }

        public Task<IReadOnlyList<string>> GetEstablishmentsUpdatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
            inner.GetEstablishmentsUpdatedSinceAsync(since, cancellationToken);

        public Task<CsdDocument?> GetEstablishmentOfferAsync(string establishmentId, CancellationToken cancellationToken) =>
            inner.GetEstablishmentOfferAsync(establishmentId, cancellationToken);
    }
}
