using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// What TR-Lecture-OffresSanteOrganisationInterne returns, before the access profile: the EJ, the EG, the parent
/// internal organisations of the requested one, the requested one and everything below it, with the services,
/// devices and professionals they link to.
/// </summary>
internal static class InternalOrganizationSelection
{
    public static CsdDocument Select(EstablishmentBundle bundle, Facility requested)
    {
        var tree = new OfferTree(bundle);
        var kept = bundle.Facilities.Where(f => tree.IsWithin(f, requested)).Select(f => f.EntityId).ToHashSet(StringComparer.Ordinal);
        foreach (var ancestor in tree.AncestorsOf(requested))
        {
            kept.Add(ancestor.EntityId);
        }

        return tree.Assemble(kept);
    }
}
