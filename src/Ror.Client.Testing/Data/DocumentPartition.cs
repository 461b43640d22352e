using Ror.Client.Csd.Models;

namespace Ror.Client.Testing.Data;

/// <summary>
/// Splits a CSD document into establishment bundles by following its <c>entityID</c> links: EG → EJ
/// (<c>parent</c>), OI → EG (<c>organizations/organization</c>, else the parent OI's), service and device
/// → the units linking them, provider → the units or establishments it works in.
/// </summary>
internal static class DocumentPartition
{
    public static IReadOnlyList<EstablishmentBundle> Split(CsdDocument document)
    {
        var organizations = new Dictionary<string, Organization>(StringComparer.Ordinal);
        foreach (var organization in document.Organizations)
        {
            organizations.TryAdd(organization.EntityId, organization);
        }

        var facilitiesById = new Dictionary<string, Facility>(StringComparer.Ordinal);
        foreach (var facility in document.Facilities)
        {
            facilitiesById.TryAdd(facility.EntityId, facility);
        }

        var establishments = document.Organizations.Where(o => o.Parent is not null).DistinctBy(o => o.EntityId, StringComparer.Ordinal).ToList();
        var facilitiesByEstablishment = establishments.ToDictionary(e => e.EntityId, _ => new List<Facility>(), StringComparer.Ordinal);
        var establishmentOfFacility = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var facility in document.Facilities)
        {
            var owner = OwnerOf(facility, facilitiesById, facilitiesByEstablishment);
            if (owner is not null)
            {
                facilitiesByEstablishment[owner].Add(facility);
                establishmentOfFacility[facility.EntityId] = owner;
            }
        }

        var services = document.Services.DistinctBy(s => s.EntityId, StringComparer.Ordinal).ToDictionary(s => s.EntityId, StringComparer.Ordinal);
        var devices = document.Devices.DistinctBy(d => d.EntityId, StringComparer.Ordinal).ToDictionary(d => d.EntityId, StringComparer.Ordinal);
        var providersByEstablishment = new Dictionary<string, List<Provider>>(StringComparer.Ordinal);
        foreach (var provider in document.Providers)
        {
            var owners = provider.Facilities.Select(f => establishmentOfFacility.GetValueOrDefault(f.EntityId))
                .Concat(provider.Organizations.Select(o => facilitiesByEstablishment.ContainsKey(o.EntityId) ? o.EntityId : null))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            foreach (var owner in owners)
            {
                if (!providersByEstablishment.TryGetValue(owner, out var list))
                {
                    providersByEstablishment[owner] = list = [];
                }

                list.Add(provider);
            }
        }

        var bundles = new List<EstablishmentBundle>();
        foreach (var establishment in establishments)
        {
            if (!organizations.TryGetValue(establishment.Parent!.EntityId, out var legalEntity))
            {
                continue;
            }

            var facilities = facilitiesByEstablishment[establishment.EntityId];
            var serviceIds = facilities.SelectMany(f => f.Organizations).SelectMany(o => o.Services).Select(s => s.EntityId).Distinct(StringComparer.Ordinal);
            var deviceIds = facilities.SelectMany(f => f.Extensions).SelectMany(e => e.Equipment).Select(e => e.EntityId).Distinct(StringComparer.Ordinal);
            bundles.Add(new EstablishmentBundle
            {
                LegalEntity = legalEntity,
                Establishment = establishment,
                Facilities = [.. facilities],
                Services = [.. serviceIds.Where(services.ContainsKey).Select(id => services[id])],
                Devices = [.. deviceIds.Where(devices.ContainsKey).Select(id => devices[id])],
                Providers = [.. providersByEstablishment.GetValueOrDefault(establishment.EntityId) ?? []],
            });
        }

        return bundles;
    }

    private static string? OwnerOf(Facility facility, Dictionary<string, Facility> facilities, Dictionary<string, List<Facility>> establishments)
    {
        var current = facility;
        for (var depth = 0; depth < 16 && current is not null; depth++)
        {
            foreach (var link in current.Organizations)
            {
                if (establishments.ContainsKey(link.EntityId))
                {
                    return link.EntityId;
                }
            }

            var parent = current.Extensions.Select(e => e.ParentFacility?.EntityId).FirstOrDefault(id => id is not null);
            current = parent is null ? null : facilities.GetValueOrDefault(parent);
        }

        return null;
    }
}
