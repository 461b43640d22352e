using BenchmarkDotNet.Attributes;
using Ror.Client.Perf;

namespace Ror.Client.Benchmarks;

/// <summary>
/// One TR-Lecture (EG) round trip to the local simulator over mutual TLS: <see cref="IRorClient.GetEstablishmentOfferAsync"/>
/// against a raw HttpClient POST of the same envelope parsed with XDocument.
/// </summary>
[MemoryDiagnoser]
public class SoapCallBenchmarks
{
    private NetworkFigures? _network;

    /// <summary>Starts the simulator and the clients.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _network = NetworkFigures.StartAsync().GetAwaiter().GetResult();
        _network.PrepareAsync().GetAwaiter().GetResult();
    }

    /// <summary>Stops the simulator.</summary>
    [GlobalCleanup]
    public void Cleanup() => _network?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>IRorClient.GetEstablishmentOfferAsync.</summary>
    /// <returns>The number of facilities.</returns>
    [Benchmark]
    public Task<int> ClientCallAsync() => _network!.CallClientAsync();

    /// <summary>Raw HttpClient + XDocument.</summary>
    /// <returns>The number of facilities.</returns>
    [Benchmark(Baseline = true)]
    public Task<int> RawCallAsync() => _network!.CallRawAsync();
}
