using System.Xml;
using System.Xml.Serialization;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Perf.Baselines;

namespace Ror.Client.Perf;

/// <summary>The <c>parse</c> figure and its two baselines, over the same in-memory document.</summary>
public static class ParseFigures
{
    private static readonly XmlSerializer Serializer = new(typeof(SerializerCsd));

    /// <summary>The measured throughputs.</summary>
    /// <param name="ParseMegabytesPerSecond">CsdReader.ReadEntitiesAsync.</param>
    /// <param name="ParseEntitiesPerSecond">The same run, in entities per second.</param>
    /// <param name="ScanMegabytesPerSecond">A bare XmlReader reading every node.</param>
    /// <param name="ValuesMegabytesPerSecond">A bare XmlReader reading every node and every value as a string (the floor of any typed reader).</param>
    /// <param name="SerializerMegabytesPerSecond">XmlSerializer deserialising the whole document.</param>
    /// <param name="AllocatedBytesPerEntity">Bytes allocated per entity by the reader.</param>
    /// <param name="ParseToScan">Median over the rounds of parse throughput / scan throughput.</param>
    /// <param name="ParseToSerializer">Median over the rounds of parse throughput / XmlSerializer throughput.</param>
    /// <param name="ParseCollections">Collections (all generations) during one parse started after a full collection, as in the timed runs.</param>
    /// <param name="SerializerCollections">The same for one XmlSerializer run.</param>
    /// <param name="Gen0BudgetBytes">The runtime's generation-0 budget in this process (it decides how many of those collections there are).</param>
    public sealed record Result(double ParseMegabytesPerSecond, double ParseEntitiesPerSecond, double ScanMegabytesPerSecond, double ValuesMegabytesPerSecond, double SerializerMegabytesPerSecond, double AllocatedBytesPerEntity, double ParseToScan, double ParseToSerializer, int ParseCollections, int SerializerCollections, long Gen0BudgetBytes);

    /// <summary>Warm-up rounds before the timed ones.</summary>
    public const int WarmUpRounds = 3;

    /// <summary>
    /// Timed rounds at least, whatever the runs asked for: the ratios are medians over the rounds. Six runs of
    /// <c>--parse-only</c> each on a shared 2-core machine: with 11 rounds <c>parse/xmlserializer</c> 2.14–2.39 and
    /// <c>parse/xmlreader-scan</c> 0.60–0.70, with 21 rounds 2.24–2.45 and 0.66–0.72, for some 2.5 s more per run.
    /// </summary>
    public const int MinimumRounds = 21;

    /// <summary>Measures the three readers over <paramref name="document"/>.</summary>
    /// <param name="document">The UTF-8 CSD document.</param>
    /// <param name="runs">Timed runs per reader (median); at least <see cref="MinimumRounds"/>.</param>
    /// <returns>The figures.</returns>
    public static Task<Result> MeasureAsync(byte[] document, int runs) => MeasureAsync(document, runs, WarmUpRounds, MinimumRounds);

    /// <summary>Measures the three readers over <paramref name="document"/>, with the given rounds.</summary>
    /// <param name="document">The UTF-8 CSD document.</param>
    /// <param name="runs">Timed runs per reader (median); at least <paramref name="minimumRounds"/>.</param>
    /// <param name="warmUpRounds">Rounds run before the timed ones.</param>
    /// <param name="minimumRounds">Timed rounds at least.</param>
    /// <returns>The figures.</returns>
    public static async Task<Result> MeasureAsync(byte[] document, int runs, int warmUpRounds, int minimumRounds)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The readers take turns in each round (the machine is shared: a load change then affects them alike), and the
        // order of the turns rotates from one round to the next, so that no reader always runs first or right after
        // another. The first rounds are a warm-up: the parse methods are large and reach their optimised (tier-1) code
        // only after a few calls, where XmlReader and XmlSerializer start precompiled. Each figure is the median of its
        // rounds; each ratio the median of the per-round ratios, over at least MinimumRounds rounds.
        long entities = await CountEntitiesAsync(document);
        int rounds = Math.Max(runs, minimumRounds);
        var parseTimes = new List<TimeSpan>(rounds);
        var scanTimes = new List<TimeSpan>(rounds);
        var valuesTimes = new List<TimeSpan>(rounds);
        var serializerTimes = new List<TimeSpan>(rounds);
        var scanRatios = new List<double>(rounds);
        var serializerRatios = new List<double>(rounds);
        var times = new TimeSpan[4];
        for (int round = -warmUpRounds; round < rounds; round++)
        {
            for (int turn = 0; turn < times.Length; turn++)
            {
                int reader = (turn + round + warmUpRounds) % times.Length;
                times[reader] = reader switch
                {
                    0 => await Measure.OnceAsync(async () => await CountEntitiesAsync(document)),
                    1 => await Measure.OnceAsync(() => Task.FromResult(Scan(document))),
                    2 => await Measure.OnceAsync(() => Task.FromResult(ScanValues(document))),
                    _ => await Measure.OnceAsync(() => Task.FromResult(Deserialize(document))),
                };
            }

            if (round >= 0)
            {
                var (parse, scan, values, serializer) = (times[0], times[1], times[2], times[3]);
                parseTimes.Add(parse);
                scanTimes.Add(scan);
                valuesTimes.Add(values);
                serializerTimes.Add(serializer);
                scanRatios.Add(scan / parse);
                serializerRatios.Add(serializer / parse);
            }
        }

