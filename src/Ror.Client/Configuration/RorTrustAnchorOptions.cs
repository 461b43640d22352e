using System.Security.Cryptography.X509Certificates;

namespace Ror.Client.Configuration;

/// <summary>
/// The trust anchors ROR server certificates are validated against. IGC-Santé roots are absent from
/// the default operating system stores, so an environment normally gives its CA bundle here.
/// Give one source at most: <see cref="CaBundlePath"/>, <see cref="CaBundlePem"/> or <see cref="Certificates"/>.
/// With none, the operating system trust store is used.
/// </summary>
public sealed class RorTrustAnchorOptions
{
    /// <summary>Path of a PEM (or DER) file holding the CA certificates (roots and intermediates) to trust.</summary>
    public string? CaBundlePath { get; set; }

    /// <summary>PEM text of the CA certificates to trust.</summary>
    public string? CaBundlePem { get; set; }

    /// <summary>CA certificates to trust, given in code.</summary>
    public IList<X509Certificate2> Certificates { get; } = new List<X509Certificate2>();

    /// <summary>
    /// How the revocation of the server certificate chain is checked. Default <see cref="X509RevocationMode.Online"/>;
    /// <see cref="X509RevocationMode.NoCheck"/> when the CRL distribution points cannot be reached.
    /// </summary>
    public X509RevocationMode RevocationMode { get; set; } = X509RevocationMode.Online;

    /// <summary>Whether a source of trust anchors other than the operating system store is configured.</summary>
    internal bool HasCustomAnchors =>
        !string.IsNullOrWhiteSpace(CaBundlePath) || !string.IsNullOrWhiteSpace(CaBundlePem) || Certificates.Count > 0;
}
