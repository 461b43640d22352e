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
/// <remarks>
/// Until its first collection a process keeps every object it allocated, so the peak working set of a short parse
/// counts the garbage collector's generation-0 budget as much as what the reader holds. The runtime sizes that budget
/// from the processor's largest cache (about half of it, at most 128 MiB here); a virtual machine may report a
/// cache of any size (300 MiB of L3 on the perf machine on 2026-12-01, where the same code had measured 57 and 67 MiB
/// before: 77 and 130 MiB then, a 1.7 ratio). So the figures that carry a target are measured with the budget set
/// to <see cref="Gen0BudgetBytes"/> (<c>DOTNET_GCGen0MaxBudget</c> in the child's environment, checked by the child),
/// and the machine's default budget is measured too and printed beside them.
/// </remarks>
public static class MemoryFigures
{
    /// <summary>
    /// The generation-0 budget of the children that measure the targets: 16 MiB, what the runtime picks for a processor
    /// reporting 32 MiB of L3 cache (and the budget under which the earlier figures in docs/performance.md were measured:
    /// they are the same, 57 and 67 MiB).
    /// </summary>
    public const long Gen0BudgetBytes = 16L * 1024 * 1024;

    /// <summary>The environment variable that sets the runtime's generation-0 budget (hexadecimal bytes).</summary>
    public const string Gen0BudgetVariable = "DOTNET_GCGen0MaxBudget";

    /// <summary>The child's output.</summary>
    /// <param name="PeakWorkingSetBytes">Peak working set of the child process.</param>
    /// <param name="Entities">Entities read.</param>
    /// <param name="Elapsed">Parse duration.</param>
    /// <param name="Gen0BudgetBytes">The generation-0 budget the child's runtime ran with.</param>
    public sealed record ChildResult(long PeakWorkingSetBytes, long Entities, TimeSpan Elapsed, long Gen0BudgetBytes);

    /// <summary>The child side: parses the file and prints <c>peak ENTITIES SECONDS GEN0BUDGET</c>.</summary>
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
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{process.PeakWorkingSet64} {count} {elapsed.TotalSeconds:R} {Measure.Gen0BudgetBytes()}"));
        return 0;
    }

    /// <summary>The parent side: runs the child over <paramref name="path"/>.</summary>
    /// <param name="path">The CSD file.</param>
    /// <param name="gen0BudgetBytes">The child's generation-0 budget; null leaves the runtime's default (from the processor's cache).</param>
    /// <returns>What the child measured.</returns>
    public static async Task<ChildResult> ParseInChildAsync(string path, long? gen0BudgetBytes = Gen0BudgetBytes)
    {
        var environment = gen0BudgetBytes is { } budget
            ? new Dictionary<string, string> { [Gen0BudgetVariable] = budget.ToString("X", CultureInfo.InvariantCulture) }
            : null;
        string[] parts = await ChildProcess.RunAsync(environment, "--child-parse", path);
        var result = new ChildResult(
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[1], CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(parts[2], CultureInfo.InvariantCulture)),
            long.Parse(parts[3], CultureInfo.InvariantCulture));
        if (gen0BudgetBytes is { } expected && result.Gen0BudgetBytes != expected)
        {
            throw new InvalidOperationException($"The child ran with a generation-0 budget of {result.Gen0BudgetBytes} bytes, not the {expected} set by {Gen0BudgetVariable}.");
        }

        return result;
    }
}
