using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Offer;

/// <summary>An establishment (EG, <c>organization</c> with a <c>parent</c>) of a <see cref="RorOffer"/>.</summary>
public sealed class EstablishmentNode
{
    internal EstablishmentNode(Organization organization)
    {
        Organization = organization;
        StructureIdentifier = organization.GetStructureIdentifier();
    }

    /// <summary>The CSD organization.</summary>
    public Organization Organization { get; }

    /// <summary>The <c>entityID</c> (opaque, valid inside the document only).</summary>
    public string EntityId => Organization.EntityId;

    /// <summary>The idNat_Struct, see <see cref="RorOfferClassification.GetStructureIdentifier"/>.</summary>
    public string? StructureIdentifier { get; }

    /// <summary>Its legal entity, or <see langword="null"/> when <c>parent</c> is not in the document.</summary>
    public LegalEntityNode? LegalEntity { get; internal set; }

    /// <summary>
    /// Its top-level internal organisations: the OI attached to this EG (<c>facility/organizations/organization</c>)
    /// whose <c>parentFacility</c> is absent or not in the document.
    /// </summary>
    public IReadOnlyList<InternalOrganizationNode> InternalOrganizations => TopLevelList;

    /// <summary>Every internal organisation under this EG, at any depth, top-down.</summary>
    public IEnumerable<InternalOrganizationNode> AllInternalOrganizations =>
        TopLevelList.SelectMany(node => node.DescendantsAndSelf());

    /// <summary>Every elementary unit (UE) under this EG, at any depth.</summary>
    public IEnumerable<InternalOrganizationNode> ElementaryUnits =>
        AllInternalOrganizations.Where(node => node.Level == InternalOrganizationLevel.ElementaryUnit);

    /// <summary>The providers linked to this EG through <c>provider/organizations/organization</c>.</summary>
    public IReadOnlyList<ProviderNode> Providers => ProviderList;

    internal List<InternalOrganizationNode> TopLevelList { get; } = [];

    internal List<ProviderNode> ProviderList { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"EG {EntityId}";
}
