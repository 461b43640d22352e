using System.Diagnostics;
using System.Globalization;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;
using Ror.Client.Testing.Data;

namespace Ror.Client.Perf;

/// <summary>
/// The national-scale measurement (<c>--national-sync</c>): writes a generated extraction of at least 100,000 establishments to a
/// temporary file (or takes an existing extraction with <c>--file</c>), then streams it through <see cref="CsdReader"/> storing
/// nothing, and imports it into a new SQLite store (<see cref="SqliteRorStore.ImportExtractionAsync"/>, default options: raw
/// CSD kept, every index, atomic swap, durable at the end), each in a fresh child process of this program, so that each peak
/// working set belongs to that step alone. Prints entities/s and peak working set of both, and their ratio (target ≥ 0.5:
/// the sync takes at most twice the time of the parse).
/// </summary>
public static class NationalSyncFigures
{
    /// <summary>Default size of the generated extraction.</summary>
    public const int DefaultEstablishments = 100_000;

    /// <summary>What a child process measured.</summary>
    /// <param name="PeakWorkingSetBytes">Peak working set of the child process (VmHWM on Linux).</param>
    /// <param name="Entities">Entities read or stored.</param>
    /// <param name="Elapsed">Duration of the step (process start-up excluded, JIT included).</param>
    /// <param name="CpuTime">CPU time of the child process over the step.</param>
    /// <param name="Establishments">Establishments stored (sync only).</param>
    /// <param name="DatabaseBytes">Size of the database file (sync only).</param>
    public sealed record ChildResult(long PeakWorkingSetBytes, long Entities, TimeSpan Elapsed, TimeSpan CpuTime, long Establishments, long DatabaseBytes);

