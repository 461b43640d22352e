using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Testing.Tests.Transactions;

public sealed class EstablishmentOfferSelectionTests
{
    private static EstablishmentReadCriteria Criteria(EstablishmentBundle bundle) =>
        new() { EstablishmentId = new OtherId { Code = bundle.StructureId, AssigningAuthorityName = "1.2.250.1.71.1.2.14" } };

    [Fact]
    public void Select_NoFilter_ReturnsTheWholeEstablishment()
    {
        var bundle = SampleEstablishments.MultiFieldHospital;

        var document = EstablishmentOfferSelection.Select(bundle, Criteria(bundle));

        Assert.Equal([bundle.LegalEntity, bundle.Establishment], document.Organizations);
        Assert.Equal(bundle.Facilities, document.Facilities);
        Assert.Equal(bundle.Services, document.Services);
        Assert.Equal(bundle.Devices, document.Devices);
        Assert.Equal(bundle.Providers, document.Providers);
    }

    [Fact]
    public void Select_EstablishmentWithoutUnits_ReturnsTheLegalEntityAndTheEstablishment()
    {
        var bundle = SampleEstablishments.Empty;

        var document = EstablishmentOfferSelection.Select(bundle, Criteria(bundle));

        Assert.Equal([bundle.LegalEntity, bundle.Establishment], document.Organizations);
        Assert.Empty(document.Facilities);
    }

    [Fact]
    public void Select_ActivityType_KeepsOnlyTheOrganisationsOfThatChamp()
    {
        var bundle = SampleEstablishments.MultiFieldHospital;
        var field = bundle.Summarize().ActivityFields[^1];

        var document = EstablishmentOfferSelection.Select(bundle, Criteria(bundle) with { ActivityTypes = [new CodedType { Code = field, CodingScheme = RorCodeSystems.ActivityField }] });

        Assert.NotEmpty(document.Facilities);
        Assert.All(document.Facilities, f => Assert.Contains(field, SampleEstablishments.Fields(f)));
        Assert.Equal(bundle.Facilities.Count(f => SampleEstablishments.Fields(f).Contains(field)), document.Facilities.Count);
        var kept = document.Facilities.Select(f => f.EntityId).ToHashSet();
        Assert.All(document.Facilities, f => Assert.True(SampleEstablishments.Parent(f) is null || kept.Contains(SampleEstablishments.Parent(f)!), "A kept OI keeps its parent."));
        Assert.All(document.Services, s => Assert.Contains(document.Facilities, f => f.Organizations[0].Services.Any(l => l.EntityId == s.EntityId)));
    }

    [Fact]
    public void Select_TwoActivityTypes_AreOred()
    {
        var bundle = SampleEstablishments.MultiFieldHospital;
        var fields = bundle.Summarize().ActivityFields;

        var document = EstablishmentOfferSelection.Select(bundle, Criteria(bundle) with
        {
            ActivityTypes = [.. fields.Select(f => new CodedType { Code = f, CodingScheme = RorCodeSystems.ActivityField })],
        });

        Assert.Equal(bundle.Facilities, document.Facilities);
    }

    [Fact]
    public void Select_SupportedPatient_KeepsTheUnitsOfThatPublicAndTheStructure()
    {
        var bundle = SampleEstablishments.TwoPublics;
        var patient = bundle.Summarize().SupportedPatients[0];

        var document = EstablishmentOfferSelection.Select(bundle, Criteria(bundle) with { SupportedPatients = [new CodedType { Code = patient, CodingScheme = RorCodeSystems.SupportedPatient }] });

        var units = document.Facilities.Where(EstablishmentBundle.IsElementaryUnit).ToList();
        Assert.NotEmpty(units);
        Assert.True(units.Count < bundle.Facilities.Count(EstablishmentBundle.IsElementaryUnit), "Units of the other public must go.");
        Assert.All(units, u => Assert.Contains(u.Extensions[0].PatientType.SupportedPatients, p => p.Code == patient));
        Assert.Equal(bundle.Facilities.Count(f => !EstablishmentBundle.IsElementaryUnit(f)), document.Facilities.Count(f => !EstablishmentBundle.IsElementaryUnit(f)));
    }

    [Fact]
    public void Select_ReferenceDate_KeepsTheChangedUnitsWithTheirAncestors()
    {
        var bundle = SampleEstablishments.MultiFieldHospital;
        var deepUnit = bundle.Facilities.Last(f => EstablishmentBundle.IsElementaryUnit(f) && SampleEstablishments.Parent(f) is not null);
        var since = bundle.LastUpdated.AddDays(1);
        var changed = bundle with
        {
            Facilities = [.. bundle.Facilities.Select(f => f.EntityId == deepUnit.EntityId ? f with { Record = f.Record with { Updated = since.AddSeconds(1) } } : f)],
        };

        var document = EstablishmentOfferSelection.Select(changed, Criteria(changed) with { ReferenceDate = since });

        Assert.Contains(document.Facilities, f => f.EntityId == deepUnit.EntityId);
        Assert.Contains(document.Facilities, f => f.EntityId == SampleEstablishments.Parent(deepUnit));
        Assert.Single(document.Facilities, EstablishmentBundle.IsElementaryUnit);
        Assert.Empty(document.Services);
        Assert.Equal(2, document.Organizations.Count);
    }

    [Fact]
    public void Select_ReferenceDateAfterEveryChange_ReturnsOnlyTheLegalEntityAndEstablishment()
    {
        var bundle = SampleEstablishments.MultiFieldHospital;

        var document = EstablishmentOfferSelection.Select(bundle, Criteria(bundle) with { ReferenceDate = bundle.LastUpdated });

        Assert.Empty(document.Facilities);
        Assert.Empty(document.Providers);
        Assert.Equal(2, document.Organizations.Count);
    }
}
