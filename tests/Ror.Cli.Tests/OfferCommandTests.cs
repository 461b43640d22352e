using Ror.Cli.Infrastructure;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;

namespace Ror.Cli.Tests;

/// <summary>The data commands without configuration: they run against the embedded simulator and its generated data.</summary>
public sealed class OfferCommandTests
{
    private static readonly RorDataset Data = new(new RorDatasetOptions { Seed = EmbeddedSimulator.DefaultSeed, EstablishmentCount = EmbeddedSimulator.DefaultEstablishmentCount });

    /// <summary>The generated establishment with the most internal organisations.</summary>
    private static EstablishmentBundle Largest => Data.EnumerateEstablishments().OrderByDescending(static b => b.Facilities.Count).First();

    [Fact]
    public async Task Establishment_KnownId_PrintsTheTreeWithUnitCount()
    {
        var bundle = Largest;

        var run = await CliRun.RunAsync("establishment", bundle.StructureId, "-q");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"EG {bundle.StructureId}", run.Output, StringComparison.Ordinal);
        var units = bundle.Facilities.Count(EstablishmentBundle.IsElementaryUnit);
        Assert.Contains($"{units} UE", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Establishment_Json_HasTheTreeShape()
    {
        var bundle = Largest;

        var run = await CliRun.RunAsync("establishment", bundle.StructureId, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = run.Json();
        var root = json.RootElement;
        Assert.Equal("TR-Lecture-OffresSanteEtablissement", root.GetProperty("transaction").GetString());
        var establishment = root.GetProperty("legalEntities")[0].GetProperty("establishments")[0];
        Assert.Equal(bundle.StructureId, establishment.GetProperty("structureId").GetString());
        Assert.Equal(bundle.Facilities.Count(EstablishmentBundle.IsElementaryUnit), establishment.GetProperty("elementaryUnits").GetInt32());
        Assert.Equal(root.GetProperty("facilityNumber").GetInt32(), root.GetProperty("elementaryUnits").GetInt32());
    }

    [Fact]
    public async Task Establishment_Profile0_DropsRestrictedContacts()
    {
        var bundle = Data.EnumerateEstablishments().First(static b => Levels(b.Facilities).Any(static level => level != "1"));
        var directory = Directory.CreateTempSubdirectory("ror-cli-profile-");
        try
        {
            var full = Path.Combine(directory.FullName, "profile1.xml");
            var publicView = Path.Combine(directory.FullName, "profile0.xml");

            var run1 = await CliRun.RunAsync("establishment", bundle.StructureId, "-q", "--out", full);
            var run0 = await CliRun.RunAsync("establishment", bundle.StructureId, "-q", "--profile", "0", "--out", publicView);

            Assert.True(run1.ExitCode == 0 && run0.ExitCode == 0, run1 + "\n" + run0);
            var levels1 = Levels((await CsdReader.ReadFileAsync(full)).Facilities).ToList();
            var levels0 = Levels((await CsdReader.ReadFileAsync(publicView)).Facilities).ToList();
            Assert.Contains(levels1, static level => level != "1");
            Assert.All(levels0, static level => Assert.Equal("1", level));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Establishment_UnknownId_ExitsWithServiceError()
    {
        var run = await CliRun.RunAsync("establishment", "1990999999", "-q");

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("444", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Establishment_ProfileOutOfRange_ExitsWithUsageError()
    {
        var run = await CliRun.RunAsync("establishment", "1990000019", "--profile", "5");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--profile", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_KnownIdentifier_PrintsItUnderItsEstablishment()
    {
        var bundle = Largest;
        var unit = bundle.Facilities.First(EstablishmentBundle.IsElementaryUnit);
        var identifier = unit.OtherIds.First(static id => id.Code.Contains('/', StringComparison.Ordinal)).Code;

        var run = await CliRun.RunAsync("organisation", identifier, "-q");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"EG {bundle.StructureId}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"UE {identifier}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_SinceLongAgo_ListsEveryEstablishmentInJson()
    {
        var run = await CliRun.RunAsync("changes", "--since", "2000-01-01", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = run.Json();
        Assert.Equal(EmbeddedSimulator.DefaultEstablishmentCount, json.RootElement.GetProperty("count").GetInt32());
        Assert.StartsWith("199", json.RootElement.GetProperty("establishments")[0].GetProperty("establishmentId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_WithoutSince_ExitsWithUsageError()
    {
        var run = await CliRun.RunAsync("changes");

        Assert.True(run.ExitCode == 2, run.ToString());
    }

    [Fact]
    public async Task Extract_ToFile_WritesAReadableExtraction()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-extract-");
        try
        {
            var file = Path.Combine(directory.FullName, "extraction.xml");

            var run = await CliRun.RunAsync("extract", "--out", file, "--json");

            Assert.True(run.ExitCode == 0, run.ToString());
            using var json = run.Json();
            Assert.Equal(new FileInfo(file).Length, json.RootElement.GetProperty("bytes").GetInt64());
            var document = await CsdReader.ReadFileAsync(file);
            Assert.Equal(EmbeddedSimulator.DefaultEstablishmentCount, document.Organizations.Count(static o => o.Parent is not null));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Levels(IEnumerable<Facility> facilities) =>
        facilities.SelectMany(static f => f.Extensions).SelectMany(static e => e.Contacts).Select(static c => c.ConfidentialityLevel.Code);
}