    /// <summary>Runs the measurement: <c>--national-sync [--establishments N] [--file PATH] [--pairs N]</c>.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int establishments = DefaultEstablishments;
        string? file = null;
        int pairs = 1;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--establishments" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out establishments) && establishments > 0)
            {
                i++;
            }
            else if (args[i] == "--pairs" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out pairs) && pairs > 0)
            {
                i++;
            }
            else if (args[i] == "--file" && i + 1 < args.Length)
            {
                file = args[++i];
            }
            else
            {
                await Console.Error.WriteLineAsync("usage: Ror.Client.Perf --national-sync [--establishments N] [--file EXTRACTION.xml] [--pairs N]");
                return 64;
            }
        }

        var report = new PerfReport();
        string directory = Directory.CreateTempSubdirectory("ror-national-").FullName;
        try
        {
            if (file is null)
            {
                file = Path.Combine(directory, "extraction.xml");
                long start = Stopwatch.GetTimestamp();
                await using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                {
                    await WriteExtractionAsync(output, establishments);
                }

                report.Figure("national-generate", Stopwatch.GetElapsedTime(start).TotalSeconds, "s");
            }

            report.Figure("national-file", new FileInfo(file).Length / 1e6, "MB");
            // With --pairs N, the parse and the sync run N times each, in turns whose order alternates (parse then sync, sync
            // then parse, ...): the machine's speed changes over minutes, and a single pair catches it at one moment. Each
            // figure is then the median of its runs, the ratio the median of the per-pair ratios, each peak the highest.
            var parses = new List<ChildResult>(pairs);
            var syncs = new List<ChildResult>(pairs);
            var ratios = new List<double>(pairs);
            for (int pair = 0; pair < pairs; pair++)
            {
                string database = Path.Combine(directory, $"national-{pair}.db");
                ChildResult parseRun;
                ChildResult syncRun;
                if (pair % 2 == 0)
                {
                    parseRun = await RunChildAsync("--child-national-parse", file);
                    syncRun = await RunChildAsync("--child-national-sync", file, database);
                }
                else
                {
                    syncRun = await RunChildAsync("--child-national-sync", file, database);
                    parseRun = await RunChildAsync("--child-national-parse", file);
                }

                SyncFigures.DeleteDatabase(database);
                parses.Add(parseRun);
                syncs.Add(syncRun);
                ratios.Add((syncRun.Entities / syncRun.Elapsed.TotalSeconds) / (parseRun.Entities / parseRun.Elapsed.TotalSeconds));
                if (pairs > 1)
                {
                    report.Figure($"national-pair-{pair + 1}-parse-time", parseRun.Elapsed.TotalSeconds, "s");
                    report.Figure($"national-pair-{pair + 1}-sync-time", syncRun.Elapsed.TotalSeconds, "s");
                    report.Figure($"national-pair-{pair + 1}-ratio", ratios[^1], "sync/parse");
                }
            }

            var parse = Median(parses);
            var sync = Median(syncs);
            double parseRate = parse.Entities / parse.Elapsed.TotalSeconds;
            double syncRate = sync.Entities / sync.Elapsed.TotalSeconds;
            ratios.Sort();
            int middle = ratios.Count / 2;
            double ratio = ratios.Count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
            report.Figure("national-establishments", sync.Establishments, "EG");
            report.Figure("national-entities", sync.Entities, "entities");
            report.Figure("national-parse", parseRate, "entities/s");
            report.Figure("national-parse-time", parse.Elapsed.TotalSeconds, "s");
            report.Figure("national-parse-cpu", parse.CpuTime.TotalSeconds, "s");
            report.Figure("national-parse-peak-ws", Measure.Mebibytes(parses.Max(p => p.PeakWorkingSetBytes)), "MiB");
            report.Figure("national-sync", syncRate, "entities/s");
            report.Figure("national-sync-time", sync.Elapsed.TotalSeconds, "s");
            report.Figure("national-sync-cpu", sync.CpuTime.TotalSeconds, "s");
            report.Figure("national-sync-peak-ws", Measure.Mebibytes(syncs.Max(p => p.PeakWorkingSetBytes)), "MiB");
            report.Figure("national-database", Measure.Mebibytes(sync.DatabaseBytes), "MiB");
            report.Ratio("national-sync/parse", ratio, ratio >= 0.5);
            if (parses.Concat(syncs).Any(r => r.Entities != parse.Entities))
            {
                report.Fail("national-entities");
                Console.WriteLine($"national: the parses read {string.Join(", ", parses.Select(p => p.Entities))} entities, the syncs stored {string.Join(", ", syncs.Select(p => p.Entities))}");
            }

            return report.Complete();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The child side of the parse: streams the file, storing nothing.</summary>
    /// <param name="path">The extraction.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunParseChildAsync(string path)
    {
        var cpu = CpuTime();
        long start = Stopwatch.GetTimestamp();
        long count = 0;
        await foreach (CsdEntity entity in CsdReader.ReadEntitiesFromFileAsync(path))
        {
            count += entity.EntityId.Length > 0 ? 1 : 0;
        }

        PrintChild(count, Stopwatch.GetElapsedTime(start), CpuTime() - cpu, 0, 0);
        return 0;
    }

    /// <summary>The child side of the sync: imports the file into a new store.</summary>
    /// <param name="path">The extraction.</param>
    /// <param name="database">The database file to create.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunSyncChildAsync(string path, string database)
    {
        var cpu = CpuTime();
        long start = Stopwatch.GetTimestamp();
        RorImportResult result;
        await using (var store = new SqliteRorStore(database))
        {
            result = await store.ImportExtractionAsync(
                CsdReader.ReadEntitiesFromFileAsync(path, SyncFigures.SyncReaderOptions),
                new RorImportOptions { Checkpoint = DateTimeOffset.UtcNow },
                CancellationToken.None);
        }

        PrintChild(result.Entities, Stopwatch.GetElapsedTime(start), CpuTime() - cpu, result.Establishments, new FileInfo(database).Length);
        return 0;
    }

    /// <summary>Writes a generated extraction (the simulator's data generator) in directory order.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="establishments">Establishments (EG) to generate.</param>
    /// <returns>A task.</returns>
    public static async Task WriteExtractionAsync(Stream stream, int establishments)
    {
        var generator = new RorDatasetGenerator(new RorDatasetOptions { Seed = 11, EstablishmentCount = establishments });
        await generator.WriteDocumentAsync(stream);
    }

    // The run of median duration (of an even count, the shorter of the two middle runs), with its own CPU time and counts.
    private static ChildResult Median(List<ChildResult> runs) => runs.OrderBy(r => r.Elapsed).ElementAt((runs.Count - 1) / 2);

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void PrintChild(long entities, TimeSpan elapsed, TimeSpan cpu, long establishments, long databaseBytes)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{process.PeakWorkingSet64} {entities} {elapsed.TotalSeconds:R} {cpu.TotalSeconds:R} {establishments} {databaseBytes}"));
    }

    private static async Task<ChildResult> RunChildAsync(params string[] arguments)
    {
        string[] parts = await ChildProcess.RunAsync(arguments);
        return new ChildResult(
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[1], CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(parts[2], CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(parts[3], CultureInfo.InvariantCulture)),
            long.Parse(parts[4], CultureInfo.InvariantCulture),
            long.Parse(parts[5], CultureInfo.InvariantCulture));
    }
}
