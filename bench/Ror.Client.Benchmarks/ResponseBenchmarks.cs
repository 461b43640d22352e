using BenchmarkDotNet.Attributes;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Perf.Data;

namespace Ror.Client.Benchmarks;

/// <summary>
/// Materialising the answer of a Lecture EG transaction: a SOAP 1.2 envelope around a <c>careServicesResponse</c>
/// holding one establishment (EG) with 20 services and 20 facilities, read into a <see cref="CareServicesResponse"/>.
/// </summary>
[MemoryDiagnoser]
public class ResponseBenchmarks
{
    private const int Units = 20;

    private byte[] _envelope = [];

    /// <summary>Writes the envelope.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generator = new PerfDataGenerator();
        var response = new CareServicesResponse
        {
            Outcome = new CareServicesResult
            {
                FacilityNumber = Units,
                QueryResult = new CsdDocument
                {
                    Organizations = [generator.Organization(1)],
                    Services = [.. Enumerable.Range(0, Units).Select(generator.Service)],
                    Facilities = [.. Enumerable.Range(0, Units).Select(generator.Facility)],
                },
            },
        };
        using var memory = new MemoryStream();
        CsdSoapEnvelope.WriteEnvelopeAsync(memory, response).GetAwaiter().GetResult();
        _envelope = memory.ToArray();
    }

    /// <summary>CsdReader.ReadCareServicesResponseAsync from the envelope bytes.</summary>
    /// <returns>The number of facilities.</returns>
    [Benchmark]
    public async Task<int> ReadEstablishmentResponseAsync()
    {
        using var stream = new MemoryStream(_envelope, writable: false);
        var response = await CsdReader.ReadCareServicesResponseAsync(stream, CsdReaderOptions.ForMessages);
        return response.Outcome is CareServicesResult result ? result.QueryResult.Facilities.Count : -1;
    }
}
