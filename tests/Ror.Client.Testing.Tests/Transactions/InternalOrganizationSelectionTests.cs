using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Testing.Tests.Transactions;

public sealed class InternalOrganizationSelectionTests
{
    [Fact]
    public void Select_Pole_ReturnsItsAncestorsItselfAndItsDescendants()
    {
        var bundle = SampleEstablishments.MultiFieldHospital;
        var pole = bundle.Facilities.First(f => f.Codes[0].Code == "1");

        var document = InternalOrganizationSelection.Select(bundle, pole);

        var ids = document.Facilities.Select(f => f.EntityId).ToHashSet();
        Assert.Contains(pole.EntityId, ids);
        Assert.All(document.Facilities.Where(f => f.EntityId != pole.EntityId), f => Assert.True(ids.Contains(SampleEstablishments.Parent(f)!), $"{f.EntityId} must hang below the pôle."));
        var children = bundle.Facilities.Where(f => SampleEstablishments.Parent(f) == pole.EntityId).ToList();
        Assert.NotEmpty(children);
        Assert.All(children, c => Assert.Contains(c.EntityId, ids));
        Assert.Equal([bundle.LegalEntity, bundle.Establishment], document.Organizations);
    }

    [Fact]
    public void Select_Unit_ReturnsItsParentChainAndItsLinks()
    {
        var bundle = SampleEstablishments.MultiFieldHospital;
        var unit = bundle.Facilities.Last(f => EstablishmentBundle.IsElementaryUnit(f) && SampleEstablishments.Parent(f) is not null);

        var document = InternalOrganizationSelection.Select(bundle, unit);

        var chain = new List<string>();
        for (var current = unit; current is not null; current = bundle.Facilities.FirstOrDefault(f => f.EntityId == SampleEstablishments.Parent(current)))
        {
            chain.Add(current.EntityId);
        }

        Assert.Equal(chain.Order(), document.Facilities.Select(f => f.EntityId).Order());
        Assert.Equal(unit.Organizations[0].Services.Select(s => s.EntityId), document.Services.Select(s => s.EntityId));
    }
}
