using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Offer;

/// <summary>
/// The ROR offer of a CSD document as a navigable, read-only graph: EJ → EG → internal organisations
/// (pôle → service → UF → UE) and back, with the services, devices and providers of each unit.
/// </summary>
/// <remarks>
/// Built in one pass with dictionaries keyed by <c>entityID</c> (linear in the size of the document).
/// Links are resolved inside the document only; a link to an entity that is not in it is tolerated and
/// listed in <see cref="Problems"/>, never thrown. The document is not copied: nodes wrap its models.
/// </remarks>
public sealed class RorOffer
{
    private readonly Dictionary<string, LegalEntityNode> _legalEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EstablishmentNode> _establishments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InternalOrganizationNode> _internalOrganizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Service> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Device> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProviderNode> _providers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LegalEntityNode> _legalEntitiesByStructureId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EstablishmentNode> _establishmentsByStructureId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InternalOrganizationNode> _internalOrganizationsByIdentifier = new(StringComparer.Ordinal);
    private readonly List<LegalEntityNode> _legalEntityList = [];
    private readonly List<EstablishmentNode> _establishmentList = [];
    private readonly List<InternalOrganizationNode> _internalOrganizationList = [];
    private readonly List<ProviderNode> _providerList = [];
    private readonly List<InternalOrganizationNode> _unattached = [];
    private readonly List<RorOfferProblem> _problems = [];

    /// <summary>Builds the graph of a document.</summary>
    /// <param name="document">The document (e.g. a <c>queryResult</c>).</param>
    public RorOffer(CsdDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        IndexEntities();
        LinkOrganizations();
        LinkInternalOrganizations();
        LinkProviders();
    }

    /// <summary>Builds the graph of a stream of entities (organizations, services, facilities, providers, devices).</summary>
    /// <param name="entities">The entities, in any order; other <see cref="UniqueId"/> types are ignored.</param>
    /// <returns>The graph.</returns>
    public static RorOffer FromEntities(IEnumerable<UniqueId> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var organizations = new List<Organization>();
        var services = new List<Service>();
        var facilities = new List<Facility>();
        var providers = new List<Provider>();
        var devices = new List<Device>();
        foreach (var entity in entities)
        {
            switch (entity)
            {
                case Organization organization: organizations.Add(organization); break;
                case Service service: services.Add(service); break;
                case Facility facility: facilities.Add(facility); break;
                case Provider provider: providers.Add(provider); break;
                case Device device: devices.Add(device); break;
                default: break;
            }
        }

        return new RorOffer(new CsdDocument
        {
            Organizations = organizations.ToEquatableList(),
            Services = services.ToEquatableList(),
            Facilities = facilities.ToEquatableList(),
            Providers = providers.ToEquatableList(),
            Devices = devices.ToEquatableList(),
        });
    }

    /// <summary>The document the graph was built from.</summary>
    public CsdDocument Document { get; }

    /// <summary>The legal entities (EJ), in document order.</summary>
    public IReadOnlyList<LegalEntityNode> LegalEntities => _legalEntityList;

    /// <summary>The establishments (EG), in document order, including those whose EJ is not in the document.</summary>
    public IReadOnlyList<EstablishmentNode> Establishments => _establishmentList;

    /// <summary>Every internal organisation (OI, every level), in document order.</summary>
    public IReadOnlyList<InternalOrganizationNode> InternalOrganizations => _internalOrganizationList;

    /// <summary>The elementary units (UE), in document order.</summary>
    public IEnumerable<InternalOrganizationNode> ElementaryUnits =>
        _internalOrganizationList.Where(node => node.Level == InternalOrganizationLevel.ElementaryUnit);

    /// <summary>The top-level internal organisations attached to no establishment of the document.</summary>
    public IReadOnlyList<InternalOrganizationNode> UnattachedInternalOrganizations => _unattached;

    /// <summary>The providers, in document order.</summary>
    public IReadOnlyList<ProviderNode> Providers => _providerList;

    /// <summary>The links that could not be followed (dangling or invalid references, duplicates, cycles).</summary>
    public IReadOnlyList<RorOfferProblem> Problems => _problems;

    /// <summary>Finds a legal entity by <c>entityID</c>.</summary>
    /// <param name="entityId">The <c>entityID</c>.</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public LegalEntityNode? FindLegalEntity(string entityId) => _legalEntities.GetValueOrDefault(entityId);

    /// <summary>Finds an establishment by <c>entityID</c>.</summary>
    /// <param name="entityId">The <c>entityID</c>.</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public EstablishmentNode? FindEstablishment(string entityId) => _establishments.GetValueOrDefault(entityId);

    /// <summary>Finds an internal organisation by <c>entityID</c>.</summary>
    /// <param name="entityId">The <c>entityID</c>.</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public InternalOrganizationNode? FindInternalOrganization(string entityId) => _internalOrganizations.GetValueOrDefault(entityId);

    /// <summary>Finds a provider by <c>entityID</c>.</summary>
    /// <param name="entityId">The <c>entityID</c>.</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public ProviderNode? FindProvider(string entityId) => _providers.GetValueOrDefault(entityId);

