using System.Diagnostics;
using Ror.Client.Perf.Data;

namespace Ror.Client.Perf;

/// <summary>
/// The quick performance command: <c>--quick</c> (default) measures every figure on a generated data set in a few
/// minutes; <c>--large</c> adds the at-least-1-GB file; <c>--national</c> (or <c>--national-only</c>) the national-scale
/// extraction served by the simulator; <c>--national-sync</c> runs only the national-scale sync measurement
/// (<see cref="NationalSyncFigures"/>). Prints <c>name: value unit</c> lines, then
/// <c>ratio name: value</c> lines, then <c>perf: ok</c> (exit 0), <c>perf: FAIL …</c> (exit 1) or
/// <c>perf: incomplete …</c> (exit 2).
/// </summary>
public static class PerfCommand
{
    /// <summary>Establishments (3 entities each) of the base data set: about 16 MB of XML.</summary>
    public const int BaseEstablishments = 5_000;

    /// <summary>Timed runs per figure (median).</summary>
    public const int Runs = 7;

    /// <summary>
    /// Timed rounds of the parse figures over the tenfold document (165 MB), after one warm-up round (the reader's code
    /// is optimised by then): about 20 s.
    /// </summary>
    public const int TenfoldParseRounds = 5;

    private const long LargeFileBytes = 1L << 30;
    private const double LargePeakTargetMebibytes = 150;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 2 && args[0] == "--child-parse")
        {
            return await MemoryFigures.RunChildAsync(args[1]);
        }

        if (args.Length == 3 && args[0] == "--child-simulator")
        {
            return await NationalFigures.RunChildAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Length == 1 && args[0] == "--national-only")
        {
            return await NationalFigures.RunAloneAsync();
        }

        if (args.Length == 2 && args[0] == "--child-national-parse")
        {
            return await NationalSyncFigures.RunParseChildAsync(args[1]);
        }

        if (args.Length == 3 && args[0] == "--child-national-sync")
        {
            return await NationalSyncFigures.RunSyncChildAsync(args[1], args[2]);
        }

        if (args.Length > 0 && args[0] == "--national-sync")
        {
            return await NationalSyncFigures.RunAsync(args);
        }

        bool large = args.Contains("--large");
        bool national = args.Contains("--national");
        if (args.Any(a => a is not ("--quick" or "--large" or "--parse-only" or "--national")))
        {
            await Console.Error.WriteLineAsync("usage: Ror.Client.Perf [--quick] [--large] [--national] [--parse-only (only the parse figures and their ratios)] | --national-only | --national-sync [--establishments N] [--file EXTRACTION.xml]");
            return 64;
        }

        if (args.Contains("--parse-only"))
        {
            return await ParseOnlyAsync();
        }

        var total = Stopwatch.StartNew();
        var report = new PerfReport();
        var generator = new PerfDataGenerator();
        string directory = Directory.CreateTempSubdirectory("ror-perf-").FullName;
        try
        {
            byte[] document = generator.WriteDocument(BaseEstablishments);
            var parse = await ParseFigures.MeasureAsync(document, Runs);
            report.Figure("parse", parse.ParseMegabytesPerSecond, "MB/s");
            report.Figure("parse-entities", parse.ParseEntitiesPerSecond, "entities/s");
            report.Figure("parse-allocated", parse.AllocatedBytesPerEntity, "bytes/entity");
            report.Figure("baseline xmlreader-scan", parse.ScanMegabytesPerSecond, "MB/s");
            report.Figure("baseline xmlreader-values", parse.ValuesMegabytesPerSecond, "MB/s");
            report.Figure("baseline xmlserializer", parse.SerializerMegabytesPerSecond, "MB/s");
            ReportCollections(report, parse);
            var tenfoldParse = await MeasureTenfoldParseAsync(generator);
            report.Figure("parse-10x", tenfoldParse.ParseMegabytesPerSecond, "MB/s");
            report.Figure("baseline xmlserializer-10x", tenfoldParse.SerializerMegabytesPerSecond, "MB/s");
            report.Figure("parse-10x-collections", tenfoldParse.ParseCollections, "per run");
            report.Figure("xmlserializer-10x-collections", tenfoldParse.SerializerCollections, "per run");

            var (baseline, tenfold, defaultBaseline, defaultTenfold) = await MeasureFlatMemoryAsync(generator, directory);
            report.Figure("peak-ws-base", Measure.Mebibytes(baseline.PeakWorkingSetBytes), "MiB");
            report.Figure("peak-ws-10x", Measure.Mebibytes(tenfold.PeakWorkingSetBytes), "MiB");
            report.Figure("peak-ws-gen0-budget", Measure.Mebibytes(baseline.Gen0BudgetBytes), "MiB");
            report.Figure("peak-ws-base-default-gc", Measure.Mebibytes(defaultBaseline.PeakWorkingSetBytes), "MiB");
            report.Figure("peak-ws-10x-default-gc", Measure.Mebibytes(defaultTenfold.PeakWorkingSetBytes), "MiB");
            report.Figure("default-gen0-budget", Measure.Mebibytes(defaultBaseline.Gen0BudgetBytes), "MiB");

            double? largePeak = null;
            if (large)
            {
                var largeResult = await MeasureLargeFileAsync(generator, directory, document.Length);
                largePeak = Measure.Mebibytes(largeResult.Child.PeakWorkingSetBytes);
                report.Figure("large-file", largePeak.Value, "MiB peak working set");
                report.Figure("large-file-parse", Measure.MegabytesPerSecond(largeResult.Bytes, largeResult.Child.Elapsed), "MB/s");
            }

            if (national)
            {
                await NationalFigures.ReportAsync(report, directory);
            }

            NetworkFigures.SoapResult soap;
            NetworkFigures.ExtractionResult extraction;
            SyncFigures.Pair initial;
            await using (var network = await NetworkFigures.StartAsync())
            {
                soap = await network.MeasureSoapCallAsync();
                report.Figure("soap-call", soap.ClientMicroseconds, "us/call");
                report.Figure("baseline raw-httpclient-xdocument", soap.RawMicroseconds, "us/call");
                report.Figure("soap-call-warm-up", soap.WarmUpRounds, "rounds");
                extraction = await network.MeasureExtractionAsync();
                report.Figure("extraction-stream", extraction.MegabytesPerSecond, "MB/s");
                initial = await SyncFigures.MeasureInitialAsync(report, network.Client, extraction.Entities, directory);
            }

            double datasetParse = await ParseFigures.EntitiesPerSecondAsync(extraction.Document, Runs);
            report.Figure("parse-dataset", datasetParse, "entities/s");
            report.Figure("parse-dataset-bytes", datasetParse * extraction.Document.Length / extraction.Entities / 1e6, "MB/s");
            var store = await SyncFigures.MeasureStoreAsync(report, directory);

            report.Ratio("parse/xmlreader-scan", parse.ParseToScan, parse.ParseToScan >= 0.5);
            report.Ratio("parse/xmlserializer", parse.ParseToSerializer, parse.ParseToSerializer >= 2);

            // Without a target: the same comparison over a document larger than the generation-0 budget (see MeasureTenfoldParseAsync).
            report.Ratio("parse/xmlserializer-10x", tenfoldParse.ParseToSerializer, passes: true);
            double memoryRatio = (double)tenfold.PeakWorkingSetBytes / baseline.PeakWorkingSetBytes;
            report.Ratio("peak-ws-10x/base", memoryRatio, memoryRatio < 1.5);
            if (largePeak is { } peak && peak >= LargePeakTargetMebibytes)
            {
                report.Fail("large-file");
            }

            report.Ratio("soap-call/raw", soap.ClientToRaw, soap.ClientToRaw <= 1.5);
            // The target is the cost of storing: sync and parse of the same bytes. The simulator pair is printed for
            // information (its both sides also pay the simulator generating the extraction on the same cores).
            report.Ratio("sync-store/parse", store.Ratio, store.Ratio >= 0.5);
            report.Ratio("sync-initial/extraction-parse", initial.Ratio, passes: true);

            report.Figure("elapsed", total.Elapsed.TotalSeconds, "s");
            return report.Complete();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<int> ParseOnlyAsync()
    {
        var report = new PerfReport();
        byte[] document = new PerfDataGenerator().WriteDocument(BaseEstablishments);
        var parse = await ParseFigures.MeasureAsync(document, Runs);
        report.Figure("parse", parse.ParseMegabytesPerSecond, "MB/s");
        report.Figure("parse-allocated", parse.AllocatedBytesPerEntity, "bytes/entity");
        report.Figure("baseline xmlreader-scan", parse.ScanMegabytesPerSecond, "MB/s");
        report.Figure("baseline xmlserializer", parse.SerializerMegabytesPerSecond, "MB/s");
        ReportCollections(report, parse);
        report.Ratio("parse/xmlreader-scan", parse.ParseToScan, parse.ParseToScan >= 0.5);
        report.Ratio("parse/xmlserializer", parse.ParseToSerializer, parse.ParseToSerializer >= 2);
        return report.Complete();
    }

    /// <summary>
    /// The parse figures over the tenfold document (printed, no target). The base document is smaller than the
    /// generation-0 budget of a machine that reports a large processor cache (128 MiB for 300 MiB of L3): there, neither
    /// the parse nor XmlSerializer is interrupted by a collection, which no extraction of real size allows XmlSerializer,
    /// since it keeps the whole document until the end. Over 165 MB both pay theirs.
    /// </summary>
    private static async Task<ParseFigures.Result> MeasureTenfoldParseAsync(PerfDataGenerator generator)
    {
        byte[] document = generator.WriteDocument(BaseEstablishments * 10);
        return await ParseFigures.MeasureAsync(document, TenfoldParseRounds, warmUpRounds: 1, minimumRounds: TenfoldParseRounds);
    }

    /// <summary>Prints how many collections a parse and an XmlSerializer run pay, and the budget that decides it.</summary>
    private static void ReportCollections(PerfReport report, ParseFigures.Result parse)
    {
        report.Figure("parse-collections", parse.ParseCollections, "per run");
        report.Figure("xmlserializer-collections", parse.SerializerCollections, "per run");
        report.Figure("gen0-budget", Measure.Mebibytes(parse.Gen0BudgetBytes), "MiB");
    }

    /// <summary>
    /// The flat-memory figures: the base file and the tenfold one, each parsed in a child process with the generation-0
    /// budget set (the target's figures), then with the machine's default budget (printed only; see <see cref="MemoryFigures"/>).
    /// </summary>
    private static async Task<(MemoryFigures.ChildResult Baseline, MemoryFigures.ChildResult Tenfold, MemoryFigures.ChildResult DefaultBaseline, MemoryFigures.ChildResult DefaultTenfold)> MeasureFlatMemoryAsync(PerfDataGenerator generator, string directory)
    {
        string basePath = Path.Combine(directory, "base.xml");
        string tenfoldPath = Path.Combine(directory, "tenfold.xml");
        await WriteFileAsync(generator, basePath, BaseEstablishments);
        await WriteFileAsync(generator, tenfoldPath, BaseEstablishments * 10);
        var baseline = await MemoryFigures.ParseInChildAsync(basePath);
        var tenfold = await MemoryFigures.ParseInChildAsync(tenfoldPath);
        var defaultBaseline = await MemoryFigures.ParseInChildAsync(basePath, gen0BudgetBytes: null);
        var defaultTenfold = await MemoryFigures.ParseInChildAsync(tenfoldPath, gen0BudgetBytes: null);
        File.Delete(basePath);
        File.Delete(tenfoldPath);
        return (baseline, tenfold, defaultBaseline, defaultTenfold);
    }

    private static async Task<(MemoryFigures.ChildResult Child, long Bytes)> MeasureLargeFileAsync(PerfDataGenerator generator, string directory, long baseBytes)
    {
        string path = Path.Combine(directory, "large.xml");
        int establishments = (int)Math.Ceiling(LargeFileBytes * 1.02 / baseBytes * BaseEstablishments);
        await WriteFileAsync(generator, path, establishments);
        long bytes = new FileInfo(path).Length;
        try
        {
            return (await MemoryFigures.ParseInChildAsync(path), bytes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task WriteFileAsync(PerfDataGenerator generator, string path, int establishments)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await generator.WriteDocumentAsync(file, establishments);
    }
}
