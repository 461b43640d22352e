using System.Security.Cryptography.X509Certificates;

namespace Ror.Client.Configuration;

/// <summary>
/// Where the IGC-Santé client certificate (ORG / AUTH_CLI, with its private key) comes from. Give exactly one source:
/// <list type="bullet">
/// <item>a PKCS#12 file: <see cref="Path"/> + <see cref="Password"/> or <see cref="PasswordProvider"/>;</item>
/// <item>PEM files: <see cref="Path"/> (certificate, optionally followed by its intermediates) + <see cref="KeyPath"/>;</item>
/// <item>the operating system store: <see cref="Thumbprint"/> (+ <see cref="StoreName"/>, <see cref="StoreLocation"/>);</item>
/// <item>an instance: <see cref="Certificate"/>.</item>
/// </list>
/// </summary>
public sealed class RorClientCertificateOptions
{
    /// <summary>Path of the PKCS#12 (<c>.p12</c>/<c>.pfx</c>) file, or of the PEM certificate when <see cref="KeyPath"/> is set.</summary>
    public string? Path { get; set; }

    /// <summary>
    /// Password of the PKCS#12 file, or of an encrypted PEM key. Prefer <see cref="PasswordProvider"/> to read it from a secret store
    /// at load time: the client does not keep the password once the certificate is loaded.
    /// </summary>
    public string? Password { get; set; }

    /// <summary>
    /// Returns the password when the certificate is loaded (e.g. from a secret vault). Takes precedence over <see cref="Password"/>.
    /// </summary>
    public Func<CancellationToken, ValueTask<string>>? PasswordProvider { get; set; }

    /// <summary>Path of the PEM private key (PKCS#8, encrypted or not) matching the PEM certificate at <see cref="Path"/>.</summary>
    public string? KeyPath { get; set; }

    /// <summary>SHA-1 thumbprint of a certificate in the operating system store (hexadecimal, spaces ignored).</summary>
    public string? Thumbprint { get; set; }

    /// <summary>Store searched for <see cref="Thumbprint"/>. Default <see cref="StoreName.My"/>.</summary>
    public StoreName StoreName { get; set; } = StoreName.My;

    /// <summary>Store location searched for <see cref="Thumbprint"/>. Default <see cref="StoreLocation.CurrentUser"/>.</summary>
    public StoreLocation StoreLocation { get; set; } = StoreLocation.CurrentUser;

    /// <summary>A certificate with its private key, given in code. The caller keeps ownership of the instance.</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>Intermediate certificates sent with <see cref="Certificate"/> (PKCS#12 and PEM sources carry their own).</summary>
    public IList<X509Certificate2> AdditionalCertificates { get; } = new List<X509Certificate2>();

    /// <summary>How many days before its expiry a warning is logged about the client certificate. Default 30.</summary>
    public int ExpiryWarningDays { get; set; } = 30;

    /// <summary>The number of sources configured (exactly one is valid).</summary>
    internal int SourceCount =>
        (Certificate is not null ? 1 : 0)
        + (!string.IsNullOrWhiteSpace(Thumbprint) ? 1 : 0)
        + (!string.IsNullOrWhiteSpace(Path) ? 1 : 0);
}
