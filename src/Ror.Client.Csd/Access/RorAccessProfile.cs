namespace Ror.Client.Csd.Access;

/// <summary>
/// The ROR access profiles of the CSD MEV 2.4 interface (rules RG_ALIM_050 to RG_ALIM_053). The integration
/// committee grants one to each consuming application; the ROR filters every answer by it, and the
/// application must in turn apply it to its own users.
/// </summary>
/// <remarks>
/// The numeric value is the profile number used by ANS. Each profile has a user-profile code
/// (<c>Profil_Utilisateur</c> of the VIHF token, JDV_J68): see <see cref="RorAccessProfiles"/>.
/// </remarks>
public enum RorAccessProfile
{
    /// <summary>Profile 0, <c>CU23</c> "Information du public": public data only (RG_ALIM_050).</summary>
    PublicInformation = 0,

    /// <summary>Profile 1, <c>CU22</c> "Régulation de soins non programmés": all data, restricted and very restricted included (RG_ALIM_051).</summary>
    UnscheduledCareRegulation = 1,

    /// <summary>Profile 2, <c>CU20</c> "Orientation sanitaire et médico-sociale": restricted data, not very restricted data (RG_ALIM_052).</summary>
    HealthAndSocialCareOrientation = 2,

    /// <summary>Profile 3, <c>CU19</c> "Orientation médico-sociale": as profile 2 for the medico-social field, public data only for the health fields (RG_ALIM_053).</summary>
    SocialCareOrientation = 3,
}
