using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdReaderToleranceTests
{
    private const string FirstUnit = "/CSD/facilityDirectory/facility[1]";

    [Fact]
    public async Task ReadDocumentAsync_DirectoriesOutOfOrderAndOneMissing_ReadsEveryEntityAndReportsTheMissingDirectory()
    {
        var (document, deviations) = await ReadTolerantAsync();

        Assert.Equal((2, 1, 1, 0, 0), (document.Facilities.Count, document.Organizations.Count, document.Providers.Count, document.Services.Count, document.Devices.Count));
        Assert.Contains(deviations, d => d is { Kind: CsdDeviationKind.MissingElement, Name: "deviceDirectory", ElementPath: "/CSD" });
    }

    [Fact]
    public async Task ReadDocumentAsync_ElementsOutOfSequence_ReadsThem()
    {
        var (document, _) = await ReadTolerantAsync();

        Assert.Equal(("UNITE TOLEREE", "4"), (document.Facilities[0].PrimaryName, document.Facilities[0].Codes[0].Code));
    }

    [Fact]
    public async Task ReadDocumentAsync_CodedTypeLabel_KeepsTheLabelWithoutReport()
    {
        var (document, deviations) = await ReadTolerantAsync();

        Assert.Equal("Unité élémentaire", document.Facilities[0].Codes[0].Label);
        Assert.DoesNotContain(deviations, d => d.ElementPath == FirstUnit + "/codedType");
    }

    [Fact]
    public async Task ReadDocumentAsync_OtherIdWithoutAttributes_ReadsEmptyStringsAndReportsEachAttribute()
    {
        var (document, deviations) = await ReadTolerantAsync();

        Assert.Equal(
            [new OtherId { Code = "52/100001", AssigningAuthorityName = string.Empty }, new OtherId { Code = string.Empty, AssigningAuthorityName = string.Empty }],
            document.Facilities[0].OtherIds);
        Assert.Equal(
            [(FirstUnit + "/otherID", "@assigningAuthorityName"), (FirstUnit + "/otherID[2]", "@code"), (FirstUnit + "/otherID[2]", "@assigningAuthorityName")],
            deviations.Where(d => d.Kind == CsdDeviationKind.MissingAttribute && d.ElementPath.StartsWith(FirstUnit + "/otherID", StringComparison.Ordinal)).Select(d => (d.ElementPath, d.Name)));
    }

    [Fact]
    public async Task ReadDocumentAsync_UnknownElementAndAttribute_SkipsAndReportsThemWithTheirPosition()
    {
        var (_, deviations) = await ReadTolerantAsync();

        var element = Assert.Single(deviations, d => d.Kind == CsdDeviationKind.UnknownElementSkipped && d.Name == "legacyElement");
        Assert.Equal((FirstUnit + "/legacyElement", 10, 8), (element.ElementPath, element.LineNumber, element.LinePosition));
        var attribute = Assert.Single(deviations, d => d.Kind == CsdDeviationKind.UnknownAttributeIgnored);
        Assert.Equal((FirstUnit, "@flag", 5), (attribute.ElementPath, attribute.Name, attribute.LineNumber));
        Assert.Contains(deviations, d => d is { Kind: CsdDeviationKind.UnknownElementSkipped, Name: "oldStreetLabel" });
    }

    [Theory]
    [InlineData("available", "avaible")]
    [InlineData("crisisAccommodationCapacity", "crisisAccomodationCapacity")]
    [InlineData("residentialCapacity", "residentialCapactity")]
    [InlineData("ressourcesSkills", "resourcesSkills")]
    [InlineData("annualOpening", "annualOpenning")]
    [InlineData("basePackageAccommodation", "basePackageAccomodation")]
    [InlineData("accommodationFamily", "accomodationFamily")]
    [InlineData("nbTemporarySocialHelpPlace", "nbTemporarySocialeHelpPlace")]
    [InlineData("recognition", "recognation")]
    [InlineData("exerciseModeInUnit", "exerciceModeInUnit")]
    public async Task ReadDocumentAsync_CorrectedSpelling_IsReportedAsAlias(string alias, string wireName)
    {
        var (_, deviations) = await ReadTolerantAsync();

        Assert.Contains(deviations, d => d.Kind == CsdDeviationKind.AliasUsed && d.Name == alias && d.Expected == wireName);
    }

    [Fact]
    public async Task ReadDocumentAsync_CorrectedSpellings_FillTheSameProperties()
    {
        var (document, _) = await ReadTolerantAsync();
        var unit = document.Facilities[0].Extensions[0];
        var establishment = document.Organizations[0];

        Assert.Equal((10, 2), (unit.AccommodationCapacity!.Beds!.Total, unit.AccommodationCapacity.Beds.Available));
        Assert.Equal((1, 3), (unit.CrisisAccommodationCapacity!.CapacityAtT0, unit.CrisisAccommodationCapacity.CapacityAtT60));
        Assert.Equal("02", Assert.Single(unit.ResidentialCapacities).ResidentialType.Code);
        Assert.Equal("60", Assert.Single(unit.ResourceSkills!.Professions).Code);
        Assert.Equal("1", unit.AnnualOpening?.Code);
        Assert.True(Assert.IsType<BasePackageAccommodationPrice>(Assert.Single(establishment.Extensions[0].Prices).Details).Under60);
        Assert.Equal((true, 4), (establishment.Extensions[0].AccommodationForFamily, establishment.Extensions[0].TemporarySocialHelpPlaces));
        Assert.Equal("SRC-1", Assert.Single(establishment.Record.Extensions).Recognition);
        Assert.Equal("L", document.Providers[0].Extensions[0].OperationalStatus.ExerciseModeInUnit.Code);
    }

    [Fact]
    public async Task ReadDocumentAsync_BooleansAsDigits_ReadsThem()
    {
        var (document, _) = await ReadTolerantAsync();
        var extension = document.Facilities[0].Extensions[0];

        Assert.Equal((true, false), (extension.SequentialReception, extension.IsSensitiveUnit));
    }

    [Fact]
    public async Task ReadDocumentAsync_SeveralExtensions_KeepsThemAll()
    {
        var (document, _) = await ReadTolerantAsync();

        Assert.Equal([false, true], document.Facilities[0].Extensions.Select(e => e.IsSensitiveUnit));
        Assert.Equal([null, "SECONDE EXTENSION"], document.Organizations[0].Extensions.Select(e => e.UseName));
    }

    [Fact]
    public async Task ReadDocumentAsync_MandatoryPatientTypeMissing_UsesTheNeutralValueAndReportsIt()
    {
        var (document, deviations) = await ReadTolerantAsync();
        var patientType = document.Facilities[0].Extensions[0].PatientType;

        Assert.Equal((0, 0, string.Empty, string.Empty), (patientType.MinimumAge.Value, patientType.MaximumAge.Value, patientType.MinimumAge.Unit.Code, patientType.Record.Status));
        Assert.Contains(deviations, d => d is { Kind: CsdDeviationKind.MissingElement, Name: "patientsType", ElementPath: FirstUnit + "/extension" });
    }

    [Fact]
    public async Task ReadDocumentAsync_RecordMissing_UsesTheNeutralMetadataAndReportsIt()
    {
        var (document, deviations) = await ReadTolerantAsync();

        Assert.Equal((default(DateTimeOffset), string.Empty), (document.Facilities[1].Record.Created, document.Facilities[1].Record.Status));
        Assert.Contains(deviations, d => d is { Kind: CsdDeviationKind.MissingElement, Name: "record", ElementPath: "/CSD/facilityDirectory/facility[2]" });
    }

    [Fact]
    public async Task ReadDocumentAsync_CodedTypeWithoutAttributes_ReadsEmptyCodeAndReportsBoth()
    {
        var (document, deviations) = await ReadTolerantAsync();

        Assert.Equal(new CodedType { Code = string.Empty, CodingScheme = string.Empty }, Assert.Single(document.Facilities[1].Codes));
        Assert.Equal(2, deviations.Count(d => d.Kind == CsdDeviationKind.MissingAttribute && d.ElementPath == "/CSD/facilityDirectory/facility[2]/codedType"));
    }

    [Fact]
    public async Task ReadDocumentAsync_DatesWithoutOffset_ReadsThemInParisTimeAcrossSummerTime()
    {
        var (document, deviations) = await ReadTolerantAsync();
        var record = document.Facilities[0].Record;

        Assert.Equal(new DateTimeOffset(2020, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)), record.Created);
        Assert.Equal(new DateTimeOffset(2020, 7, 1, 9, 0, 0, TimeSpan.FromHours(2)), record.Updated);
        Assert.Equal(["@created", "@updated"], deviations.Where(d => d.Kind == CsdDeviationKind.DateTimeWithoutOffset).Select(d => d.Name));
    }

    [Fact]
    public async Task ReadEntitiesAsync_NoCallback_ReadsTheSameEntities()
    {
        var (document, _) = await ReadTolerantAsync();
        await using var stream = ReadingFixtures.Open("tolerant.xml");

        var silent = await CsdReader.ReadDocumentAsync(stream);

        Assert.Equal(document, silent);
    }

    [Fact]
    public async Task ReadEntitiesAsync_EntityInAnotherDirectory_ReadsItAndReportsIt()
    {
        var deviations = new List<CsdReadDeviation>();
        var xml = """
            <CSD xmlns="urn:ihe:iti:csd:2013"><organizationDirectory>
            <service entityID="S"><codedType code="1" codingScheme="x"/><record created="2020-01-01T00:00:00Z" updated="2020-01-01T00:00:00Z" status="Ok"/></service>
            </organizationDirectory><serviceDirectory/><facilityDirectory/><providerDirectory/><deviceDirectory/></CSD>
            """;

        var entities = await ReadingFixtures.ReadAllAsync(ReadingFixtures.FromText(xml), ReadingFixtures.Collecting(deviations));

        Assert.IsType<Service>(Assert.Single(entities));
        var deviation = Assert.Single(deviations);
        Assert.Equal((CsdDeviationKind.OutOfOrder, "service", "organization"), (deviation.Kind, deviation.Name, deviation.Expected));
    }

    [Fact]
    public async Task ReadEntitiesAsync_LocalElementInExtension_KeepsItsXml()
    {
        var xml = """
            <CSD xmlns="urn:ihe:iti:csd:2013"><organizationDirectory/><serviceDirectory/><facilityDirectory/><providerDirectory/><deviceDirectory>
            <device entityID="D"><codedType code="1" codingScheme="x"/><extension type="T" urn="U" extra="e"><local xmlns="">data</local><nbInService>3</nbInService></extension>
            <record created="2020-01-01T00:00:00Z" updated="2020-01-01T00:00:00Z" status="Ok"/></device>
            </deviceDirectory></CSD>
            """;

        var device = Assert.IsType<Device>(Assert.Single(await ReadingFixtures.ReadAllAsync(ReadingFixtures.FromText(xml))));

        Assert.Equal(("T", "U", 3), (device.Extension!.Type, device.Extension.Urn, device.Extension.UnitsInService));
        Assert.Equal("<local xmlns=\"\">data</local>", device.Extension.LocalElement);
        Assert.Equal(new ExtraAttribute { LocalName = "extra", Value = "e" }, Assert.Single(device.Extension.ExtraAttributes));
    }

    [Fact]
    public async Task ReadEntitiesAsync_DuplicatedSingleElement_KeepsTheLastAndReportsIt()
    {
        var deviations = new List<CsdReadDeviation>();
        var xml = """
            <CSD xmlns="urn:ihe:iti:csd:2013"><organizationDirectory/><serviceDirectory>
            <service entityID="S"><codedType code="1" codingScheme="x"/><codedType code="2" codingScheme="x"/><record created="2020-01-01T00:00:00Z" updated="2020-01-01T00:00:00Z" status="Ok"/></service>
            </serviceDirectory><facilityDirectory/><providerDirectory/><deviceDirectory/></CSD>
            """;

        var service = Assert.IsType<Service>(Assert.Single(await ReadingFixtures.ReadAllAsync(ReadingFixtures.FromText(xml), ReadingFixtures.Collecting(deviations))));

        Assert.Equal("2", service.Code.Code);
        Assert.Equal((CsdDeviationKind.DuplicateElement, "/CSD/serviceDirectory/service[1]/codedType[2]"), (Assert.Single(deviations).Kind, deviations[0].ElementPath));
    }

    [Fact]
    public async Task ReadEntitiesAsync_UnknownSiblingsRepeatedApart_PathsCountEachName()
    {
        // "xay" and "xby" share their length and their first and last characters; the others come in between.
        string[] names = ["xay", "xby", "xay", "q1", "q2", "xby", "xay", "xay", "q1", "xby"];
        int[] expected = [1, 1, 2, 1, 1, 2, 3, 4, 2, 3];
        var deviations = new List<CsdReadDeviation>();
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><organization entityID=\"E\"><codedType code=\"1\" codingScheme=\"x\"/>"
            + string.Concat(names.Select(n => $"<{n}/>")) + "</organization></organizationDirectory></CSD>";

        await ReadingFixtures.ReadAllAsync(ReadingFixtures.FromText(xml), ReadingFixtures.Collecting(deviations));

        Assert.Equal(
            names.Zip(expected, (n, i) => "/CSD/organizationDirectory/organization[1]/" + n + (i > 1 ? $"[{i}]" : string.Empty)),
            deviations.Where(d => d.Kind == CsdDeviationKind.UnknownElementSkipped).Select(d => d.ElementPath));
    }

    private static async Task<(CsdDocument Document, List<CsdReadDeviation> Deviations)> ReadTolerantAsync()
    {
        var deviations = new List<CsdReadDeviation>();
        await using var stream = ReadingFixtures.Open("tolerant.xml");
        var document = await CsdReader.ReadDocumentAsync(stream, ReadingFixtures.Collecting(deviations));
        return (document, deviations);
    }
}