    /// <summary>Finds a service (operational activity) by <c>entityID</c>.</summary>
    /// <param name="entityId">The <c>entityID</c>.</param>
    /// <returns>The service, or <see langword="null"/>.</returns>
    public Service? FindService(string entityId) => _services.GetValueOrDefault(entityId);

    /// <summary>Finds a device (specific equipment) by <c>entityID</c>.</summary>
    /// <param name="entityId">The <c>entityID</c>.</param>
    /// <returns>The device, or <see langword="null"/>.</returns>
    public Device? FindDevice(string entityId) => _devices.GetValueOrDefault(entityId);

    /// <summary>Finds a legal entity by idNat_Struct.</summary>
    /// <param name="structureIdentifier">The idNat_Struct (e.g. <c>1510000032</c>).</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public LegalEntityNode? FindLegalEntityByStructureIdentifier(string structureIdentifier) =>
        _legalEntitiesByStructureId.GetValueOrDefault(structureIdentifier);

    /// <summary>Finds an establishment by idNat_Struct.</summary>
    /// <param name="structureIdentifier">The idNat_Struct (e.g. <c>1510000040</c>).</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public EstablishmentNode? FindEstablishmentByStructureIdentifier(string structureIdentifier) =>
        _establishmentsByStructureId.GetValueOrDefault(structureIdentifier);

    /// <summary>Finds an internal organisation by identifiantOI.</summary>
    /// <param name="identifier">The identifiantOI (e.g. <c>52/100042</c>).</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public InternalOrganizationNode? FindInternalOrganizationByIdentifier(string identifier) =>
        _internalOrganizationsByIdentifier.GetValueOrDefault(identifier);

    private void IndexEntities()
    {
        foreach (var organization in Document.Organizations)
        {
            if (_legalEntities.ContainsKey(organization.EntityId) || _establishments.ContainsKey(organization.EntityId))
            {
                ReportDuplicate("organization", organization.EntityId);
                continue;
            }

            if (organization.GetRole() == OrganizationRole.LegalEntity)
            {
                var node = new LegalEntityNode(organization);
                _legalEntities.Add(node.EntityId, node);
                _legalEntityList.Add(node);
                if (node.StructureIdentifier is { } id)
                {
                    _legalEntitiesByStructureId.TryAdd(id, node);
                }
            }
            else
            {
                var node = new EstablishmentNode(organization);
                _establishments.Add(node.EntityId, node);
                _establishmentList.Add(node);
                if (node.StructureIdentifier is { } id)
                {
                    _establishmentsByStructureId.TryAdd(id, node);
                }
            }
        }

        foreach (var service in Document.Services)
        {
            if (!_services.TryAdd(service.EntityId, service))
            {
                ReportDuplicate("service", service.EntityId);
            }
        }

        foreach (var device in Document.Devices)
        {
            if (!_devices.TryAdd(device.EntityId, device))
            {
                ReportDuplicate("device", device.EntityId);
            }
        }

        foreach (var facility in Document.Facilities)
        {
            var node = new InternalOrganizationNode(facility);
            if (!_internalOrganizations.TryAdd(node.EntityId, node))
            {
                ReportDuplicate("facility", facility.EntityId);
                continue;
            }

            _internalOrganizationList.Add(node);
            if (node.Identifier is { } id)
            {
                _internalOrganizationsByIdentifier.TryAdd(id, node);
            }
        }

        foreach (var provider in Document.Providers)
        {
            var node = new ProviderNode(provider);
            if (!_providers.TryAdd(node.EntityId, node))
            {
                ReportDuplicate("provider", provider.EntityId);
                continue;
            }

            _providerList.Add(node);
        }
    }

    private void LinkOrganizations()
    {
        foreach (var establishment in _establishmentList)
        {
            var parentId = establishment.Organization.Parent!.EntityId;
            if (_legalEntities.TryGetValue(parentId, out var legalEntity))
            {
                establishment.LegalEntity = legalEntity;
                legalEntity.EstablishmentList.Add(establishment);
            }
            else if (_establishments.ContainsKey(parentId))
            {
                Report(RorOfferProblemKind.InvalidReference, establishment.EntityId, "parent", parentId, "the parent of an establishment is another establishment, not a legal entity");
            }
            else
            {
                Report(RorOfferProblemKind.UnresolvedReference, establishment.EntityId, "parent", parentId, "the legal entity is not in the document");
            }
        }
    }

