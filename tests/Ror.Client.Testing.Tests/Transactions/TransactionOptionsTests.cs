using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;
using static Ror.Client.Testing.Tests.Transactions.DatasetSimulatorClient;

namespace Ror.Client.Testing.Tests.Transactions;

public sealed class TransactionOptionsTests
{
    private static readonly RorDatasetOptions Options = new() { Seed = 31, EstablishmentCount = 20 };

    [Fact]
    public async Task EstablishmentRead_FacilityNumberOffset_AnnouncesAWrongUnitCount()
    {
        var dataset = new RorDataset(Options);
        var bundle = dataset.EnumerateEstablishments().First(b => b.Facilities.Any(EstablishmentBundle.IsElementaryUnit));
        await using var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(dataset, new RorTransactionOptions { FacilityNumberOffset = 1 }));
        using var client = new DatasetSimulatorClient(simulator);

        var (_, xml) = await client.PostAsync(EstablishmentRead(bundle.StructureId), SearchAction);

        var result = BodyChild(xml).Element(CsdNs + "result")!;
        var units = bundle.Facilities.Count(EstablishmentBundle.IsElementaryUnit);
        Assert.Equal(units + 1, (int)result.Element(CsdNs + "facilityNumber")!);
        Assert.Equal(units, result.Descendants(CsdNs + "facility").Count(f => (string?)f.Element(CsdNs + "codedType")?.Attribute("code") == "4"));
    }

    [Fact]
    public async Task InternalOrganizationRead_FacilityNumberIncluded_CountsTheUnitsReturned()
    {
        var dataset = new RorDataset(Options);
        var bundle = dataset.EnumerateEstablishments().First(b => b.Facilities.Any(EstablishmentBundle.IsElementaryUnit));
        var unit = bundle.Facilities.First(EstablishmentBundle.IsElementaryUnit);
        await using var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(dataset, new RorTransactionOptions { IncludeFacilityNumberInInternalOrganizationRead = true }));
        using var client = new DatasetSimulatorClient(simulator);

        var (_, xml) = await client.PostAsync(InternalOrganizationRead(unit.OtherIds[0].Code), SearchAction);

        Assert.Equal("1", BodyChild(xml).Element(CsdNs + "result")!.Element(CsdNs + "facilityNumber")?.Value);
    }

    [Fact]
    public async Task EstablishmentRead_ProfileBoundToTheCertificate_FiltersTheAnswer()
    {
        var dataset = new RorDataset(Options);
        var bundle = dataset.EnumerateEstablishments().First(b => b.Facilities.Count > 0);
        var options = new RorSimulatorOptions().UseDataset(dataset);
        options.CertificateProfiles[options.ClientCommonName] = RorAccessProfile.PublicInformation;
        await using var simulator = await RorSimulator.StartAsync(options);
        using var client = new DatasetSimulatorClient(simulator);

        var (_, xml) = await client.PostAsync(EstablishmentRead(bundle.StructureId), SearchAction);

        var expected = LectureAnswer.Build(bundle.ToDocument(), RorAccessProfile.PublicInformation, true, new RorTransactionOptions());
        XmlEquivalence.Equal(CsdWriter.WriteToString(expected), BodyChild(xml));
    }

    [Fact]
    public async Task Notification_InvalidDateRef_IsASenderFault()
    {
        await using var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(new RorDataset(Options)));
        using var client = new DatasetSimulatorClient(simulator);

        var (status, xml) = await client.PostAsync(Notification("hier"), UpdateAction);

        Assert.Equal(400, status);
        Assert.Contains("dateRef", BodyChild(xml).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EstablishmentRead_ConfiguredNotFoundCode_IsAnswered()
    {
        await using var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(new RorDataset(Options), new RorTransactionOptions { NotFoundErrorCode = 404, NotFoundErrorMessage = "Inconnu" }));
        using var client = new DatasetSimulatorClient(simulator);

        var (_, xml) = await client.PostAsync(EstablishmentRead("1990099999"), SearchAction);

        var error = BodyChild(xml).Element(CsdNs + "error")!;
        Assert.Equal("404", (string?)error.Attribute("code"));
        Assert.Equal("Inconnu", (string?)error.Attribute("message"));
    }
}
