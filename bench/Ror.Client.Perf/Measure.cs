using System.Diagnostics;

namespace Ror.Client.Perf;

/// <summary>Timing helpers: a warm-up run, then the median of several timed runs.</summary>
public static class Measure
{
    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="runs"/> times, and returns the median duration.</summary>
    /// <param name="runs">The number of timed runs.</param>
    /// <param name="action">The work.</param>
    /// <returns>The median duration.</returns>
    public static async Task<TimeSpan> MedianAsync(int runs, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await action();
        var durations = new List<TimeSpan>(runs);
        for (int i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long start = Stopwatch.GetTimestamp();
            await action();
            durations.Add(Stopwatch.GetElapsedTime(start));
        }

        durations.Sort();
        return durations[durations.Count / 2];
    }

    /// <summary>Times one run of <paramref name="action"/>, after a full garbage collection.</summary>
    /// <param name="action">The work.</param>
    /// <returns>The duration.</returns>
    public static async Task<TimeSpan> OnceAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>The median of durations.</summary>
    /// <param name="durations">The durations (sorted in place).</param>
    /// <returns>The median.</returns>
    public static TimeSpan MedianOf(List<TimeSpan> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        durations.Sort();
        return durations[durations.Count / 2];
    }

    /// <summary>Synchronous <see cref="MedianAsync"/>.</summary>
    /// <param name="runs">The number of timed runs.</param>
    /// <param name="action">The work.</param>
    /// <returns>The median duration.</returns>
    public static TimeSpan Median(int runs, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return MedianAsync(runs, () =>
        {
            action();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    /// <summary>Megabytes (10^6 bytes) per second.</summary>
    /// <param name="bytes">The bytes processed.</param>
    /// <param name="duration">The duration.</param>
    /// <returns>MB/s.</returns>
    public static double MegabytesPerSecond(long bytes, TimeSpan duration) => bytes / 1e6 / duration.TotalSeconds;

    /// <summary>The runtime's generation-0 budget in this process, as it reports it (see <see cref="MemoryFigures"/>).</summary>
    /// <returns>The budget in bytes, or 0 when the runtime does not say.</returns>
    public static long Gen0BudgetBytes() =>
        GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out object? value) ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>Mebibytes.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>MiB.</returns>
    public static double Mebibytes(long bytes) => bytes / 1024.0 / 1024.0;
}
