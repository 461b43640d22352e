namespace Ror.Client.Configuration;

/// <summary>
/// The ROR access profiles of CSD MEV 2.4 (JDV_J68-ProfilAccesReferentiel-ROR), sent in the VIHF token
/// as <c>Profil_Utilisateur</c>. The server filters every answer by profile.
/// </summary>
public enum RorAccessProfile
{
    /// <summary>Profile 0, code <c>CU23</c> "Information du public": public data only.</summary>
    PublicInformation = 0,

    /// <summary>Profile 1, code <c>CU22</c> "Régulation de soins non programmés": everything, restricted data included.</summary>
    UnscheduledCareRegulation = 1,

    /// <summary>Profile 2, code <c>CU20</c> "Orientation sanitaire et médico-sociale": restricted data, not very restricted data.</summary>
    HealthAndSocialCareOrientation = 2,

    /// <summary>Profile 3, code <c>CU19</c> "Orientation médico-sociale".</summary>
    SocialCareOrientation = 3,
}
