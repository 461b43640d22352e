using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Access;

/// <summary>
/// The elements of a document the access policy is about, as tokens <c>entityID|kind|identity</c>, each
/// with the token of the element that contains it. Written independently of the policy, from the models.
/// </summary>
internal sealed class DocumentInventory
{
    private readonly Dictionary<string, string?> _parents = new(StringComparer.Ordinal);

    public DocumentInventory(CsdDocument document)
    {
        foreach (var organization in document.Organizations)
        {
            var entity = Entity(organization.EntityId, "organization");
            Comments(organization.EntityId, organization.Record, entity);
            foreach (var _ in organization.Contacts)
            {
                Add($"{organization.EntityId}|nativeContact|", entity);
            }

            ContactPoints(organization.EntityId, organization.ContactPoints, entity);
            foreach (var extension in organization.Extensions)
            {
                Contacts(organization.EntityId, extension.Contacts, entity);
                if (extension.DropZone is not null)
                {
                    Add($"{organization.EntityId}|dropZone|", entity);
                }

                if (extension.OrsanRecourseLevel is not null)
                {
                    Add($"{organization.EntityId}|orsan|", entity);
                }
            }
        }

        foreach (var service in document.Services)
        {
            Comments(service.EntityId, service.Record, Entity(service.EntityId, "service"));
        }

        foreach (var device in document.Devices)
        {
            Comments(device.EntityId, device.Record, Entity(device.EntityId, "device"));
        }

        foreach (var facility in document.Facilities)
        {
            var id = facility.EntityId;
            var entity = Entity(id, "facility");
            Comments(id, facility.Record, entity);
            foreach (var _ in facility.Contacts)
            {
                Add($"{id}|nativeContact|", entity);
            }

            ContactPoints(id, facility.ContactPoints, entity);
            foreach (var extension in facility.Extensions)
            {
                Contacts(id, extension.Contacts, entity);
                foreach (var mailBox in extension.MailBoxes)
                {
                    Add($"{id}|mailbox|{mailBox.ContactPoint?.Equipment}", entity);
                }

                if (extension.AccommodationCapacity is { } capacity)
                {
                    Availability(id, "beds", capacity.Beds?.Available, capacity.Beds?.UpdateDate, capacity.Beds?.Total, entity);
                    Availability(id, "space", capacity.Places?.Available, capacity.Places?.UpdateDate, capacity.Places?.Total, entity);
                }

                if (extension.CrisisAccommodationCapacity is not null)
                {
                    Add($"{id}|crisis|", entity);
                }

                if (extension.ResourceSkills is not null)
                {
                    Add($"{id}|skills|", entity);
                }

                foreach (var equipment in extension.Equipment)
                {
                    Add($"{id}|equipment|{equipment.EntityId}", entity);
                }

                foreach (var speciality in extension.CareSpecializations)
                {
                    Add($"{id}|speciality|{speciality.Code}", entity);
                }

                foreach (var act in extension.SpecificActs)
                {
                    Add($"{id}|act|{act.Code}", entity);
                }
            }
        }

        foreach (var provider in document.Providers)
        {
            var entity = Entity(provider.EntityId, "provider");
            Comments(provider.EntityId, provider.Record, entity);
            foreach (var link in provider.Facilities)
            {
                Add($"{provider.EntityId}|providerLink|{link.EntityId}", entity);
            }

            foreach (var extension in provider.Extensions)
            {
                if (extension.MailBox is { } mailBox)
                {
                    Add($"{provider.EntityId}|mailbox|{mailBox.ContactPoint?.Equipment}", entity);
                }

                if (extension.OperationalStatus.ContactPoint is { } point)
                {
                    Add($"{provider.EntityId}|contactPoint|{point.Equipment}", entity);
                }
            }
        }
    }

    public IReadOnlyCollection<string> Tokens => _parents.Keys;

    public bool Contains(string token) => _parents.ContainsKey(token);

