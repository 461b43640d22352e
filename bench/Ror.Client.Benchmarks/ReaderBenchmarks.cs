using System.Xml;
using System.Xml.Serialization;
using BenchmarkDotNet.Attributes;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Perf.Baselines;
using Ror.Client.Perf.Data;

namespace Ror.Client.Benchmarks;

/// <summary>
/// Reading a generated CSD document of 1,000 establishments (3,000 entities): per entity (OperationsPerInvoke), so
/// that the Allocated column is the steady-state allocation per entity.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private const int Establishments = 1_000;
    private const int Entities = Establishments * 3;

    private static readonly XmlSerializer Serializer = new(typeof(SerializerCsd));
    private byte[] _document = [];

    /// <summary>Generates the document.</summary>
    [GlobalSetup]
    public void Setup() => _document = new PerfDataGenerator().WriteDocument(Establishments);

    /// <summary>CsdReader.ReadEntitiesAsync into typed entities.</summary>
    /// <returns>The number of entities.</returns>
    [Benchmark(OperationsPerInvoke = Entities)]
    public async Task<int> ReadEntitiesAsync()
    {
        using var stream = new MemoryStream(_document, writable: false);
        int count = 0;
        await foreach (CsdEntity entity in CsdReader.ReadEntitiesAsync(stream))
        {
            count += entity.EntityId.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>Baseline: a bare XmlReader reading every node.</summary>
    /// <returns>The number of nodes.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Entities)]
    public long XmlReaderScan()
    {
        using var stream = new MemoryStream(_document, writable: false);
        using var reader = XmlReader.Create(stream, Settings());
        long nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    /// <summary>Baseline: XmlSerializer over annotated classes.</summary>
    /// <returns>The number of entities.</returns>
    [Benchmark(OperationsPerInvoke = Entities)]
    public int XmlSerializerDeserialize()
    {
        using var stream = new MemoryStream(_document, writable: false);
        using var reader = XmlReader.Create(stream, Settings());
        var csd = (SerializerCsd)Serializer.Deserialize(reader)!;
        return csd.Organizations.Count + csd.Services.Count + csd.Facilities.Count;
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };
}
