using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Offer;

namespace Ror.Client.Csd.Access;

/// <summary>
/// One run of the access policy over a document for a target profile: produces the filtered document and,
/// in the same pass, the list of removals, so that <see cref="RorAccessPolicy.Apply(CsdDocument, RorAccessProfile, RorAccessProfile)"/>
/// and <see cref="RorAccessPolicy.Explain"/> can never disagree.
/// </summary>
internal sealed class AccessFilter
{
    private readonly RorAccessProfile _target;
    private readonly RorOffer _offer;
    private readonly List<RorAccessDecision> _decisions = [];
    private readonly HashSet<string> _removedFacilities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _medicoSocialOrganizations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _medicoSocialServices = new(StringComparer.Ordinal);
    private readonly HashSet<string> _medicoSocialDevices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _establishmentFields = new(StringComparer.Ordinal);

    private AccessFilter(CsdDocument data, RorAccessProfile target)
    {
        _target = target;
        _offer = new RorOffer(data);
        if (target != RorAccessProfile.UnscheduledCareRegulation)
        {
            // Classification ignores removed units, so that filtering in two steps equals filtering in one.
            MarkSensitiveUnits(data);
            ClassifyMedicoSocial();
        }
    }

    public static (CsdDocument Document, IReadOnlyList<RorAccessDecision> Decisions) Run(CsdDocument data, RorAccessProfile target)
    {
        var filter = new AccessFilter(data, target);
        var document = filter.Filter(data);
        filter.PruneCommentsOfRemovedElements();
        return (document, filter._decisions);
    }

    private bool IsFullView => _target == RorAccessProfile.UnscheduledCareRegulation;

    private CsdDocument Filter(CsdDocument data)
    {
        if (IsFullView)
        {
            return data;
        }

        var facilities = new List<Facility>(data.Facilities.Count);
        foreach (var facility in data.Facilities)
        {
            if (_removedFacilities.Contains(facility.EntityId))
            {
                Remove(RorAccessTopics.SensitiveUnit, Root("facility", facility.EntityId), facility.EntityId, facility);
                continue;
            }

            facilities.Add(FilterFacility(facility));
        }

        return new CsdDocument
        {
            Organizations = [.. data.Organizations.Select(FilterOrganization)],
            Services = FilterServices(data, facilities),
            Facilities = facilities.ToEquatableList(),
            Providers = FilterProviders(data),
            Devices = FilterDevices(data, facilities),
        };
    }

    private void ClassifyMedicoSocial()
    {
        foreach (var establishment in _offer.Establishments)
        {
            if (establishment.ElementaryUnits.Any(unit => !_removedFacilities.Contains(unit.EntityId) && IsMedicoSocial(unit.Facility)))
            {
                _medicoSocialOrganizations.Add(establishment.EntityId);
                if (establishment.LegalEntity is { } legalEntity)
                {
                    _medicoSocialOrganizations.Add(legalEntity.EntityId);
                }
            }
        }

        foreach (var node in _offer.InternalOrganizations)
        {
            if (!_removedFacilities.Contains(node.EntityId) && IsMedicoSocial(node.Facility))
            {
                _medicoSocialServices.UnionWith(node.Services.Select(service => service.EntityId));
                _medicoSocialDevices.UnionWith(node.Devices.Select(device => device.EntityId));
            }
        }
    }

    private static bool IsMedicoSocial(Facility facility) => facility.HasActivityField(ActivityFieldCodes.MedicoSocial);

    private void MarkSensitiveUnits(CsdDocument data)
    {
        foreach (var facility in data.Facilities)
        {
            if (!facility.IsSensitiveUnit())
            {
                continue;
            }

            _removedFacilities.Add(facility.EntityId);
            if (_offer.FindInternalOrganization(facility.EntityId) is { } node)
            {
                _removedFacilities.UnionWith(node.DescendantsAndSelf().Select(descendant => descendant.EntityId));
            }
        }
    }

