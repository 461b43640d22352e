using Ror.Client.Csd.Models;
using Ror.Client.Testing;
using Xunit.Abstractions;

namespace Ror.Client.Tests.Integration;

/// <summary>The extraction of a dataset larger than 100 MB streams through the client in bounded memory.</summary>
public sealed class LargeExtractionTests(ITestOutputHelper output)
{
    private const int EstablishmentCount = 6_000;
    private const long HeapBound = 192L * 1024 * 1024;

    [Fact]
    public async Task ReadExtractionAsync_DatasetOver100MB_StreamsEveryEntityInBoundedMemory()
    {
        await using var ror = await SimulatorClient.StartAsync(EstablishmentCount);
        var client = ror.CreateClient();

        var size = await client.DownloadExtractionAsync(Stream.Null);
        Assert.True(size.Length >= 100L * 1024 * 1024, $"the extraction must exceed 100 MB for this test to mean something; it is {size.Length:N0} bytes");

        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, entities = 0, organizations = 0;
        await foreach (var entity in client.ReadExtractionAsync())
        {
            entities++;
            if (entity is Organization)
            {
                organizations++;
            }

            if (entities % 2_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        output.WriteLine($"{size.Length / (1024.0 * 1024):F0} MB, {entities:N0} entities, managed heap baseline {baseline / (1024.0 * 1024):F0} MB, sampled peak {peak / (1024.0 * 1024):F0} MB");
        Assert.True(organizations >= EstablishmentCount, $"every establishment must come back; got {organizations} organizations");
        Assert.True(peak - baseline < HeapBound, $"the managed heap grew by {(peak - baseline) / (1024 * 1024)} MB while streaming {size.Length / (1024 * 1024)} MB: the extraction is not streamed");
        Assert.Equal(2, ror.Simulator.Counters.Get(SimulatedTransaction.Extraction));
    }
}
