using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Tests.Fixtures.Access;
using static Ror.Client.Csd.Tests.Fixtures.Access.ModelFactory;

namespace Ror.Client.Csd.Tests.Access;

public sealed class RestrictedOrganizationViewTests
{
    private static readonly Price SomePrice = new()
    {
        PriceType = Code("1", "1.2.250.1.213.3.3.46"),
        PriceUnit = Code("1", "1.2.250.1.213.3.3.18"),
        Amount = new PriceAmount { Amount = 70.5, Currency = Code("EUR", "1.2.250.1.213.3.3.20") },
        Details = new HomeDayPrice(),
        Record = Record(),
    };

    /// <summary>EJ → EG (with a price) → pôle P (champ 01) and service S (champ 04) → UE U1 (under S), UE U2 (under P).</summary>
    private static CsdDocument Create()
    {
        var rich = UnitExtension(ActivityFieldCodes.MedicoSocial) with
        {
            MailBoxes = [MailBox("s@example.mssante.fr", null)],
            CreationDate = new DateOnly(2001, 1, 1),
            FinalClosingDate = new DateOnly(2031, 1, 1),
            AccommodationCapacity = new AccommodationCapacity { Beds = new BedCapacity { Total = 10 }, Record = Record() },
            ResidentialCapacities = [new ResidentialCapacity { ResidentialType = Code("02", RorCodeSystems.ResidentialType), Record = Record() }],
            ResourceSkills = new ResourceSkills(),
            ReceptionType = Code("1", "1.2.250.1.213.3.3.34"),
            SequentialReception = true,
            CareSpecializations = [Code("CS", "1.2.250.1.213.3.3.39")],
            SpecificActs = [Code("A", RorCodeSystems.SpecificAct)],
            AnnualOpening = Code("1", "1.2.250.1.213.3.3.30"),
            InterventionZones = [new TerritorialDivision { Type = Code("1", RorCodeSystems.TerritorialDivisionType), Code = Code("52", "1.2.250.1.213.2.25"), Record = Record() }],
            Location = new Location { CityNumber = Code("99001", RorCodeSystems.Commune), Record = Record() },
            PsychiatricSectors = ["75G01"],
            FacilityType = Code("T", "1.2.250.1.213.3.3.43"),
            Equipment = [new EntityReference { EntityId = "D1" }],
        };
        return new CsdDocument
        {
            Organizations =
            [
                LegalEntity("EJ", "1510000032"),
                Establishment("EG", "EJ", "1510000040", new OrganizationExtension { Prices = [SomePrice], DropZone = true }),
            ],
            Services = [Service("SV-U1"), Service("SV-S")],
            Facilities =
            [
                InternalOrganization("P", InternalOrganizationTypeCodes.Pole, "EG", rich with { ActivityTypes = [Code(ActivityFieldCodes.Mco, RorCodeSystems.ActivityField)] }, comments: "pole note"),
                InternalOrganization("S", InternalOrganizationTypeCodes.Service, "EG", rich with { ParentFacility = new EntityReference { EntityId = "P" } }, services: ["SV-S"]) with
                {
                    OperatingHours = [new OperatingHours { IsOpen = true, BeginEffectiveDate = new DateOnly(2020, 1, 1) }],
                },
                InternalOrganization("U1", InternalOrganizationTypeCodes.ElementaryUnit, "EG", UnitExtension(ActivityFieldCodes.MedicoSocial, "S"), services: ["SV-U1"]),
                InternalOrganization("U2", InternalOrganizationTypeCodes.ElementaryUnit, "EG", UnitExtension(ActivityFieldCodes.Mco, "P")),
            ],
            Providers = [Provider("PR-U1", ["U1"]), Provider("PR-S", ["S", "U2"]), Provider("PR-EG", [], ["EG"])],
            Devices = [Device("D1")],
        };
    }

    [Fact]
    public void Apply_FullOffer_RemovesTheElementaryUnits()
    {
        var result = RestrictedOrganizationView.Apply(Create());

        Assert.Equal(["P", "S"], result.Facilities.Select(f => f.EntityId));
    }

    [Fact]
    public void Apply_FullOffer_RemovesWhatOnlyDescribedTheUnits()
    {
        var result = RestrictedOrganizationView.Apply(Create());

        Assert.Equal(["SV-S"], result.Services.Select(s => s.EntityId));
        Assert.Empty(result.Devices);
        Assert.Equal(["PR-S", "PR-EG"], result.Providers.Select(p => p.EntityId));
        Assert.Equal(["S"], result.Providers[0].Facilities.Select(l => l.EntityId));
    }

    [Fact]
    public void Apply_FullOffer_RemovesPricesButKeepsOtherOrganizationData()
    {
        var establishment = RestrictedOrganizationView.Apply(Create()).Organizations[1];

        Assert.Empty(establishment.Extensions[0].Prices);
        Assert.True(establishment.Extensions[0].DropZone);
        Assert.Equal("EG EG", establishment.PrimaryName);
    }

    [Fact]
    public void Apply_InternalOrganization_KeepsItsIdentificationAndDropsUnitAttributes()
    {
        var service = RestrictedOrganizationView.Apply(Create()).Facilities[1];
        var extension = Assert.Single(service.Extensions);

        Assert.Equal(InternalOrganizationTypeCodes.Service, service.Codes[0].Code);
        Assert.Equal([ActivityFieldCodes.MedicoSocial], extension.ActivityTypes.Select(a => a.Code));
        Assert.Equal(new CodedType { Code = string.Empty, CodingScheme = string.Empty }, extension.CareMode);
        Assert.Equal(120, extension.PatientType.MaximumAge.Value);
        Assert.Single(extension.MailBoxes);
        Assert.Equal(new DateOnly(2001, 1, 1), extension.CreationDate);
        Assert.Equal(new DateOnly(2031, 1, 1), extension.FinalClosingDate);
        Assert.Equal("P", extension.ParentFacility?.EntityId);
        Assert.Null(extension.AccommodationCapacity);
        Assert.Empty(extension.ResidentialCapacities);
        Assert.Null(extension.ResourceSkills);
        Assert.Null(extension.ReceptionType);
        Assert.Null(extension.SequentialReception);
        Assert.Empty(extension.CareSpecializations);
        Assert.Empty(extension.SpecificActs);
        Assert.Null(extension.AnnualOpening);
        Assert.Empty(extension.InterventionZones);
        Assert.Null(extension.Location);
        Assert.Empty(extension.PsychiatricSectors);
        Assert.Empty(extension.Equipment);
        Assert.Empty(service.OperatingHours);
    }

    [Fact]
    public void Apply_FacilityType_KeptForMedicoSocialOnly()
    {
        var result = RestrictedOrganizationView.Apply(Create());

        Assert.Null(result.Facilities[0].Extensions[0].FacilityType);
        Assert.Equal("T", result.Facilities[1].Extensions[0].FacilityType?.Code);
    }

    [Fact]
    public void Apply_Comments_AreKept()
    {
        var pole = RestrictedOrganizationView.Apply(Create()).Facilities[0];

        Assert.Equal("pole note", pole.Record.Extensions[0].Comments);
    }

    [Fact]
    public void Apply_AnyDocument_LeavesInputUnchanged()
    {
        var data = Create();

        _ = RestrictedOrganizationView.Apply(data);

        Assert.Equal(Create(), data);
    }
}
