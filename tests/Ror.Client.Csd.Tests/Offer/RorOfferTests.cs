using Ror.Client.Csd.Models;
using Ror.Client.Csd.Offer;
using static Ror.Client.Csd.Tests.Fixtures.Access.ModelFactory;

namespace Ror.Client.Csd.Tests.Offer;

public sealed class RorOfferTests
{
    private readonly RorOffer _offer = new(OfferFixture.Create());

    [Fact]
    public void Constructor_LegalEntity_ListsItsEstablishmentsInDocumentOrder()
    {
        var legalEntity = Assert.Single(_offer.LegalEntities);

        Assert.Equal(["EG1", "EG2"], legalEntity.Establishments.Select(e => e.EntityId));
        Assert.Same(legalEntity, _offer.FindEstablishment("EG2")?.LegalEntity);
    }

    [Fact]
    public void Constructor_Establishment_HasItsTopLevelInternalOrganizations()
    {
        Assert.Equal(["POLE", "UE2"], _offer.FindEstablishment("EG1")!.InternalOrganizations.Select(o => o.EntityId));
        Assert.Equal(["UE3", "UE4"], _offer.FindEstablishment("EG2")!.InternalOrganizations.Select(o => o.EntityId));
    }

    [Fact]
    public void Constructor_Hierarchy_LinksParentsAndChildrenDownToTheUnit()
    {
        var pole = _offer.FindInternalOrganization("POLE")!;

        Assert.Equal(InternalOrganizationLevel.Pole, pole.Level);
        Assert.Equal(["SERVICE"], pole.Children.Select(c => c.EntityId));
        Assert.Equal(["POLE", "SERVICE", "UF", "UE1"], pole.DescendantsAndSelf().Select(n => n.EntityId));
        Assert.Equal(["UE1", "UE2"], _offer.FindEstablishment("EG1")!.ElementaryUnits.Select(n => n.EntityId));
    }

    [Fact]
    public void Constructor_Unit_NavigatesBackToItsEstablishmentAndLegalEntity()
    {
        var unit = _offer.FindInternalOrganization("UE1")!;

        Assert.Equal(["UF", "SERVICE", "POLE"], unit.Ancestors().Select(a => a.EntityId));
        Assert.Equal("EG1", unit.Establishment?.EntityId);
        Assert.Equal("EJ1", unit.LegalEntity?.EntityId);
    }

    [Fact]
    public void Constructor_Unit_HasItsServicesDevicesAndProviders()
    {
        var unit = _offer.FindInternalOrganization("UE1")!;

        Assert.Equal(["SV1", "SV2"], unit.Services.Select(s => s.EntityId));
        Assert.Equal(["DV1"], unit.Devices.Select(d => d.EntityId));
        Assert.Equal(["PR1"], unit.Providers.Select(p => p.EntityId));
    }

    [Fact]
    public void Constructor_Establishment_HasTheProvidersLinkedToIt()
    {
        Assert.Equal(["PR1"], _offer.FindEstablishment("EG1")!.Providers.Select(p => p.EntityId));
        Assert.Equal(["PR2"], _offer.FindEstablishment("EG2")!.Providers.Select(p => p.EntityId));
        Assert.Equal(["UE1"], _offer.FindProvider("PR1")!.InternalOrganizations.Select(o => o.EntityId));
    }

    [Fact]
    public void Constructor_DanglingReferences_AreReportedNotThrown()
    {
        var problems = _offer.Problems.Select(p => (p.Kind, p.EntityId, p.Link, p.ReferencedEntityId)).ToList();

        Assert.Equal(
            [
                (RorOfferProblemKind.UnresolvedReference, "UE4", "extension/equipment", "DV-MISSING"),
                (RorOfferProblemKind.UnresolvedReference, "UE4", "extension/parentFacility", "MISSING"),
                (RorOfferProblemKind.UnresolvedReference, "PR3", "facilities/facility", "UE-MISSING"),
            ],
            problems);
    }

    [Fact]
    public void Constructor_UnresolvedParent_HangsTheUnitUnderItsEstablishment()
    {
        var unit = _offer.FindInternalOrganization("UE4")!;

        Assert.Null(unit.Parent);
        Assert.Equal("EG2", unit.Establishment?.EntityId);
    }

