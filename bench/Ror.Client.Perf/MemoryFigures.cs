using System.Diagnostics;
using System.Globalization;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Perf;

/// <summary>
/// Peak working set while streaming a file, measured in a fresh child process (this program with
/// <c>--child-parse FILE</c>) so that nothing from the parent (generated data, other figures) counts: the child reads
/// the file with <see cref="CsdReader.ReadEntitiesFromFileAsync"/> and prints its <see cref="Process.PeakWorkingSet64"/>
/// (VmHWM on Linux: the high-water mark of resident memory, runtime included).
/// </summary>
public static class MemoryFigures
{
    /// <summary>The child's output.</summary>
    /// <param name="PeakWorkingSetBytes">Peak working set of the child process.</param>
    /// <param name="Entities">Entities read.</param>
    /// <param name="Elapsed">Parse duration.</param>
    public sealed record ChildResult(long PeakWorkingSetBytes, long Entities, TimeSpan Elapsed);

    /// <summary>The child side: parses the file and prints <c>peak ENTITIES SECONDS</c>.</summary>
    /// <param name="path">The CSD file.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunChildAsync(string path)
    {
        long start = Stopwatch.GetTimestamp();
        long count = 0;
        await foreach (CsdEntity entity in CsdReader.ReadEntitiesFromFileAsync(path))
        {
            if (entity.EntityId.Length > 0)
            {
                count++;
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{process.PeakWorkingSet64} {count} {elapsed.TotalSeconds:R}"));
        return 0;
    }

    /// <summary>The parent side: runs the child over <paramref name="path"/>.</summary>
    /// <param name="path">The CSD file.</param>
    /// <returns>What the child measured.</returns>
    public static async Task<ChildResult> ParseInChildAsync(string path)
    {
        string[] parts = await ChildProcess.RunAsync("--child-parse", path);
        return new ChildResult(
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[1], CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(parts[2], CultureInfo.InvariantCulture)));
    }
}