    // ----- Facilities -----
    private Facility FilterFacility(Facility facility)
    {
        var root = Root("facility", facility.EntityId);
        var medicoSocial = IsMedicoSocial(facility);
        facility = FilterComments(facility, root, facility.EntityId, medicoSocial);
        var extensions = new FacilityExtension[facility.Extensions.Count];
        for (var i = 0; i < extensions.Length; i++)
        {
            extensions[i] = FilterFacilityExtension(facility.Extensions[i], Item(root + "/extension", i, extensions.Length), facility.EntityId, medicoSocial);
        }

        return facility with
        {
            Contacts = FilterNativeContacts(facility.Contacts, root, facility.EntityId),
            ContactPoints = FilterNativeContactPoints(facility.ContactPoints, root, facility.EntityId, medicoSocial),
            Extensions = [.. extensions],
        };
    }

    private FacilityExtension FilterFacilityExtension(FacilityExtension extension, string path, string entityId, bool medicoSocial)
    {
        var result = extension with
        {
            Contacts = FilterContacts(extension.Contacts, path, entityId, medicoSocial),
            MailBoxes = FilterMailBoxes(extension.MailBoxes, path, entityId, medicoSocial),
        };

        if (_target is RorAccessProfile.PublicInformation or RorAccessProfile.SocialCareOrientation && extension.AccommodationCapacity is { } capacity)
        {
            var capacityPath = path + "/accommodationCapacity";
            result = result with
            {
                AccommodationCapacity = capacity with
                {
                    Beds = capacity.Beds is { } beds ? FilterAvailability(beds, capacityPath + "/beds", entityId) : null,
                    Places = capacity.Places is { } places ? FilterAvailability(places, capacityPath + "/space", entityId) : null,
                },
            };
        }

        if (extension.CrisisAccommodationCapacity is { } crisis)
        {
            Remove(RorAccessTopics.CrisisCapacity, path + "/crisisAccomodationCapacity", entityId, crisis);
            result = result with { CrisisAccommodationCapacity = null };
        }

        var hideUnitResources = _target == RorAccessProfile.PublicInformation
            || (_target == RorAccessProfile.SocialCareOrientation && !medicoSocial);
        if (hideUnitResources)
        {
            if (extension.ResourceSkills is { } skills)
            {
                Remove(RorAccessTopics.ResourceSkills, path + "/resourcesSkills", entityId, skills);
            }

            RemoveAll(RorAccessTopics.Equipment, extension.Equipment, path + "/equipment", entityId);
            RemoveAll(RorAccessTopics.CareSpeciality, extension.CareSpecializations, path + "/takingCareSpeciality", entityId);
            RemoveAll(RorAccessTopics.SpecificAct, extension.SpecificActs, path + "/specificAct", entityId);
            result = result with { ResourceSkills = null, Equipment = [], CareSpecializations = [], SpecificActs = [] };
        }

        return result;
    }

    private BedCapacity FilterAvailability(BedCapacity beds, string path, string entityId)
    {
        if (beds.Available is { } available)
        {
            Remove(RorAccessTopics.Availability, path + "/@avaible", entityId, available);
        }

        if (beds.UpdateDate is { } updated)
        {
            Remove(RorAccessTopics.Availability, path + "/@updateDate", entityId, updated);
        }

        return beds with { Available = null, UpdateDate = null };
    }

    private PlaceCapacity FilterAvailability(PlaceCapacity places, string path, string entityId)
    {
        if (places.Available is { } available)
        {
            Remove(RorAccessTopics.Availability, path + "/@avaible", entityId, available);
        }

        if (places.UpdateDate is { } updated)
        {
            Remove(RorAccessTopics.Availability, path + "/@updateDate", entityId, updated);
        }

        return places with { Available = null, UpdateDate = null };
    }

