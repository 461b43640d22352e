using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// The access-profile rules (RG_ALIM_050–053, model §10) applied to stored rows, so that data obtained
/// under a broad profile does not reach a caller entitled to less.
/// </summary>
internal static class StoredDataFilter
{
    /// <summary>Whether a caller with <paramref name="profile"/> sees a unit marked sensitive (only profile 1 does).</summary>
    public static bool SeesSensitiveUnits(RorAccessProfile profile) => profile == RorAccessProfile.UnscheduledCareRegulation;

    /// <summary>The most confidential contact level the profile sees, for an owner in or out of the medico-social field.</summary>
    public static int MaxContactLevel(RorAccessProfile profile, bool medicoSocial) => profile switch
    {
        RorAccessProfile.UnscheduledCareRegulation => 3,
        RorAccessProfile.HealthAndSocialCareOrientation => 2,
        RorAccessProfile.SocialCareOrientation => medicoSocial ? 2 : 1,
        _ => 1,
    };

    /// <summary>Whether the profile sees equipment, skills and specific acts of a unit.</summary>
    public static bool SeesEquipment(RorAccessProfile profile, bool medicoSocial) => profile switch
    {
        RorAccessProfile.UnscheduledCareRegulation or RorAccessProfile.HealthAndSocialCareOrientation => true,
        RorAccessProfile.SocialCareOrientation => medicoSocial,
        _ => false,
    };

    /// <summary>Whether the field list holds the medico-social champ d'activité (04).</summary>
    public static bool IsMedicoSocial(IEnumerable<string> activityFields) => activityFields.Contains(ActivityFieldCodes.MedicoSocial, StringComparer.Ordinal);

    /// <summary>Drops the contacts and telecoms above the level the profile sees.</summary>
    public static EquatableList<StoredContact> Contacts(IEnumerable<StoredContact> contacts, RorAccessProfile profile, bool medicoSocial)
    {
        var max = MaxContactLevel(profile, medicoSocial);
        return contacts
            .Where(c => c.ConfidentialityLevel <= max)
            .Select(c => c with { ContactPoints = c.ContactPoints.Where(p => p.ConfidentialityLevel <= max).ToEquatableList() })
            .Where(c => c.Ordinal > 0 || c.ContactPoints.Count > 0)
            .ToEquatableList();
    }

    /// <summary>Drops the capacity figures the profile does not see (availability for profiles 0 and 3, crisis capacity except for profile 1).</summary>
    public static EquatableList<StoredCapacity> Capacities(IEnumerable<StoredCapacity> capacities, RorAccessProfile profile)
    {
        var seesAvailability = profile is RorAccessProfile.UnscheduledCareRegulation or RorAccessProfile.HealthAndSocialCareOrientation;
        return capacities
            .Where(c => profile == RorAccessProfile.UnscheduledCareRegulation || !c.Kind.StartsWith("crisis", StringComparison.Ordinal))
            .Select(c => seesAvailability || c.Kind is not ("beds" or "places") ? c : c with { Available = null, Updated = null })
            .ToEquatableList();
    }

    private static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items) => [.. items];
}