    private void LinkInternalOrganizations()
    {
        // Own links first: establishment, services, devices, parent.
        foreach (var node in _internalOrganizationList)
        {
            var facility = node.Facility;
            foreach (var link in facility.Organizations)
            {
                if (_establishments.TryGetValue(link.EntityId, out var establishment))
                {
                    node.Establishment ??= establishment;
                }
                else if (_legalEntities.ContainsKey(link.EntityId))
                {
                    Report(RorOfferProblemKind.InvalidReference, node.EntityId, "organizations/organization", link.EntityId, "an internal organisation is attached to a legal entity instead of an establishment");
                }
                else
                {
                    Report(RorOfferProblemKind.UnresolvedReference, node.EntityId, "organizations/organization", link.EntityId, "the establishment is not in the document");
                }

                foreach (var serviceLink in link.Services)
                {
                    if (_services.TryGetValue(serviceLink.EntityId, out var service))
                    {
                        if (!node.ServiceList.Contains(service))
                        {
                            node.ServiceList.Add(service);
                        }
                    }
                    else
                    {
                        Report(RorOfferProblemKind.UnresolvedReference, node.EntityId, "organizations/organization/service", serviceLink.EntityId, "the service is not in the document");
                    }
                }
            }

            foreach (var extension in facility.Extensions)
            {
                foreach (var equipment in extension.Equipment)
                {
                    if (_devices.TryGetValue(equipment.EntityId, out var device))
                    {
                        if (!node.DeviceList.Contains(device))
                        {
                            node.DeviceList.Add(device);
                        }
                    }
                    else
                    {
                        Report(RorOfferProblemKind.UnresolvedReference, node.EntityId, "extension/equipment", equipment.EntityId, "the device is not in the document");
                    }
                }
            }

            if (facility.GetParentFacilityId() is { } parentId)
            {
                if (_internalOrganizations.TryGetValue(parentId, out var parent) && !ReferenceEquals(parent, node))
                {
                    node.Parent = parent;
                }
                else
                {
                    Report(RorOfferProblemKind.UnresolvedReference, node.EntityId, "extension/parentFacility", parentId, "the parent internal organisation is not in the document");
                }
            }
        }

        BreakCycles();

        foreach (var node in _internalOrganizationList)
        {
            if (node.Parent is { } parent)
            {
                parent.ChildList.Add(node);
            }
        }

        // Top-down: an OI without its own establishment link inherits its parent's.
        foreach (var node in _internalOrganizationList)
        {
            if (node.Parent is not null)
            {
                continue;
            }

            if (node.Establishment is { } establishment)
            {
                establishment.TopLevelList.Add(node);
            }
            else
            {
                _unattached.Add(node);
            }

            foreach (var descendant in node.DescendantsAndSelf())
            {
                if (descendant.Parent is { } parent)
                {
                    descendant.Establishment ??= parent.Establishment;
                }
            }
        }
    }

    private void BreakCycles()
    {
        // Colour marking: 0 unvisited, 1 on the current chain, 2 done. Linear overall.
        var state = new Dictionary<InternalOrganizationNode, int>();
        var chain = new List<InternalOrganizationNode>();
        foreach (var start in _internalOrganizationList)
        {
            chain.Clear();
            var node = start;
            while (node is not null && state.GetValueOrDefault(node) == 0)
            {
                state[node] = 1;
                chain.Add(node);
                node = node.Parent;
            }

            if (node is not null && state[node] == 1)
            {
                // The chain loops back onto itself at 'node': cut the link that closes the loop.
                var last = chain[^1];
                Report(RorOfferProblemKind.ParentFacilityCycle, last.EntityId, "extension/parentFacility", node.EntityId, "the parentFacility links form a cycle");
                last.Parent = null;
            }

            foreach (var visited in chain)
            {
                state[visited] = 2;
            }
        }
    }

    private void LinkProviders()
    {
        foreach (var node in _providerList)
        {
            foreach (var link in node.Provider.Facilities)
            {
                if (_internalOrganizations.TryGetValue(link.EntityId, out var facility))
                {
                    if (!node.InternalOrganizationList.Contains(facility))
                    {
                        node.InternalOrganizationList.Add(facility);
                        facility.ProviderList.Add(node);
                    }
                }
                else
                {
                    Report(RorOfferProblemKind.UnresolvedReference, node.EntityId, "facilities/facility", link.EntityId, "the internal organisation is not in the document");
                }
            }

            foreach (var link in node.Provider.Organizations)
            {
                if (_establishments.TryGetValue(link.EntityId, out var establishment))
                {
                    if (!node.EstablishmentList.Contains(establishment))
                    {
                        node.EstablishmentList.Add(establishment);
                        establishment.ProviderList.Add(node);
                    }
                }
                else if (_legalEntities.TryGetValue(link.EntityId, out var legalEntity))
                {
                    if (!node.LegalEntityList.Contains(legalEntity))
                    {
                        node.LegalEntityList.Add(legalEntity);
                        legalEntity.ProviderList.Add(node);
                    }
                }
                else
                {
                    Report(RorOfferProblemKind.UnresolvedReference, node.EntityId, "organizations/organization", link.EntityId, "the organization is not in the document");
                }
            }
        }
    }

    private void ReportDuplicate(string directory, string entityId) =>
        Report(RorOfferProblemKind.DuplicateEntityId, entityId, directory, entityId, $"another {directory} has the same entityID; the first one is kept");

    private void Report(RorOfferProblemKind kind, string entityId, string link, string referencedEntityId, string message) =>
        _problems.Add(new RorOfferProblem { Kind = kind, EntityId = entityId, Link = link, ReferencedEntityId = referencedEntityId, Message = message });
}
