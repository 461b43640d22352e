using Ror.Client.Configuration;

namespace Ror.Client.Transport;

/// <summary>The values of an unsigned VIHF SAML 2.0 assertion carrying the access profile.</summary>
/// <param name="Profile">The access profile.</param>
/// <param name="ApplicationName">Name of the calling application (NameID and subject-id).</param>
/// <param name="IssuerSubject">Subject distinguished name of the client certificate.</param>
/// <param name="IssueInstant">When the token is issued.</param>
/// <param name="Id">Assertion identifier (an <c>xs:ID</c>: starts with <c>_</c>).</param>
internal sealed record VihfToken(RorAccessProfile Profile, string ApplicationName, string IssuerSubject, DateTimeOffset IssueInstant, string Id)
{
    /// <summary>The <c>Profil_Utilisateur</c> code and display name of a profile (JDV_J68).</summary>
    public static (string Code, string DisplayName) ProfileCode(RorAccessProfile profile) => profile switch
    {
        RorAccessProfile.PublicInformation => ("CU23", "Information du public"),
        RorAccessProfile.UnscheduledCareRegulation => ("CU22", "Régulation de soins non programmés"),
        RorAccessProfile.HealthAndSocialCareOrientation => ("CU20", "Orientation sanitaire et médico-sociale"),
        RorAccessProfile.SocialCareOrientation => ("CU19", "Orientation médico-sociale"),
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Only the access profiles 0 to 3 exist for CSD MEV 2.4."),
    };
}