    // ----- Contacts -----
    private EquatableList<Contact> FilterContacts(EquatableList<Contact> contacts, string path, string entityId, bool medicoSocial)
    {
        var kept = new List<Contact>(contacts.Count);
        var changed = false;
        for (var i = 0; i < contacts.Count; i++)
        {
            var contact = contacts[i];
            var contactPath = Item(path + "/contact", i, contacts.Count);
            var level = ParseLevel(contact.ConfidentialityLevel);
            if (!Sees(level ?? 3, medicoSocial))
            {
                Remove(ContactTopic(level), contactPath, entityId, contact);
                changed = true;
                continue;
            }

            // A telecom without its own level takes its contact's: RG_EXP_034 makes that its lower bound.
            var points = new List<ContactPoint>(contact.ContactPoints.Count);
            for (var j = 0; j < contact.ContactPoints.Count; j++)
            {
                var point = contact.ContactPoints[j];
                var pointLevel = ParseLevel(point) ?? level ?? 3;
                if (Sees(pointLevel, medicoSocial))
                {
                    points.Add(point);
                }
                else
                {
                    Remove(ContactPointTopic(pointLevel), Item(contactPath + "/contactPoint", j, contact.ContactPoints.Count), entityId, point);
                }
            }

            if (points.Count == contact.ContactPoints.Count)
            {
                kept.Add(contact);
            }
            else
            {
                changed = true;
                kept.Add(contact with { ContactPoints = points.ToEquatableList() });
            }
        }

        return changed ? kept.ToEquatableList() : contacts;
    }

    private EquatableList<NativeContact> FilterNativeContacts(EquatableList<NativeContact> contacts, string root, string entityId)
    {
        // Native CSD contacts carry no confidentiality level: treated as level 3.
        for (var i = 0; i < contacts.Count; i++)
        {
            Remove(RorAccessTopics.ContactLevelUnknown, Item(root + "/contact", i, contacts.Count), entityId, contacts[i]);
        }

        return [];
    }

    private EquatableList<ContactPoint> FilterNativeContactPoints(EquatableList<ContactPoint> points, string root, string entityId, bool medicoSocial)
    {
        var kept = new List<ContactPoint>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var level = ParseLevel(points[i]);
            if (Sees(level ?? 3, medicoSocial))
            {
                kept.Add(points[i]);
            }
            else
            {
                Remove(level is null ? RorAccessTopics.ContactPointLevelUnknown : ContactPointTopic(level.Value), Item(root + "/contactPoint", i, points.Count), entityId, points[i]);
            }
        }

