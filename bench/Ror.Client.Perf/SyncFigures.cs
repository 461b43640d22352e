using System.Runtime;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;

namespace Ror.Client.Perf;

/// <summary>
/// The initial-sync figures, as two pairs in which both sides do the same work except storing:
/// <list type="bullet">
/// <item><c>sync-store</c> / <c>sync-store-parse</c> (the target pair): <see cref="SqliteRorStore.ImportExtractionAsync"/> of a
/// generated extraction held in memory, read by <see cref="CsdReader.ReadEntitiesAsync"/>, into an empty store, against the same
/// reader over the same bytes storing nothing. Their ratio is the cost of storing.</item>
/// <item><c>sync-initial</c> / <c>sync-initial-parse</c>: a full refresh (<see cref="RorSynchronizer.RunFullRefreshAsync"/>) of an
/// empty store from the simulator's extraction through <see cref="RorClientSyncSource"/>, against
/// <see cref="IRorClient.ReadExtractionAsync"/> from the same simulator storing nothing: the same download, decompression and
/// parse (and the simulator generating the extraction on the same cores) on both sides.</item>
/// </list>
/// The two sides of a pair take turns in each round (a load change on the shared machine affects them alike); each figure is
/// the median of its rounds, and the pair's ratio the median of the per-round ratios (as for the parse and SOAP pairs), after
/// warm-up rounds that go on until the JIT has settled (see MeasurePairAsync).
/// </summary>
public static class SyncFigures
{
    /// <summary>Establishments of the generated extraction of the <c>sync-store</c> pair (some 8 entities each).</summary>
    public const int StoreEstablishments = 2_000;

    /// <summary>The reader options of the storing side: the store keeps each entity's XML as read, in a buffer reused from entity to entity, as the synchroniser's source does.</summary>
    public static readonly CsdReaderOptions SyncReaderOptions = CsdReaderOptions.Default with { CaptureEntityXml = true, ReuseEntityXmlBuffer = true };

    /// <summary>Timed rounds of the <c>sync-initial</c> pair.</summary>
    public const int Rounds = 5;

    /// <summary>
    /// Timed rounds of the <c>sync-store</c> pair, the one with a target. On the shared 2-core machine the same import took
    /// 198–429 ms from one round to the next (and the same parse 126–281 ms), with the process's CPU time moving alike
    /// (364–713 ms): the machine, not the work, changes. The median of 15 rounds (some 10 s more than 5) moves less with it.
    /// </summary>
    public const int StoreRounds = 15;

    /// <summary>Warm-up rounds per pair at least.</summary>
    public const int MinimumWarmUpRounds = 2;

    /// <summary>
    /// Warm-up rounds of the <c>sync-store</c> pair at least: one more than twice the runtime's call-count threshold for
    /// tiered compilation (30 calls), so that the import's methods called once per import (opening the store, the build's
    /// schema, the hand-over between its threads, the final pass) have reached their optimised code before the timed
    /// rounds. With profile-guided optimisation (the runtime's default) such a method is compiled three times: at its first
    /// call, again with instrumentation at its 30th, and optimised at its 60th. Imports in one process, each followed by a
    /// parse: the 30th round compiled 313 methods in 273 ms, the 60th 198 methods in 238 ms, on the two cores the import
    /// runs on; the rounds between compiled 0–17 ms each.
    /// </summary>
    public const int StoreMinimumWarmUpRounds = 61;

    /// <summary>Warm-up rounds of the <c>sync-store</c> pair at most.</summary>
    public const int StoreMaximumWarmUpRounds = 70;

    /// <summary>Warm-up rounds per pair at most, whether the JIT has settled or not.</summary>
    public const int MaximumWarmUpRounds = 15;

    /// <summary>The share of a round's time below which its compilation counts as settled.</summary>
    public const double QuietJitShare = 0.05;

