using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// What TR-Lecture-OffresSanteEtablissement returns for one establishment, before the restricted view and the
/// access profile: the whole EJ/EG/OI tree (RG_ALIM_018), narrowed by the request's filters.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>typeActivity</c> (RG_ALIM_020): only the internal organisations carrying one of the requested champs
/// (codes compared; values OR-ed), and only when their parents are kept.</item>
/// <item><c>supportedPatient</c>: only the UE whose patientèle holds one of the requested publics; the other
/// internal organisations stay (the tree is always returned).</item>
/// <item><c>dateRef</c>: only the facilities changed strictly after it (their record, or a service, device or
/// professional they link to), with their ancestors; and only the services, devices and professionals changed after it.</item>
/// </list>
/// Different filters are AND-ed. The EJ and the EG are always returned.
/// </remarks>
internal static class EstablishmentOfferSelection
{
    public static CsdDocument Select(EstablishmentBundle bundle, EstablishmentReadCriteria criteria)
    {
        var tree = new OfferTree(bundle);
        var kept = bundle.Facilities.Select(f => f.EntityId).ToHashSet(StringComparer.Ordinal);

        if (criteria.ActivityTypes.Count > 0)
        {
            var fields = criteria.ActivityTypes.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
            bool Matches(Facility f) => f.Extensions.SelectMany(e => e.ActivityTypes).Any(t => fields.Contains(t.Code));
            kept = bundle.Facilities.Where(f => Matches(f) && tree.AncestorsOf(f).All(Matches)).Select(f => f.EntityId).ToHashSet(StringComparer.Ordinal);
        }

        if (criteria.SupportedPatients.Count > 0)
        {
            var publics = criteria.SupportedPatients.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var unit in bundle.Facilities.Where(EstablishmentBundle.IsElementaryUnit))
            {
                if (!unit.Extensions.SelectMany(e => e.PatientType.SupportedPatients).Any(p => publics.Contains(p.Code)))
                {
                    kept.Remove(unit.EntityId);
                }
            }
        }

        if (criteria.ReferenceDate is not { } since)
        {
            return tree.Assemble(kept);
        }

        var changed = bundle.Services.Where(s => s.Record.Updated > since).Select(s => s.EntityId)
            .Concat(bundle.Devices.Where(d => d.Record.Updated > since).Select(d => d.EntityId))
            .Concat(bundle.Providers.Where(p => p.Record.Updated > since).Select(p => p.EntityId))
            .ToHashSet(StringComparer.Ordinal);
        var providerUnits = bundle.Providers.Where(p => changed.Contains(p.EntityId)).SelectMany(p => p.Facilities).Select(l => l.EntityId).ToHashSet(StringComparer.Ordinal);
        var recent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var facility in bundle.Facilities.Where(f => kept.Contains(f.EntityId)))
        {
            var touched = facility.Record.Updated > since
                || providerUnits.Contains(facility.EntityId)
                || facility.Organizations.SelectMany(o => o.Services).Any(s => changed.Contains(s.EntityId))
                || facility.Extensions.SelectMany(e => e.Equipment).Any(e => changed.Contains(e.EntityId));
            if (touched)
            {
                recent.Add(facility.EntityId);
            }
        }

        tree.AddAncestors(recent);
        return tree.Assemble(recent, changed.Contains);
    }
}
