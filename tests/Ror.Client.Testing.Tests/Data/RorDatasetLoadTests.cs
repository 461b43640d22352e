using Ror.Client.Csd;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Tests.Data;

public sealed class RorDatasetLoadTests
{
    [Fact]
    public async Task LoadFileAsync_WrittenGeneratedDocument_GivesBackTheGeneratedEstablishments()
    {
        var generator = new RorDatasetGenerator(new RorDatasetOptions { Seed = 8, EstablishmentCount = 30 });
        var path = Path.Combine(Path.GetTempPath(), "ror-dataset-" + Guid.NewGuid().ToString("N") + ".xml");
        try
        {
            await using (var file = File.Create(path))
            {
                await CsdWriter.WriteDocumentAsync(file, generator.GenerateDocument());
            }

            var dataset = await RorDataset.LoadFileAsync(path);

            Assert.Equal(generator.GenerateEstablishments(), dataset.EnumerateEstablishments());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
