namespace Ror.Client.Perf;

/// <summary>The <c>sync-initial</c> figure: an initial synchronisation into SQLite.</summary>
public static class SyncFigures
{
    /// <summary>Measures the initial sync and prints it.</summary>
    /// <param name="report">The report.</param>
    /// <param name="document">The extraction to synchronise.</param>
    /// <returns>Entities per second, or <see langword="null"/> when it could not be measured.</returns>
    public static Task<double?> MeasureAsync(PerfReport report, byte[] document)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(document);
        report.Missing("sync-initial", "RorSynchronizer is not in this build");
        return Task.FromResult<double?>(null);
    }
}
