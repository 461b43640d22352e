using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Offer;

/// <summary>A provider (professional and its situation opérationnelle) of a <see cref="RorOffer"/>.</summary>
public sealed class ProviderNode
{
    internal ProviderNode(Provider provider)
    {
        Provider = provider;
    }

    /// <summary>The CSD provider.</summary>
    public Provider Provider { get; }

    /// <summary>The <c>entityID</c> (opaque, valid inside the document only).</summary>
    public string EntityId => Provider.EntityId;

    /// <summary>The internal organisations named by <c>provider/facilities/facility</c>.</summary>
    public IReadOnlyList<InternalOrganizationNode> InternalOrganizations => InternalOrganizationList;

    /// <summary>The establishments named by <c>provider/organizations/organization</c>.</summary>
    public IReadOnlyList<EstablishmentNode> Establishments => EstablishmentList;

    /// <summary>The legal entities named by <c>provider/organizations/organization</c>.</summary>
    public IReadOnlyList<LegalEntityNode> LegalEntities => LegalEntityList;

    internal List<InternalOrganizationNode> InternalOrganizationList { get; } = [];

    internal List<EstablishmentNode> EstablishmentList { get; } = [];

    internal List<LegalEntityNode> LegalEntityList { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"provider {EntityId}";
}
