using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Offer;

/// <summary>A legal entity (EJ, <c>organization</c> without <c>parent</c>) of a <see cref="RorOffer"/>.</summary>
public sealed class LegalEntityNode
{
    internal LegalEntityNode(Organization organization)
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

    /// <summary>Its establishments (EG whose <c>parent</c> is this EJ), in document order.</summary>
    public IReadOnlyList<EstablishmentNode> Establishments => EstablishmentList;

    /// <summary>The providers linked to this EJ through <c>provider/organizations/organization</c>.</summary>
    public IReadOnlyList<ProviderNode> Providers => ProviderList;

    internal List<EstablishmentNode> EstablishmentList { get; } = [];

    internal List<ProviderNode> ProviderList { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"EJ {EntityId}";
}
