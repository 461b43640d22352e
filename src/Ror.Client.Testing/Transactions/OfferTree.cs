using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// The internal-organisation tree of one establishment (OI → parent OI through <c>parentFacility</c>), and the
/// assembly of an answer document from a chosen set of its facilities: the EJ and EG, those facilities in their
/// original order, and the services, devices and professionals they link to.
/// </summary>
internal sealed class OfferTree
{
    private readonly Dictionary<string, Facility> _byId = new(StringComparer.Ordinal);

    public OfferTree(EstablishmentBundle bundle)
    {
        Bundle = bundle;
        foreach (var facility in bundle.Facilities)
        {
            _byId.TryAdd(facility.EntityId, facility);
        }
    }

    public EstablishmentBundle Bundle { get; }

    public static string? ParentOf(Facility facility)
    {
        foreach (var extension in facility.Extensions)
        {
            if (extension.ParentFacility is { } parent)
            {
                return parent.EntityId;
            }
        }

        return null;
    }

    /// <summary>The ancestors of a facility, nearest first (cycles and dangling links end the walk).</summary>
    public IEnumerable<Facility> AncestorsOf(Facility facility)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { facility.EntityId };
        var parentId = ParentOf(facility);
        while (parentId is not null && seen.Add(parentId) && _byId.TryGetValue(parentId, out var parent))
        {
            yield return parent;
            parentId = ParentOf(parent);
        }
    }

    /// <summary>Whether <paramref name="facility"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(Facility facility, Facility ancestor) =>
        facility.EntityId == ancestor.EntityId || AncestorsOf(facility).Any(a => a.EntityId == ancestor.EntityId);

    /// <summary>Adds to <paramref name="kept"/> the ancestors of every facility already in it.</summary>
    public void AddAncestors(HashSet<string> kept)
    {
        foreach (var facility in Bundle.Facilities)
        {
            if (kept.Contains(facility.EntityId))
            {
                foreach (var ancestor in AncestorsOf(facility))
                {
                    kept.Add(ancestor.EntityId);
                }
            }
        }
    }

    /// <summary>
    /// The answer document holding the EJ, the EG and the <paramref name="kept"/> facilities, with what they link to.
    /// <paramref name="linkedFilter"/>, when given, further restricts the services, devices and providers by entityID.
    /// </summary>
    public CsdDocument Assemble(HashSet<string> kept, Func<string, bool>? linkedFilter = null)
    {
        var facilities = Bundle.Facilities.Where(f => kept.Contains(f.EntityId)).ToList();
        var serviceIds = facilities.SelectMany(f => f.Organizations).SelectMany(o => o.Services).Select(s => s.EntityId).ToHashSet(StringComparer.Ordinal);
        var deviceIds = facilities.SelectMany(f => f.Extensions).SelectMany(e => e.Equipment).Select(e => e.EntityId).ToHashSet(StringComparer.Ordinal);
        var filter = linkedFilter ?? (_ => true);

        var providers = new List<Provider>();
        foreach (var provider in Bundle.Providers)
        {
            if (!filter(provider.EntityId))
            {
                continue;
            }

            if (provider.Facilities.Count == 0)
            {
                providers.Add(provider);
                continue;
            }

            var links = provider.Facilities.Where(l => kept.Contains(l.EntityId)).ToArray();
            if (links.Length == provider.Facilities.Count)
            {
                providers.Add(provider);
            }
            else if (links.Length > 0)
            {
                providers.Add(provider with { Facilities = [.. links] });
            }
        }

        return new CsdDocument
        {
            Organizations = Bundle.LegalEntity.EntityId == Bundle.Establishment.EntityId ? [Bundle.Establishment] : [Bundle.LegalEntity, Bundle.Establishment],
            Services = [.. Bundle.Services.Where(s => serviceIds.Contains(s.EntityId) && filter(s.EntityId))],
            Facilities = [.. facilities],
            Providers = [.. providers],
            Devices = [.. Bundle.Devices.Where(d => deviceIds.Contains(d.EntityId) && filter(d.EntityId))],
        };
    }
}
