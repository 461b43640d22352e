using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Offer;

/// <summary>An internal organisation (OI, a CSD <c>facility</c>: pôle, service, UF or UE) of a <see cref="RorOffer"/>.</summary>
public sealed class InternalOrganizationNode
{
    internal InternalOrganizationNode(Facility facility)
    {
        Facility = facility;
        Level = facility.GetLevel();
        Identifier = facility.GetInternalOrganizationIdentifier();
        ActivityFields = facility.GetActivityFields();
    }

    /// <summary>The CSD facility.</summary>
    public Facility Facility { get; }

    /// <summary>The <c>entityID</c> (opaque, valid inside the document only).</summary>
    public string EntityId => Facility.EntityId;

    /// <summary>The identifiantOI, see <see cref="RorOfferClassification.GetInternalOrganizationIdentifier"/>.</summary>
    public string? Identifier { get; }

    /// <summary>The level (TRE_R207).</summary>
    public InternalOrganizationLevel Level { get; }

    /// <summary>The activity fields (champs d'activité, TRE_R227 codes).</summary>
    public IReadOnlyList<string> ActivityFields { get; }

    /// <summary>The parent OI (<c>extension/parentFacility</c>), or <see langword="null"/> for a top-level OI.</summary>
    public InternalOrganizationNode? Parent { get; internal set; }

    /// <summary>The OI whose <c>parentFacility</c> is this one, in document order.</summary>
    public IReadOnlyList<InternalOrganizationNode> Children => ChildList;

    /// <summary>
    /// Its establishment: the EG named by its own <c>organizations/organization</c> link, else its parent's.
    /// <see langword="null"/> when none is in the document.
    /// </summary>
    public EstablishmentNode? Establishment { get; internal set; }

    /// <summary>The legal entity of its establishment, if known.</summary>
    public LegalEntityNode? LegalEntity => Establishment?.LegalEntity;

    /// <summary>The operational activities (<c>organizations/organization/service</c> → <c>service</c>).</summary>
    public IReadOnlyList<Service> Services => ServiceList;

    /// <summary>The specific equipment (<c>extension/equipment</c> → <c>device</c>).</summary>
    public IReadOnlyList<Device> Devices => DeviceList;

    /// <summary>The providers whose <c>facilities/facility</c> names this OI.</summary>
    public IReadOnlyList<ProviderNode> Providers => ProviderList;

    internal List<InternalOrganizationNode> ChildList { get; } = [];

    internal List<Service> ServiceList { get; } = [];

    internal List<Device> DeviceList { get; } = [];

    internal List<ProviderNode> ProviderList { get; } = [];

    /// <summary>The parent chain, nearest first (parent, grand-parent, …).</summary>
    /// <returns>The ancestors.</returns>
    public IEnumerable<InternalOrganizationNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>This OI then every descendant, depth first.</summary>
    /// <returns>The sub-tree.</returns>
    public IEnumerable<InternalOrganizationNode> DescendantsAndSelf()
    {
        var stack = new Stack<InternalOrganizationNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.ChildList.Count - 1; i >= 0; i--)
            {
                stack.Push(node.ChildList[i]);
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Level} {EntityId}";
}