        return kept.Count == points.Count ? points : kept.ToEquatableList();
    }

    private EquatableList<MailBoxMss> FilterMailBoxes(EquatableList<MailBoxMss> mailBoxes, string path, string entityId, bool medicoSocial)
    {
        var kept = new List<MailBoxMss>(mailBoxes.Count);
        for (var i = 0; i < mailBoxes.Count; i++)
        {
            // A secure mailbox is filtered only when its contact point states a level.
            var level = mailBoxes[i].ContactPoint is { } point ? ParseLevel(point) : null;
            if (level is null || Sees(level.Value, medicoSocial))
            {
                kept.Add(mailBoxes[i]);
            }
            else
            {
                Remove(ContactPointTopic(level.Value), Item(path + "/mailBoxMSS", i, mailBoxes.Count), entityId, mailBoxes[i]);
            }
        }

        return kept.Count == mailBoxes.Count ? mailBoxes : kept.ToEquatableList();
    }

    private bool Sees(int level, bool medicoSocial) => _target switch
    {
        RorAccessProfile.UnscheduledCareRegulation => true,
        RorAccessProfile.HealthAndSocialCareOrientation => level <= 2,
        RorAccessProfile.SocialCareOrientation => level == 1 || (level == 2 && medicoSocial),
        _ => level == 1,
    };

    private static int? ParseLevel(CodedType? level) => level?.Code.Trim() switch
    {
        ConfidentialityLevelCodes.Public => 1,
        ConfidentialityLevelCodes.Restricted => 2,
        ConfidentialityLevelCodes.VeryRestricted => 3,
        _ => null,
    };

    private static int? ParseLevel(ContactPoint point)
    {
        foreach (var extension in point.Extensions)
        {
            if (ParseLevel(extension.ConfidentialityLevel) is { } level)
            {
                return level;
            }
        }

        return null;
    }

    private static string ContactTopic(int? level) => level switch
    {
        2 => RorAccessTopics.ContactLevel2,
        3 => RorAccessTopics.ContactLevel3,
        _ => RorAccessTopics.ContactLevelUnknown,
    };

    private static string ContactPointTopic(int level) =>
        level == 2 ? RorAccessTopics.ContactPointLevel2 : RorAccessTopics.ContactPointLevel3;

    // ----- Organizations -----
    private Organization FilterOrganization(Organization organization)
    {
        if (IsFullView)
        {
            return organization;
        }

        var root = Root("organization", organization.EntityId);
        var medicoSocial = _medicoSocialOrganizations.Contains(organization.EntityId);
        organization = FilterComments(organization, root, organization.EntityId, medicoSocial);
        var extensions = new OrganizationExtension[organization.Extensions.Count];
        for (var i = 0; i < extensions.Length; i++)
        {
            var extension = organization.Extensions[i];
            var path = Item(root + "/extension", i, extensions.Length);
            if (extension.DropZone is { } dropZone)
            {
                Remove(RorAccessTopics.DropZone, path + "/dropZone", organization.EntityId, dropZone);
            }

            if (extension.OrsanRecourseLevel is { } orsan)
            {
                Remove(RorAccessTopics.OrsanRecourseLevel, path + "/levelRecourseORSAN", organization.EntityId, orsan);
            }

            extensions[i] = extension with
            {
                Contacts = FilterContacts(extension.Contacts, path, organization.EntityId, medicoSocial),
                DropZone = null,
                OrsanRecourseLevel = null,
            };
        }

        return organization with
        {
            Contacts = FilterNativeContacts(organization.Contacts, root, organization.EntityId),
            ContactPoints = FilterNativeContactPoints(organization.ContactPoints, root, organization.EntityId, medicoSocial),
            Extensions = [.. extensions],
        };
    }

    // ----- Services and devices -----
    private EquatableList<Service> FilterServices(CsdDocument data, List<Facility> keptFacilities)
    {
        var referenced = ServiceReferences(data.Facilities);
        var stillReferenced = ServiceReferences(keptFacilities);
        var kept = new List<Service>(data.Services.Count);
        foreach (var service in data.Services)
        {
            var root = Root("service", service.EntityId);
            if (referenced.Contains(service.EntityId) && !stillReferenced.Contains(service.EntityId))
            {
                Remove(RorAccessTopics.UnreferencedService, root, service.EntityId, service);
                continue;
            }

            kept.Add(FilterComments(service, root, service.EntityId, _medicoSocialServices.Contains(service.EntityId)));
        }

        return kept.ToEquatableList();
    }

    private static HashSet<string> ServiceReferences(IEnumerable<Facility> facilities) =>
        facilities.SelectMany(f => f.Organizations).SelectMany(link => link.Services).Select(link => link.EntityId).ToHashSet(StringComparer.Ordinal);

    private EquatableList<Device> FilterDevices(CsdDocument data, List<Facility> keptFacilities)
    {
        var referenced = EquipmentReferences(data.Facilities);
        var stillReferenced = EquipmentReferences(keptFacilities);
        var kept = new List<Device>(data.Devices.Count);
        foreach (var device in data.Devices)
        {
            var root = Root("device", device.EntityId);
            if (!referenced.Contains(device.EntityId))
            {
                // Referenced by no unit at all: only profile 0, which sees no equipment, loses it.
                if (_target == RorAccessProfile.PublicInformation)
                {
                    Remove(RorAccessTopics.Equipment, root, device.EntityId, device);
                    continue;
                }
            }
            else if (!stillReferenced.Contains(device.EntityId))
            {
                Remove(RorAccessTopics.UnreferencedDevice, root, device.EntityId, device);
                continue;
            }

            kept.Add(FilterComments(device, root, device.EntityId, _medicoSocialDevices.Contains(device.EntityId)));
        }

        return kept.ToEquatableList();
    }

    private static HashSet<string> EquipmentReferences(IEnumerable<Facility> facilities) =>
        facilities.SelectMany(f => f.Extensions).SelectMany(e => e.Equipment).Select(e => e.EntityId).ToHashSet(StringComparer.Ordinal);

    // ----- Providers -----
    private EquatableList<Provider> FilterProviders(CsdDocument data)
    {
        var kept = new List<Provider>(data.Providers.Count);
        foreach (var provider in data.Providers)
        {
            if (FilterProvider(provider) is { } filtered)
            {
                kept.Add(filtered);
            }
        }

        return kept.ToEquatableList();
    }

    private Provider? FilterProvider(Provider provider)
    {
        var root = Root("provider", provider.EntityId);
        var links = new List<ProviderFacilityLink>(provider.Facilities.Count);
        var removedLinks = new List<(string Path, ProviderFacilityLink Link)>();
        for (var i = 0; i < provider.Facilities.Count; i++)
        {
            var link = provider.Facilities[i];
            if (_removedFacilities.Contains(link.EntityId))
            {
                removedLinks.Add((Item(root + "/facilities/facility", i, provider.Facilities.Count), link));
            }
            else
            {
                links.Add(link);
            }
        }

        var hadLinks = provider.Facilities.Count + provider.Organizations.Count > 0;
        if (hadLinks && links.Count + provider.Organizations.Count == 0)
        {
            Remove(RorAccessTopics.UnlinkedProvider, root, provider.EntityId, provider);
            return null;
        }

        var fields = ActivityFieldsOf(provider, links);
        var visible = _target switch
        {
            RorAccessProfile.PublicInformation => fields.Contains(ActivityFieldCodes.Ambulatory),
            RorAccessProfile.SocialCareOrientation => fields.Contains(ActivityFieldCodes.Ambulatory) || fields.Contains(ActivityFieldCodes.MedicoSocial),
            _ => true,
        };
        if (!visible)
        {
            Remove(RorAccessTopics.ProviderActivityField, root, provider.EntityId, provider);
            return null;
        }

        foreach (var (path, link) in removedLinks)
        {
            Remove(RorAccessTopics.SensitiveUnit, path, provider.EntityId, link);
        }

        var medicoSocial = fields.Contains(ActivityFieldCodes.MedicoSocial);
        provider = FilterComments(provider, root, provider.EntityId, medicoSocial);
        var extensions = new ProviderExtension[provider.Extensions.Count];
        for (var i = 0; i < extensions.Length; i++)
        {
            var extension = provider.Extensions[i];
            var path = Item(root + "/extension", i, extensions.Length);
            var mailBox = extension.MailBox;
            if (mailBox is not null && mailBox.ContactPoint is { } mailPoint && ParseLevel(mailPoint) is { } mailLevel && !Sees(mailLevel, medicoSocial))
            {
                Remove(ContactPointTopic(mailLevel), path + "/mailBoxMSS", provider.EntityId, mailBox);
                mailBox = null;
            }

            var status = extension.OperationalStatus;
            if (status.ContactPoint is { } statusPoint && ParseLevel(statusPoint) is { } statusLevel && !Sees(statusLevel, medicoSocial))
            {
                Remove(ContactPointTopic(statusLevel), path + "/operationalStatus/contactPoint", provider.EntityId, statusPoint);
                status = status with { ContactPoint = null };
            }

            extensions[i] = extension with { MailBox = mailBox, OperationalStatus = status };
        }

        return provider with
        {
            Facilities = links.Count == provider.Facilities.Count ? provider.Facilities : links.ToEquatableList(),
            Extensions = [.. extensions],
        };
    }

    /// <summary>
    /// The activity fields of a provider: those of the units it is attached to (<c>facilities/facility</c>),
    /// else those of the UE of the establishments or legal entities it is attached to.
    /// </summary>
    private HashSet<string> ActivityFieldsOf(Provider provider, List<ProviderFacilityLink> keptLinks)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in keptLinks)
        {
            if (_offer.FindInternalOrganization(link.EntityId) is { } unit)
            {
                fields.UnionWith(unit.ActivityFields);
            }
        }

        if (fields.Count > 0)
        {
            return fields;
        }

        foreach (var link in provider.Organizations)
        {
            var establishments = _offer.FindEstablishment(link.EntityId) is { } establishment
                ? [establishment]
                : _offer.FindLegalEntity(link.EntityId)?.Establishments ?? [];
            foreach (var item in establishments)
            {
                fields.UnionWith(EstablishmentActivityFields(item));
            }
        }

        return fields;
    }

    private HashSet<string> EstablishmentActivityFields(EstablishmentNode establishment)
    {
        // Cached: many providers hang on the same establishment.
        if (!_establishmentFields.TryGetValue(establishment.EntityId, out var fields))
        {
            fields = establishment.ElementaryUnits
                .Where(unit => !_removedFacilities.Contains(unit.EntityId))
                .SelectMany(unit => unit.ActivityFields)
                .ToHashSet(StringComparer.Ordinal);
            _establishmentFields.Add(establishment.EntityId, fields);
        }

        return fields;
    }

    // ----- Comments -----
    private T FilterComments<T>(T entity, string root, string entityId, bool medicoSocial)
        where T : class
    {
        if (_target == RorAccessProfile.SocialCareOrientation ? medicoSocial : _target != RorAccessProfile.PublicInformation)
        {
            return entity;
        }

        return MetadataRewriter.Rewrite(entity, root, (record, path) =>
        {
            if (!record.Extensions.Any(extension => extension.Comments is not null))
            {
                return record;
            }

            var extensions = new RecordExtension[record.Extensions.Count];
            for (var i = 0; i < extensions.Length; i++)
            {
                var extension = record.Extensions[i];
                if (extension.Comments is { } comments)
                {
                    Remove(RorAccessTopics.Comments, Item(path + "/extension", i, extensions.Length) + "/comments", entityId, comments);
                    extension = extension with { Comments = null };
                }

                extensions[i] = extension;
            }

            return record with { Extensions = [.. extensions] };
        });
    }

    /// <summary>
    /// Comments are stripped from a whole entity before its other elements are filtered, so a comment inside
    /// an element that another rule removes would be reported twice: keep only the outer removal.
    /// </summary>
    private void PruneCommentsOfRemovedElements()
    {
        var removed = _decisions.Where(d => d.Rule.Topic != RorAccessTopics.Comments).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        _decisions.RemoveAll(decision => decision.Rule.Topic == RorAccessTopics.Comments && HasRemovedAncestor(decision.Path, removed));

        static bool HasRemovedAncestor(string path, HashSet<string> removed)
        {
            for (var i = path.IndexOf('/', StringComparison.Ordinal); i >= 0; i = path.IndexOf('/', i + 1))
            {
                if (removed.Contains(path[..i]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // ----- Helpers -----
    private void Remove(string topic, string path, string entityId, object element) =>
        _decisions.Add(new RorAccessDecision { Rule = RorAccessRules.Get(_target, topic), Path = path, EntityId = entityId, RemovedElement = element });

    private void RemoveAll<T>(string topic, EquatableList<T> items, string path, string entityId)
        where T : notnull
    {
        for (var i = 0; i < items.Count; i++)
        {
            Remove(topic, Item(path, i, items.Count), entityId, items[i]);
        }
    }

    private static string Root(string element, string entityId) => $"{element}[@entityID='{entityId}']";

    private static string Item(string path, int index, int count) => count > 1 ? $"{path}[{index + 1}]" : path;
}
