using BenchmarkDotNet.Attributes;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Perf.Data;

namespace Ror.Client.Benchmarks;

/// <summary>Writing 3,000 entities with <see cref="CsdStreamingWriter"/>, per entity.</summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private const int Establishments = 1_000;
    private const int Entities = Establishments * 3;

    private Organization[] _organizations = [];
    private Service[] _services = [];
    private Facility[] _facilities = [];

    /// <summary>Builds the entities.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generator = new PerfDataGenerator();
        _organizations = [.. Enumerable.Range(0, Establishments).Select(generator.Organization)];
        _services = [.. Enumerable.Range(0, Establishments).Select(generator.Service)];
        _facilities = [.. Enumerable.Range(0, Establishments).Select(generator.Facility)];
    }

    /// <summary>CsdStreamingWriter to a null stream.</summary>
    /// <returns>The number of entities written.</returns>
    [Benchmark(OperationsPerInvoke = Entities)]
    public async Task<long> WriteEntitiesAsync()
    {
        await using var writer = CsdStreamingWriter.Create(Stream.Null);
        foreach (var organization in _organizations)
        {
            await writer.WriteOrganizationAsync(organization);
        }

        foreach (var service in _services)
        {
            await writer.WriteServiceAsync(service);
        }

        foreach (var facility in _facilities)
        {
            await writer.WriteFacilityAsync(facility);
        }

        await writer.CompleteAsync();
        return writer.EntityCount;
    }
}
