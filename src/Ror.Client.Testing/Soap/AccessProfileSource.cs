namespace Ror.Client.Testing.Soap;

/// <summary>Where the access profile of a request came from.</summary>
internal enum AccessProfileSource
{
    /// <summary>The <c>Profil_Utilisateur</c> attribute of the VIHF SAML assertion in <c>wsse:Security</c>.</summary>
    VihfToken,

    /// <summary>The profile bound to the client certificate (thumbprint or common name) in the options.</summary>
    ClientCertificate,

    /// <summary>The default profile of the options.</summary>
    Default,
}
