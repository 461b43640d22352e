using System.Diagnostics.CodeAnalysis;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Access;

/// <summary>
/// The user-profile codes of the access profiles (<c>Profil_Utilisateur</c> in the VIHF token, value set
/// JDV_J68 ProfilAccesReferentiel-ROR, code system <see cref="RorCodeSystems.AccessProfile"/>).
/// </summary>
public static class RorAccessProfiles
{
    /// <summary>The profiles of the CSD MEV 2.4 interface, in profile-number order.</summary>
    public static IReadOnlyList<RorAccessProfile> All { get; } =
    [
        RorAccessProfile.PublicInformation,
        RorAccessProfile.UnscheduledCareRegulation,
        RorAccessProfile.HealthAndSocialCareOrientation,
        RorAccessProfile.SocialCareOrientation,
    ];

    /// <summary>The user-profile code of a profile: <c>CU23</c>, <c>CU22</c>, <c>CU20</c> or <c>CU19</c>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The code sent in <c>hl7:Profil_Utilisateur/@code</c>.</returns>
    public static string GetUserProfileCode(this RorAccessProfile profile) => profile switch
    {
        RorAccessProfile.PublicInformation => "CU23",
        RorAccessProfile.UnscheduledCareRegulation => "CU22",
        RorAccessProfile.HealthAndSocialCareOrientation => "CU20",
        RorAccessProfile.SocialCareOrientation => "CU19",
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "The CSD MEV 2.4 interface has profiles 0 to 3 only."),
    };

    /// <summary>The French display name of a profile, as in the VIHF token.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The display name (e.g. "Régulation de soins non programmés").</returns>
    public static string GetDisplayName(this RorAccessProfile profile) => profile switch
    {
        RorAccessProfile.PublicInformation => "Information du public",
        RorAccessProfile.UnscheduledCareRegulation => "Régulation de soins non programmés",
        RorAccessProfile.HealthAndSocialCareOrientation => "Orientation sanitaire et médico-sociale",
        RorAccessProfile.SocialCareOrientation => "Orientation médico-sociale",
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "The CSD MEV 2.4 interface has profiles 0 to 3 only."),
    };

    /// <summary>Finds the profile of a user-profile code.</summary>
    /// <param name="code">A code such as <c>CU22</c> (case-insensitive, surrounding white space ignored).</param>
    /// <param name="profile">The profile when the code is known.</param>
    /// <returns><see langword="true"/> when the code is one of the four CSD codes.</returns>
    public static bool TryFromUserProfileCode([NotNullWhen(true)] string? code, out RorAccessProfile profile)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "CU23": profile = RorAccessProfile.PublicInformation; return true;
            case "CU22": profile = RorAccessProfile.UnscheduledCareRegulation; return true;
            case "CU20": profile = RorAccessProfile.HealthAndSocialCareOrientation; return true;
            case "CU19": profile = RorAccessProfile.SocialCareOrientation; return true;
            default: profile = default; return false;
        }
    }

    /// <summary>Finds the profile of a user-profile code.</summary>
    /// <param name="code">A code such as <c>CU22</c>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">The code is not one of CU23, CU22, CU20, CU19.</exception>
    public static RorAccessProfile FromUserProfileCode(string code) =>
        TryFromUserProfileCode(code, out var profile)
            ? profile
            : throw new ArgumentException($"'{code}' is not a ROR CSD user-profile code (expected CU23, CU22, CU20 or CU19).", nameof(code));

    /// <summary>Finds the profile of a profile number, 0 to 3.</summary>
    /// <param name="number">The ANS profile number.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is not 0 to 3.</exception>
    public static RorAccessProfile FromNumber(int number) =>
        number is >= 0 and <= 3
            ? (RorAccessProfile)number
            : throw new ArgumentOutOfRangeException(nameof(number), number, "The CSD MEV 2.4 interface has profiles 0 to 3 only.");
}