    [Fact]
    public void Find_BusinessIdentifiers_ReturnTheNodes()
    {
        Assert.Equal("EJ1", _offer.FindLegalEntityByStructureIdentifier("1510000032")?.EntityId);
        Assert.Equal("EG2", _offer.FindEstablishmentByStructureIdentifier("1510000057")?.EntityId);
        Assert.Equal("UE3", _offer.FindInternalOrganizationByIdentifier("52/3")?.EntityId);
        Assert.Null(_offer.FindInternalOrganizationByIdentifier("52/999"));
        Assert.Null(_offer.FindEstablishment("EJ1"));
    }

    [Fact]
    public void ElementaryUnits_Document_ListsEveryUnit() =>
        Assert.Equal(["UE1", "UE2", "UE3", "UE4"], _offer.ElementaryUnits.Select(u => u.EntityId));

    [Fact]
    public void Constructor_ParentCycle_IsBrokenAndReported()
    {
        var offer = new RorOffer(new CsdDocument
        {
            Organizations = [LegalEntity("EJ", "1"), Establishment("EG", "EJ", "2")],
            Facilities =
            [
                InternalOrganization("A", "2", "EG", UnitExtension("01", "B")),
                InternalOrganization("B", "2", "EG", UnitExtension("01", "A")),
            ],
        });

        var problem = Assert.Single(offer.Problems);
        Assert.Equal(RorOfferProblemKind.ParentFacilityCycle, problem.Kind);
        Assert.Single(offer.FindEstablishment("EG")!.InternalOrganizations);
        Assert.Equal(2, offer.FindEstablishment("EG")!.AllInternalOrganizations.Count());
    }

    [Fact]
    public void Constructor_DuplicateEntityId_KeepsTheFirstAndReports()
    {
        var offer = new RorOffer(new CsdDocument { Services = [Service("S"), Service("S", comments: "second")] });

        Assert.Equal(RorOfferProblemKind.DuplicateEntityId, Assert.Single(offer.Problems).Kind);
        Assert.Empty(offer.FindService("S")!.Record.Extensions);
    }

    [Fact]
    public void Constructor_EstablishmentUnderAnotherEstablishment_IsReportedAsInvalid()
    {
        var offer = new RorOffer(new CsdDocument { Organizations = [LegalEntity("EJ", "1"), Establishment("EG1", "EJ", "2"), Establishment("EG2", "EG1", "3")] });

        var problem = Assert.Single(offer.Problems);
        Assert.Equal((RorOfferProblemKind.InvalidReference, "EG2"), (problem.Kind, problem.EntityId));
        Assert.Null(offer.FindEstablishment("EG2")!.LegalEntity);
    }

    [Fact]
    public void FromEntities_Stream_BuildsTheSameGraph()
    {
        var document = OfferFixture.Create();
        IEnumerable<UniqueId> entities = [.. document.Facilities, .. document.Providers, .. document.Organizations, .. document.Services, .. document.Devices];

        var offer = RorOffer.FromEntities(entities);

        Assert.Equal(["UF", "SERVICE", "POLE"], offer.FindInternalOrganization("UE1")!.Ancestors().Select(a => a.EntityId));
        Assert.Equal(_offer.Problems.Count, offer.Problems.Count);
    }

    [Fact]
    public void Constructor_LargeChain_IsBuiltWithoutRecursion()
    {
        const int depth = 20_000;
        var facilities = Enumerable.Range(0, depth)
            .Select(i => InternalOrganization($"F{i}", "2", i == 0 ? "EG" : null, UnitExtension("01", i == 0 ? null : $"F{i - 1}")))
            .ToEquatableList();

        var offer = new RorOffer(new CsdDocument { Organizations = [LegalEntity("EJ", "1"), Establishment("EG", "EJ", "2")], Facilities = facilities });

        Assert.Equal("EG", offer.FindInternalOrganization($"F{depth - 1}")!.Establishment?.EntityId);
        Assert.Empty(offer.Problems);
    }
}