        var parseMedian = Measure.MedianOf(parseTimes);

        long before = GC.GetTotalAllocatedBytes(precise: true);
        await CountEntitiesAsync(document);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        // How many collections a timed run pays: none when the budget holds all it allocates (the collection forced
        // before the next run, untimed, then takes it all). XmlSerializer keeps the whole document until its end, so each
        // collection during its run copies what it has built so far; the parse's garbage dies young.
        int parseCollections = await CollectionsDuringAsync(async () => await CountEntitiesAsync(document));
        int serializerCollections = await CollectionsDuringAsync(() => Task.FromResult(Deserialize(document)));

        return new Result(
            Measure.MegabytesPerSecond(document.Length, parseMedian),
            entities / parseMedian.TotalSeconds,
            Measure.MegabytesPerSecond(document.Length, Measure.MedianOf(scanTimes)),
            Measure.MegabytesPerSecond(document.Length, Measure.MedianOf(valuesTimes)),
            Measure.MegabytesPerSecond(document.Length, Measure.MedianOf(serializerTimes)),
            (double)allocated / entities,
            Median(scanRatios),
            Median(serializerRatios),
            parseCollections,
            serializerCollections,
            Measure.Gen0BudgetBytes());
    }

    private static async Task<int> CollectionsDuringAsync(Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        int before = GC.CollectionCount(0);
        await action();
        return GC.CollectionCount(0) - before;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>Entities per second of <see cref="CsdReader.ReadEntitiesAsync"/> over a document (median, after a warm-up).</summary>
    /// <param name="document">The document.</param>
    /// <param name="runs">Timed runs.</param>
    /// <returns>Entities per second.</returns>
    public static async Task<double> EntitiesPerSecondAsync(byte[] document, int runs)
    {
        long entities = await CountEntitiesAsync(document);
        var duration = await Measure.MedianAsync(runs, async () => await CountEntitiesAsync(document));
        return entities / duration.TotalSeconds;
    }

    /// <summary>Reads every entity of the document with <see cref="CsdReader.ReadEntitiesAsync"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The number of entities.</returns>
    public static async Task<long> CountEntitiesAsync(byte[] document)
    {
        using var stream = new MemoryStream(document, writable: false);
        long count = 0;
        await foreach (CsdEntity entity in CsdReader.ReadEntitiesAsync(stream))
        {
            if (entity.EntityId.Length > 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The bare XmlReader baseline: reads every node, builds nothing.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The number of nodes read.</returns>
    public static long Scan(byte[] document)
    {
        using var stream = new MemoryStream(document, writable: false);
        using var reader = XmlReader.Create(stream, ScanSettings());
        long nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    /// <summary>The XmlReader-with-values baseline: reads every node and gets every attribute and text value as a string.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The total length of the values.</returns>
    public static long ScanValues(byte[] document)
    {
        using var stream = new MemoryStream(document, writable: false);
        using var reader = XmlReader.Create(stream, ScanSettings());
        long length = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Text)
            {
                length += reader.Value.Length;
            }
            else if (reader.MoveToFirstAttribute())
            {
                do
                {
                    length += reader.Value.Length;
                }
                while (reader.MoveToNextAttribute());
            }
        }

        return length;
    }

    /// <summary>The XmlSerializer baseline: deserialises the whole document into annotated classes.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The number of entities.</returns>
    public static int Deserialize(byte[] document)
    {
        using var stream = new MemoryStream(document, writable: false);
        using var reader = XmlReader.Create(stream, ScanSettings());
        var csd = (SerializerCsd)Serializer.Deserialize(reader)!;
        return csd.Organizations.Count + csd.Services.Count + csd.Facilities.Count;
    }

    /// <summary>The settings of the baselines: the same hardening and node filtering as CsdReader.</summary>
    /// <returns>The settings.</returns>
    public static XmlReaderSettings ScanSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };
}
