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
    /// <param name="SerializerMegabytesPerSecond">XmlSerializer deserialising the whole document.</param>
    /// <param name="AllocatedBytesPerEntity">Bytes allocated per entity by the reader.</param>
    public sealed record Result(double ParseMegabytesPerSecond, double ParseEntitiesPerSecond, double ScanMegabytesPerSecond, double SerializerMegabytesPerSecond, double AllocatedBytesPerEntity);

    /// <summary>Measures the three readers over <paramref name="document"/>.</summary>
    /// <param name="document">The UTF-8 CSD document.</param>
    /// <param name="runs">Timed runs per reader (median).</param>
    /// <returns>The figures.</returns>
    public static async Task<Result> MeasureAsync(byte[] document, int runs)
    {
        long entities = await CountEntitiesAsync(document);
        var parse = await Measure.MedianAsync(runs, async () => await CountEntitiesAsync(document));
        var scan = Measure.Median(runs, () => Scan(document));
        var serializer = Measure.Median(runs, () => Deserialize(document));

        long before = GC.GetTotalAllocatedBytes(precise: true);
        await CountEntitiesAsync(document);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        return new Result(
            Measure.MegabytesPerSecond(document.Length, parse),
            entities / parse.TotalSeconds,
            Measure.MegabytesPerSecond(document.Length, scan),
            Measure.MegabytesPerSecond(document.Length, serializer),
            (double)allocated / entities);
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
        IgnoreWhitespace = true,
    };
}
