namespace Ror.Client.Testing.Certificates;

/// <summary>
/// The flavour of a client certificate issued by <see cref="TestCertificateAuthority.IssueClientCertificate"/>:
/// a valid IGC-Santé-like ORG/AUTH_CLI certificate, or one of the defects a ROR server refuses during the
/// TLS handshake.
/// </summary>
public enum ClientCertificateKind
{
    /// <summary>Valid now, extended key usage <c>clientAuth</c>, signed by the authority.</summary>
    Valid = 0,

    /// <summary>Validity window entirely in the past (ended one day ago).</summary>
    Expired = 1,

    /// <summary>Validity window entirely in the future (starts in one day).</summary>
    NotYetValid = 2,

    /// <summary>Extended key usage <c>serverAuth</c> only: not usable to authenticate a client.</summary>
    ServerAuthOnly = 3,

    /// <summary>Extended key usage present but without <c>clientAuth</c> (secure e-mail only).</summary>
    NoClientAuthUsage = 4,

    /// <summary>
    /// Otherwise valid, but signed by another, unrelated root authority (<c>CN=&lt;name&gt; (untrusted)</c>),
    /// so that a chain built against this authority does not reach a trusted root.
    /// </summary>
    SignedByAnotherAuthority = 5,
}