    /// <summary>How a pair was warmed before its timed rounds.</summary>
    /// <param name="Rounds">Warm-up rounds run.</param>
    /// <param name="CompilationPerRound">JIT compilation time per timed round, all threads (what was still being compiled while timing).</param>
    public sealed record WarmUp(int Rounds, TimeSpan CompilationPerRound);

    /// <summary>A pair of figures.</summary>
    /// <param name="Entities">Entities in the extraction.</param>
    /// <param name="SyncEntitiesPerSecond">Entities per second of the side that stores.</param>
    /// <param name="ParseEntitiesPerSecond">Entities per second of the side that only parses.</param>
    /// <param name="Ratio">Sync throughput / parse throughput (parse time / sync time): the median over the timed rounds of each round's ratio.</param>
    public sealed record Pair(long Entities, double SyncEntitiesPerSecond, double ParseEntitiesPerSecond, double Ratio);

    /// <summary>Measures the <c>sync-store</c> pair over a generated extraction held in memory, and prints it.</summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">A temporary folder for the databases.</param>
    /// <returns>The pair.</returns>
    public static async Task<Pair> MeasureStoreAsync(PerfReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        byte[] document;
        using (var buffer = new MemoryStream())
        {
            await NationalSyncFigures.WriteExtractionAsync(buffer, StoreEstablishments);
            document = buffer.ToArray();
        }

        long entities = 0;
        var (syncTime, parseTime, ratio, warmUp) = await MeasurePairAsync(
            async path =>
            {
                await using var store = new SqliteRorStore(path);
                using var stream = new MemoryStream(document, writable: false);
                var result = await store.ImportExtractionAsync(
                    CsdReader.ReadEntitiesAsync(stream, SyncReaderOptions),
                    new RorImportOptions { Checkpoint = DateTimeOffset.UtcNow },
                    CancellationToken.None);
                entities = result.Entities;
            },
            async () => await ParseFigures.CountEntitiesAsync(document),
            directory,
            "store",
            StoreMinimumWarmUpRounds,
            StoreMaximumWarmUpRounds,
            StoreRounds);
        var pair = new Pair(entities, entities / syncTime.TotalSeconds, entities / parseTime.TotalSeconds, ratio);
        report.Figure("sync-store", pair.SyncEntitiesPerSecond, "entities/s");
        report.Figure("sync-store-parse", pair.ParseEntitiesPerSecond, "entities/s");
        report.Figure("sync-store-document", document.Length / 1e6, "MB");
        report.Figure("sync-store-warm-up", warmUp.Rounds, "rounds");
        report.Figure("sync-store-jit", warmUp.CompilationPerRound.TotalMilliseconds, "ms/round");
        return pair;
    }

    /// <summary>Measures the <c>sync-initial</c> pair against the simulator, and prints it.</summary>
    /// <param name="report">The report.</param>
    /// <param name="client">The client connected to the simulator.</param>
    /// <param name="entities">Entities in the extraction.</param>
    /// <param name="directory">A temporary folder for the databases.</param>
    /// <returns>The pair.</returns>
    public static async Task<Pair> MeasureInitialAsync(PerfReport report, IRorClient client, long entities, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(client);
        var (syncTime, parseTime, ratio, warmUp) = await MeasurePairAsync(
            async path =>
            {
                await using var store = new SqliteRorStore(path);
                using var synchronizer = new RorSynchronizer(new RorClientSyncSource(client), store, new RorSyncOptions());
                await synchronizer.RunFullRefreshAsync(null, CancellationToken.None);
            },
            async () =>
            {
                long count = 0;
                await foreach (CsdEntity entity in client.ReadExtractionAsync())
                {
                    count += entity.EntityId.Length > 0 ? 1 : 0;
                }
            },
            directory,
            "initial",
            MinimumWarmUpRounds,
            MaximumWarmUpRounds,
            Rounds);
        var result = new Pair(entities, entities / syncTime.TotalSeconds, entities / parseTime.TotalSeconds, ratio);
        report.Figure("sync-initial", result.SyncEntitiesPerSecond, "entities/s");
        report.Figure("sync-initial-parse", result.ParseEntitiesPerSecond, "entities/s");
        report.Figure("sync-initial-warm-up", warmUp.Rounds, "rounds");
        report.Figure("sync-initial-jit", warmUp.CompilationPerRound.TotalMilliseconds, "ms/round");
        return result;
    }

