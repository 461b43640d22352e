using Ror.Client.Csd.Access;
using Ror.Client.Csd.Validation;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Testing.Tests.Transactions;

public sealed class ExtractionDeterminismTests
{
    [Fact]
    public async Task Extraction_SameSeedOnTwoSimulators_GivesIdenticalBytes()
    {
        var options = new RorDatasetOptions { Seed = 99, EstablishmentCount = 50 };

        var first = await DownloadAsync(new RorDataset(options));
        var second = await DownloadAsync(new RorDataset(options with { }));

        Assert.True(first.Length > 100_000, $"The extraction is suspiciously small ({first.Length} bytes).");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Extraction_ForThePublicProfile_HidesWhatProfileZeroMustNotSee()
    {
        var dataset = new RorDataset(new RorDatasetOptions { Seed = 98, EstablishmentCount = 60 });
        using var full = new MemoryStream();
        using var publicFile = new MemoryStream();

        await RorDatasetExtraction.WriteAsync(dataset, full, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
        await RorDatasetExtraction.WriteAsync(dataset, publicFile, RorAccessProfile.PublicInformation, CancellationToken.None);

        Assert.True(publicFile.Length < full.Length, "The public file must be smaller than the full extraction.");
        publicFile.Position = 0;
        Assert.True(CsdSchemaValidator.Validate(publicFile).IsValid, "The public-profile extraction must validate.");
        const string SensitiveUnit = "<sensitiveUnit>true</sensitiveUnit>";
        Assert.Contains(SensitiveUnit, System.Text.Encoding.UTF8.GetString(full.ToArray()), StringComparison.Ordinal);
        Assert.DoesNotContain(SensitiveUnit, System.Text.Encoding.UTF8.GetString(publicFile.ToArray()), StringComparison.Ordinal);
    }

    private static async Task<byte[]> DownloadAsync(RorDataset dataset)
    {
        await using var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(dataset));
        using var client = new DatasetSimulatorClient(simulator);
        return await client.Http.GetByteArrayAsync(simulator.ExtractionEndpoint);
    }
}
