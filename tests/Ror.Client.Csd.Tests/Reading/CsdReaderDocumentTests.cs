using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdReaderDocumentTests
{
    [Fact]
    public async Task ReadDocumentAsync_CompleteDocument_FillsTheFiveDirectories()
    {
        await using var stream = ReadingFixtures.Open("csd-complete.xml");

        var document = await CsdReader.ReadDocumentAsync(stream);

        Assert.Equal(["EJ-1", "EG-1"], document.Organizations.Select(o => o.EntityId));
        Assert.Equal(["SRV-1", "SRV-2"], document.Services.Select(s => s.EntityId));
        Assert.Equal(["OI-10", "OI-20", "OI-30", "OI-42"], document.Facilities.Select(f => f.EntityId));
        Assert.Equal("PS-1", Assert.Single(document.Providers).EntityId);
        Assert.Equal("DEV-1", Assert.Single(document.Devices).EntityId);
    }

    [Fact]
    public async Task ReadDocumentAsync_CompleteDocument_ReadsNoDeviation()
    {
        var deviations = new List<CsdReadDeviation>();
        await using var stream = ReadingFixtures.Open("csd-complete.xml");

        await CsdReader.ReadDocumentAsync(stream, ReadingFixtures.Collecting(deviations));

        Assert.True(deviations.Count == 0, "A schema-valid document must read without deviation: " + string.Join("; ", deviations));
    }

    [Fact]
    public async Task ReadEntitiesAsync_CompleteDocument_YieldsEntitiesInDocumentOrder()
    {
        await using var stream = ReadingFixtures.Open("csd-complete.xml");

        var entities = await ReadingFixtures.ReadAllAsync(stream);

        Assert.Equal(
            ["EJ-1", "EG-1", "SRV-1", "SRV-2", "OI-10", "OI-20", "OI-30", "OI-42", "PS-1", "DEV-1"],
            entities.Select(e => e.EntityId));
    }

    [Fact]
    public async Task ReadDocumentAsync_LegalEntity_ReadsIdentificationAddressAndMetadata()
    {
        var document = await ReadCompleteAsync();
        var legalEntity = document.Organizations[0];

        Assert.Null(legalEntity.Parent);
        Assert.Equal(new OtherId { Code = "1990000001", AssigningAuthorityName = "1.2.250.1.71.4.2.2" }, Assert.Single(legalEntity.OtherIds));
        Assert.Equal(new CodedType { Code = "95", CodingScheme = "1.2.250.1.213.1.6.1.44", Label = "Société par actions simplifiée" }, Assert.Single(legalEntity.Codes));
        Assert.Equal("SOCIETE EXEMPLE SANTE", legalEntity.PrimaryName);
        Assert.Equal(new LocalizedName { Value = "EXEMPLE SANTE", Language = "fr" }, Assert.Single(legalEntity.OtherNames));
        var address = Assert.Single(legalEntity.Addresses);
        Assert.Equal("postal", address.Type);
        var line = Assert.Single(address.Lines);
        Assert.Equal(("1", "RUE", "DE L EXEMPLE", "99000", "EXEMPLEVILLE"), (line.BuildingNumber, line.StreetType, line.StreetName, line.PostCode, line.CityName));
        Assert.Null(line.Value);
        Assert.Single(address.Extensions);
        var extension = Assert.Single(legalEntity.Extensions);
        Assert.Equal(("EXEMPLE", new DateOnly(1990, 1, 15)), (extension.UseName, extension.CreationDate));
        Assert.Equal(("Type1", "Urn0"), (extension.Type, extension.Urn));
        Assert.Equal(new DateTimeOffset(2020, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)), legalEntity.Record.Created);
        Assert.Equal(new DateTimeOffset(2024, 11, 5, 14, 12, 0, TimeSpan.FromHours(1)), legalEntity.Record.Updated);
        Assert.Equal(("Ok", "https://ror.example.test/region"), (legalEntity.Record.Status, legalEntity.Record.SourceDirectory));
    }

    [Fact]
    public async Task ReadDocumentAsync_Establishment_ReadsContactsLocationAndPrices()
    {
        var document = await ReadCompleteAsync();
        var establishment = document.Organizations[1];

        Assert.Equal("EJ-1", establishment.Parent?.EntityId);
        Assert.Equal(2, establishment.OtherIds.Count);
        var extension = Assert.Single(establishment.Extensions);
        var contact = Assert.Single(extension.Contacts);
        Assert.Equal(("Standard", "01", "Accueil", "1"), (contact.Name, contact.Function?.Code, contact.Description, contact.ConfidentialityLevel.Code));
        var telecom = Assert.Single(contact.ContactPoints);
        Assert.Equal(("2", "0199000000"), (telecom.Channel.Code, telecom.Equipment));
        Assert.Equal("1", Assert.Single(telecom.Extensions).ConfidentialityLevel.Code);
        var territory = Assert.Single(extension.HealthCareTerritories);
        Assert.Equal(("TS", "9901"), (territory.Type.Code, territory.Code.Code));
        var location = extension.Location!;
        Assert.Equal(("Site principal", "1", "99001", 1.5m), (location.Name, location.Status?.Code, location.CityNumber.Code, location.CalculatedDistance));
        Assert.Equal((48.8566m, 2.3522m, "WGS84"), (location.GeoCoordinates!.Latitude, location.GeoCoordinates.Longitude, location.GeoCoordinates.CoordinateSystem));
        Assert.True(Assert.Single(location.GeoCoordinates.Extensions).AreCoordinatesReliable);
        Assert.Equal(2, extension.Prices.Count);
        var basePackage = Assert.IsType<BasePackageAccommodationPrice>(extension.Prices[0].Details);
        Assert.Equal((85.5, "EUR", new DateOnly(2024, 1, 1)), (extension.Prices[0].Amount.Amount, extension.Prices[0].Amount.Currency.Code, extension.Prices[0].UpdateDate));
        Assert.Equal((false, "1", "Blanchisserie", "02", "1"), (basePackage.Under60, Assert.Single(basePackage.IncludedServices).Code, Assert.Single(basePackage.OtherIncludedServices), basePackage.ResidentialType.Code, basePackage.WelcomeType.Code));
        var dependency = Assert.IsType<DependencyPrice>(extension.Prices[1].Details);
        Assert.Equal("GIR12", dependency.DependencyLevel.Code);
        Assert.Equal((false, true, 2, 10, "2"), (extension.DropZone, extension.AccommodationForFamily, extension.TemporarySocialHelpPlaces, extension.PermanentSocialHelpPlaces, extension.OrsanRecourseLevel?.Code));
    }

    [Fact]
    public async Task ReadDocumentAsync_Services_ReadActivityAndFamilies()
    {
        var document = await ReadCompleteAsync();

        Assert.Equal(new CodedType { Code = "001", CodingScheme = "1.2.250.1.213.3.3.12", Label = "Médecine générale" }, document.Services[0].Code);
        Assert.Equal("01", Assert.Single(document.Services[0].Extension!.ActivityFamilies).Code);
        Assert.Null(document.Services[1].Extension);
    }

    [Fact]
    public async Task ReadDocumentAsync_InternalOrganizationLevels_ReadTypesAndParents()
    {
        var document = await ReadCompleteAsync();

        Assert.Equal(["1", "2", "3", "4"], document.Facilities.Select(f => Assert.Single(f.Codes).Code));
        Assert.Equal([null, "OI-10", "OI-20", "OI-30"], document.Facilities.Select(f => Assert.Single(f.Extensions).ParentFacility?.EntityId));
        Assert.All(document.Facilities, f => Assert.Equal("EG-1", Assert.Single(f.Organizations).EntityId));
        Assert.Equal(new CodedType { Code = string.Empty, CodingScheme = string.Empty }, document.Facilities[0].Extensions[0].CareMode);
    }

    [Fact]
    public async Task ReadDocumentAsync_ElementaryUnit_ReadsTheWholeOffer()
    {
        var document = await ReadCompleteAsync();
        var unit = document.Facilities[3];
        var extension = Assert.Single(unit.Extensions);

        Assert.Equal((48.8566m, -2.3522m), (unit.GeoCode!.Latitude, unit.GeoCode.Longitude));
        Assert.Equal(["SRV-1", "SRV-2"], Assert.Single(unit.Organizations).Services.Select(s => s.EntityId));
        var hours = Assert.Single(unit.OperatingHours);
        Assert.Equal((true, new TimeOnly(8, 30), new TimeOnly(18, 0), new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31)), (hours.IsOpen, hours.BeginningHour, hours.EndingHour, hours.BeginEffectiveDate, hours.EndEffectiveDate));
        Assert.Equal([1, 2], hours.DaysOfWeek);
        Assert.Equal("1", Assert.Single(hours.Extensions).HoursType?.Code);
        Assert.Equal("3", Assert.Single(extension.Contacts).Nature?.Code);
        Assert.Equal("medecine@clinique.mssante.example.test", Assert.Single(extension.MailBoxes).ContactPoint?.Equipment);
        Assert.Equal(new DateOnly(2019, 6, 1), extension.CreationDate);
        Assert.Equal(("01", "29"), (Assert.Single(extension.ActivityTypes).Code, extension.CareMode.Code));
        Assert.Equal(("01", 18, 120, "a"), (Assert.Single(extension.PatientType.SupportedPatients).Code, extension.PatientType.MinimumAge.Value, extension.PatientType.MaximumAge.Value, extension.PatientType.MaximumAge.Unit.Code));
        Assert.Equal((20, 3, new DateTimeOffset(2024, 11, 5, 14, 12, 0, TimeSpan.FromHours(1)), 5, (int?)null), (extension.AccommodationCapacity!.Beds!.Total, extension.AccommodationCapacity.Beds.Available, extension.AccommodationCapacity.Beds.UpdateDate, extension.AccommodationCapacity.Places!.Total, extension.AccommodationCapacity.Places.Available));
        Assert.Equal((2, 6), (extension.CrisisAccommodationCapacity!.CapacityAtT0, extension.CrisisAccommodationCapacity.CapacityAtT60));
        Assert.Equal(("02", 12), (Assert.Single(extension.ResidentialCapacities).ResidentialType.Code, extension.ResidentialCapacities[0].ResidentialNumber));
        Assert.Equal(("60", "SM26", "1"), (Assert.Single(extension.ResourceSkills!.Professions).Code, Assert.Single(extension.ResourceSkills.MedicalSpecialities).Code, Assert.Single(extension.ResourceSkills.SpecificSkills).Code));
        Assert.Null(extension.ResourceSkills.Record);
        Assert.Equal("DEV-1", Assert.Single(extension.Equipment).EntityId);
        Assert.Equal(("1", false, "1", "1"), (extension.ReceptionType?.Code, extension.SequentialReception, Assert.Single(extension.CareSpecializations).Code, extension.FacilityType?.Code));
        Assert.Equal("99", Assert.Single(extension.InterventionZones).Code.Code);
        Assert.Equal("1", extension.AnnualOpening?.Code);
        Assert.Equal(["99G01"], extension.PsychiatricSectors);
        Assert.Equal(["1", "2"], extension.SpecificActs.Select(a => a.Code));
        Assert.Equal("1", Assert.Single(extension.ManagementTypes).Code);
        Assert.False(extension.IsSensitiveUnit);
        var recordExtension = Assert.Single(unit.Record.Extensions);
        Assert.Equal(("SRC-42", "Unité de test"), (recordExtension.Recognition, recordExtension.Comments));
    }

    [Fact]
    public async Task ReadDocumentAsync_Provider_ReadsDemographicLinksCredentialAndSituation()
    {
        var document = await ReadCompleteAsync();
        var provider = Assert.Single(document.Providers);

        var name = Assert.Single(provider.Demographic.Names);
        Assert.Equal(("fr", "Jeanne Exemple", "MME", "Jeanne", "EXEMPLE", "DR"), (name.Language, Assert.Single(name.CommonNames), name.Honorific?.Code, name.Forename, name.Surname, Assert.Single(name.Extensions).Title?.Code));
        Assert.Equal("F", provider.Demographic.Gender);
        Assert.Equal("EG-1", Assert.Single(provider.Organizations).EntityId);
        var facility = Assert.Single(provider.Facilities);
        Assert.Equal(("OI-42", "SRV-1", "EG-1"), (facility.EntityId, Assert.Single(facility.Services).EntityId, facility.Services[0].Organization?.EntityId));
        var credential = Assert.Single(provider.Credentials);
        Assert.Equal(("S", "12345", new DateOnly(2005, 7, 1), "SM26"), (credential.Type.Code, credential.Number, credential.IssueDate, Assert.Single(credential.Extensions).Speciality?.Code));
        Assert.Equal("SM26", provider.Specialty?.Code);
        var status = Assert.Single(provider.Extensions).OperationalStatus;
        Assert.Equal(("S", "1", "1", false, true, false), (status.ExerciseModeInUnit.Code, Assert.Single(status.SpecificSkills).Code, status.AgreementSector?.Code, status.ContractOptionHealthCareAccess, status.VitaleCardAccepted, status.HomeVisit));
    }

    [Fact]
    public async Task ReadDocumentAsync_Device_ReadsTypeAndUnitsInService()
    {
        var document = await ReadCompleteAsync();
        var device = Assert.Single(document.Devices);

        Assert.Equal(("12", "Scanner", 2), (device.Code.Code, device.Code.Label, device.Extension?.UnitsInService));
    }

    [Fact]
    public async Task ReadFileAsync_CompleteDocument_EqualsTheStreamRead()
    {
        var fromFile = await CsdReader.ReadFileAsync(ReadingFixtures.PathOf("csd-complete.xml"));

        Assert.Equal(await ReadCompleteAsync(), fromFile);
    }

    [Fact]
    public async Task ReadEntitiesFromFileAsync_CompleteDocument_YieldsEveryEntity()
    {
        var count = 0;
        await foreach (var entity in CsdReader.ReadEntitiesFromFileAsync(ReadingFixtures.PathOf("csd-complete.xml")))
        {
            count++;
        }

        Assert.Equal(10, count);
    }

    [Fact]
    public async Task ReadDocumentAsync_AnyPrefix_ReadsTheSameDocument()
    {
        var prefixed = ReadingFixtures.Text("csd-complete.xml")
            .Replace("<CSD xmlns=\"urn:ihe:iti:csd:2013\">", "<ns7:CSD xmlns:ns7=\"urn:ihe:iti:csd:2013\">", StringComparison.Ordinal)
            .Replace("</", "</ns7:", StringComparison.Ordinal)
            .Replace("<", "<ns7:", StringComparison.Ordinal)
            .Replace("<ns7:/ns7:", "</ns7:", StringComparison.Ordinal)
            .Replace("<ns7:?xml", "<?xml", StringComparison.Ordinal)
            .Replace("<ns7:!--", "<!--", StringComparison.Ordinal)
            .Replace("<ns7:ns7:", "<ns7:", StringComparison.Ordinal);

        var document = await CsdReader.ReadDocumentAsync(ReadingFixtures.FromText(prefixed));

        Assert.Equal(await ReadCompleteAsync(), document);
    }

    [Fact]
    public async Task ReadDocumentAsync_ReadTwice_ComparesEqualByValue()
    {
        Assert.Equal(await ReadCompleteAsync(), await ReadCompleteAsync());
    }

    private static async Task<CsdDocument> ReadCompleteAsync()
    {
        await using var stream = ReadingFixtures.Open("csd-complete.xml");
        return await CsdReader.ReadDocumentAsync(stream);
    }
}