    public string? ParentOf(string token) => _parents[token];

    /// <summary>The tokens of <paramref name="input"/> absent from <paramref name="output"/> whose container is still there.</summary>
    public static HashSet<string> OuterRemovals(DocumentInventory input, DocumentInventory output) =>
        input.Tokens
            .Where(token => !output.Contains(token) && (input.ParentOf(token) is not { } parent || output.Contains(parent)))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The token of the element a decision says it removed (mapping written from the model, not the policy).</summary>
    public static string TokenOf(RorAccessDecision decision)
    {
        var id = decision.EntityId;
        return decision.RemovedElement switch
        {
            Organization => $"{id}|entity|organization",
            Facility => $"{id}|entity|facility",
            Service => $"{id}|entity|service",
            Device => $"{id}|entity|device",
            Provider => $"{id}|entity|provider",
            Contact contact => $"{id}|contact|{contact.Name}",
            NativeContact => $"{id}|nativeContact|",
            ContactPoint point => $"{id}|contactPoint|{point.Equipment}",
            MailBoxMss mailBox => $"{id}|mailbox|{mailBox.ContactPoint?.Equipment}",
            ProviderFacilityLink link => $"{id}|providerLink|{link.EntityId}",
            EntityReference equipment => $"{id}|equipment|{equipment.EntityId}",
            CrisisAccommodationCapacity => $"{id}|crisis|",
            ResourceSkills => $"{id}|skills|",
            string comments => $"{id}|comment|{comments}",
            _ when decision.Rule.Topic == RorAccessTopics.DropZone => $"{id}|dropZone|",
            _ when decision.Rule.Topic == RorAccessTopics.OrsanRecourseLevel => $"{id}|orsan|",
            _ when decision.Path.EndsWith("/@avaible", StringComparison.Ordinal) => $"{id}|avaible|{(decision.Path.Contains("/beds/", StringComparison.Ordinal) ? "beds" : "space")}",
            _ when decision.Path.EndsWith("/@updateDate", StringComparison.Ordinal) => $"{id}|updateDate|{(decision.Path.Contains("/beds/", StringComparison.Ordinal) ? "beds" : "space")}",
            CodedType code when decision.Rule.Topic == RorAccessTopics.CareSpeciality => $"{id}|speciality|{code.Code}",
            CodedType code when decision.Rule.Topic == RorAccessTopics.SpecificAct => $"{id}|act|{code.Code}",
            _ => $"{id}|unknown|{decision.Path}",
        };
    }

    private string Entity(string id, string directory)
    {
        var token = $"{id}|entity|{directory}";
        Add(token, null);
        return token;
    }

    private void Contacts(string id, EquatableList<Contact> contacts, string parent)
    {
        foreach (var contact in contacts)
        {
            var token = $"{id}|contact|{contact.Name}";
            Add(token, parent);
            Comments(id, contact.Record, token);
            ContactPoints(id, contact.ContactPoints, token);
        }
    }

    private void ContactPoints(string id, EquatableList<ContactPoint> points, string parent)
    {
        foreach (var point in points)
        {
            Add($"{id}|contactPoint|{point.Equipment}", parent);
        }
    }

    private void Comments(string id, Metadata record, string parent)
    {
        foreach (var extension in record.Extensions)
        {
            if (extension.Comments is { } comments)
            {
                Add($"{id}|comment|{comments}", parent);
            }
        }
    }

    private void Availability(string id, string element, int? available, DateTimeOffset? updated, int? total, string parent)
    {
        if (available is not null)
        {
            Add($"{id}|avaible|{element}", parent);
        }

        if (updated is not null)
        {
            Add($"{id}|updateDate|{element}", parent);
        }

        if (total is not null)
        {
            Add($"{id}|total|{element}", parent);
        }
    }

    private void Add(string token, string? parent) => _parents.TryAdd(token, parent);
}
