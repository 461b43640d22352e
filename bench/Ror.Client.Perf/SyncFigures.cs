using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;

namespace Ror.Client.Perf;

/// <summary>
/// The <c>sync-initial</c> figure: a full refresh (<see cref="RorSynchronizer.RunFullRefreshAsync"/>) of an empty
/// SQLite database from the simulator's extraction, through <see cref="RorClientSyncSource"/>.
/// </summary>
public static class SyncFigures
{
    /// <summary>Measures the initial sync and prints it.</summary>
    /// <param name="report">The report.</param>
    /// <param name="client">The client connected to the simulator.</param>
    /// <param name="entities">Entities in the extraction.</param>
    /// <param name="directory">A temporary folder for the databases.</param>
    /// <returns>Entities per second.</returns>
    public static async Task<double> MeasureAsync(PerfReport report, IRorClient client, long entities, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var durations = new List<TimeSpan>();
        for (int run = -1; run < 3; run++)
        {
            string path = Path.Combine(directory, $"sync-{run + 1}.db");
            var duration = await Measure.OnceAsync(async () =>
            {
                await using var store = new SqliteRorStore(path);
                using var synchronizer = new RorSynchronizer(new RorClientSyncSource(client), store, new RorSyncOptions());
                await synchronizer.RunFullRefreshAsync(null, CancellationToken.None);
            });
            if (run >= 0)
            {
                durations.Add(duration);
            }
        }

        double perSecond = entities / Measure.MedianOf(durations).TotalSeconds;
        report.Figure("sync-initial", perSecond, "entities/s");
        return perSecond;
    }
}