    /// <summary>
    /// Runs both sides in turns, first until the JIT has settled, then <paramref name="timedRounds"/> timed rounds; returns the
    /// median duration of each side, the median of the per-round ratios (parse time / sync time) and how it was warmed.
    /// </summary>
    private static async Task<(TimeSpan Sync, TimeSpan Parse, double Ratio, WarmUp WarmUp)> MeasurePairAsync(Func<string, Task> sync, Func<Task> parse, string directory, string name, int minimumWarmUpRounds, int maximumWarmUpRounds, int timedRounds)
    {
        // The import's code is large (the row writer, the replay, the SQLite calls) and reaches its optimised (tier-1)
        // code only after several imports: from a process whose reader is already warm, the first imports of the 2,000
        // establishments spent 160-650 ms each compiling, on the same two cores, against less than 100 ms from the eighth
        // on. The parse it is compared with is measured at its tier-1 speed. So the warm-up goes on until two rounds in a
        // row compiled for less than QuietJitShare of their time (JitInfo counts the background compilations too), at least
        // minimumWarmUpRounds and at most maximumWarmUpRounds; the compilation time of the timed rounds is printed beside
        // the figures. A lull is not enough for the store pair: the methods called once or twice per import reach the
        // call-count threshold only at the 15th and 30th imports, and are optimised 30 calls later (at the 30th and 60th):
        // with 31 warm-up rounds, the second wave fell in the timed rounds (20-24 ms per round on average over 15 rounds).
        // So that pair warms up for at least StoreMinimumWarmUpRounds.
        int round = 0;
        int quiet = 0;
        while (round < maximumWarmUpRounds && (round < minimumWarmUpRounds || quiet < 2))
        {
            var before = JitInfo.GetCompilationTime();
            var (syncTime, parseTime) = await RoundAsync(sync, parse, directory, name, round);
            var compiling = JitInfo.GetCompilationTime() - before;
            quiet = compiling < (syncTime + parseTime) * QuietJitShare ? quiet + 1 : 0;
            round++;
        }

        var syncTimes = new List<TimeSpan>(timedRounds);
        var parseTimes = new List<TimeSpan>(timedRounds);
        var ratios = new List<double>(timedRounds);
        var timedStart = JitInfo.GetCompilationTime();
        for (int timed = 0; timed < timedRounds; timed++)
        {
            var (syncTime, parseTime) = await RoundAsync(sync, parse, directory, name, round + timed);
            syncTimes.Add(syncTime);
            parseTimes.Add(parseTime);
            ratios.Add(parseTime / syncTime);
        }

        var warmUp = new WarmUp(round, (JitInfo.GetCompilationTime() - timedStart) / timedRounds);
        ratios.Sort();
        return (Measure.MedianOf(syncTimes), Measure.MedianOf(parseTimes), ratios[ratios.Count / 2], warmUp);
    }

    private static async Task<(TimeSpan Sync, TimeSpan Parse)> RoundAsync(Func<string, Task> sync, Func<Task> parse, string directory, string name, int round)
    {
        string path = Path.Combine(directory, $"sync-{name}-{round}.db");
        var syncTime = await Measure.OnceAsync(() => sync(path));
        DeleteDatabase(path);
        var parseTime = await Measure.OnceAsync(parse);
        return (syncTime, parseTime);
    }

    /// <summary>Deletes a store's database file and every file the store keeps beside it (named after it).</summary>
    /// <param name="path">The database file.</param>
    internal static void DeleteDatabase(string path)
    {
        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
        {
            File.Delete(file);
        }
    }
}
