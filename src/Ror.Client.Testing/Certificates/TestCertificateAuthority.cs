using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Ror.Client.Testing.Certificates;

/// <summary>
/// An in-memory certificate authority for tests: a root (or intermediate) CA that issues TLS server certificates
/// and IGC-Santé-like ORG/AUTH_CLI client certificates, valid or deliberately defective, without touching any
/// machine or user certificate store.
/// </summary>
/// <remarks>
/// <para>
/// Every certificate returned with a private key has been re-imported through PKCS#12
/// (<see cref="X509CertificateLoader.LoadPkcs12(byte[], string?, X509KeyStorageFlags, Pkcs12LoaderLimits?)"/>),
/// so its key is usable by <see cref="System.Net.Security.SslStream"/> on every platform, and exportable.
/// </para>
/// <para>
/// Ownership: the authority disposes its own key and certificate. Certificates it issues, and intermediate
/// authorities created by <see cref="CreateIntermediate"/>, belong to the caller, who disposes them.
/// Instance members are thread-safe.
/// </para>
/// </remarks>
public sealed class TestCertificateAuthority : IDisposable
{
    /// <summary>The common name of a root authority created without an explicit name.</summary>
    public const string DefaultRootName = "Ror.Client Test Root CA";

    /// <summary>The common name of an intermediate authority created without an explicit name.</summary>
    public const string DefaultIntermediateName = "Ror.Client Test Intermediate CA";

    /// <summary>The organisation (<c>O</c>) of client certificates issued without an explicit one.</summary>
    public const string DefaultClientOrganization = "ROR CLIENT TEST";

    /// <summary>
    /// The organisational unit (<c>OU</c>) of client certificates issued without an explicit one; IGC-Santé puts the
    /// structure identifier there.
    /// </summary>
    public const string DefaultClientOrganizationalUnit = "0000000000";

    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1", "Server Authentication");
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2", "Client Authentication");
    private static readonly Oid SecureEmail = new("1.3.6.1.5.5.7.3.4", "Secure Email");

    private readonly Lock _gate = new();
    private readonly AsymmetricAlgorithm _key;
    private readonly X509Certificate2 _certificate;
    private readonly TestCertificateAuthority? _parent;
    private readonly DateTimeOffset _notBefore;
    private readonly DateTimeOffset _notAfter;
    private TestCertificateAuthority? _untrustedAuthority;
    private bool _disposed;

    private TestCertificateAuthority(
        string name,
        KeyAlgorithm algorithm,
        AsymmetricAlgorithm key,
        X509Certificate2 certificate,
        TestCertificateAuthority? parent,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter)
    {
        Name = name;
        Algorithm = algorithm;
        _key = key;
        _certificate = certificate;
        _parent = parent;
        _notBefore = notBefore;
        _notAfter = notAfter;
        Certificate = X509CertificateLoader.LoadCertificate(certificate.RawData);
    }

    /// <summary>The common name (<c>CN</c>) of this authority.</summary>
    public string Name { get; }

    /// <summary>The key algorithm of this authority, also the default for the certificates it issues.</summary>
    public KeyAlgorithm Algorithm { get; }

    /// <summary>This authority's certificate, public part only (no private key).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Whether this authority is a self-signed root (<see langword="false"/> for an intermediate).</summary>
    public bool IsRoot => _parent is null;

    /// <summary>The certificate of the root of this authority's chain (this one for a root), public part only.</summary>
    public X509Certificate2 RootCertificate => _parent?.RootCertificate ?? Certificate;

    /// <summary>
    /// Creates a self-signed root authority, valid from two years ago to twenty years from now.
    /// </summary>
    /// <param name="name">The common name of the authority.</param>
    /// <param name="algorithm">The key algorithm of the authority and, by default, of the certificates it issues.</param>
    /// <returns>The new authority, which the caller disposes.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static TestCertificateAuthority Create(string name = DefaultRootName, KeyAlgorithm algorithm = KeyAlgorithm.Rsa2048)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        DateTimeOffset now = Now();
        DateTimeOffset notBefore = now.AddDays(-730);
        DateTimeOffset notAfter = now.AddYears(20);
        AsymmetricAlgorithm key = CreateKey(algorithm);
        try
        {
            CertificateRequest request = CreateRequest(BuildName(name), key);
            AddAuthorityExtensions(request, pathLength: null);
            using X509Certificate2 selfSigned = request.CreateSelfSigned(notBefore, notAfter);
            X509Certificate2 certificate = Reimport(selfSigned);
            return new TestCertificateAuthority(name, algorithm, key, certificate, parent: null, notBefore, notAfter);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Creates an intermediate authority signed by this one (path length 0: it issues end-entity certificates only),
    /// for client chains root → intermediate → leaf.
    /// </summary>
    /// <param name="name">The common name of the intermediate authority.</param>
    /// <param name="algorithm">Its key algorithm; this authority's algorithm when <see langword="null"/>.</param>
    /// <returns>The new intermediate authority, which the caller disposes.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ObjectDisposedException">This authority has been disposed.</exception>
    public TestCertificateAuthority CreateIntermediate(string name = DefaultIntermediateName, KeyAlgorithm? algorithm = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ObjectDisposedException.ThrowIf(_disposed, this);
        KeyAlgorithm keyAlgorithm = algorithm ?? Algorithm;
        DateTimeOffset now = Now();
        (DateTimeOffset notBefore, DateTimeOffset notAfter) = ClampToIssuer(now.AddDays(-365), now.AddYears(10));
        AsymmetricAlgorithm key = CreateKey(keyAlgorithm);
        try
        {
            CertificateRequest request = CreateRequest(BuildName(name), key);
            AddAuthorityExtensions(request, pathLength: 0);
            X509Certificate2 certificate = Sign(request, key, notBefore, notAfter);
            return new TestCertificateAuthority(name, keyAlgorithm, key, certificate, this, notBefore, notAfter);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Issues a TLS server certificate valid from one hour ago for one year, with extended key usage
    /// <c>serverAuth</c> and the subject alternative names <c>localhost</c>, <c>127.0.0.1</c> and <c>::1</c>.
    /// </summary>
    /// <param name="commonName">The common name of the subject.</param>
    /// <param name="additionalNames">
    /// More subject alternative names: each entry that parses as an IP address becomes an IP entry, the others DNS entries.
    /// </param>
    /// <param name="algorithm">The key algorithm; this authority's algorithm when <see langword="null"/>.</param>
    /// <returns>The certificate with its private key, which the caller disposes.</returns>
    /// <exception cref="ArgumentException"><paramref name="commonName"/> is empty.</exception>
    /// <exception cref="ObjectDisposedException">This authority has been disposed.</exception>
    public X509Certificate2 IssueServerCertificate(
        string commonName = "localhost",
        IEnumerable<string>? additionalNames = null,
        KeyAlgorithm? algorithm = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commonName);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddOrganizationName("Ror.Client Simulator");
        builder.AddCountryOrRegion("FR");

        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        foreach (string name in additionalNames ?? [])
        {
            if (IPAddress.TryParse(name, out IPAddress? address))
            {
                names.AddIpAddress(address);
            }
            else
            {
                names.AddDnsName(name);
            }
        }

        DateTimeOffset now = Now();
        return IssueEndEntity(builder.Build(), algorithm ?? Algorithm, now.AddHours(-1), now.AddDays(365), [ServerAuthentication], names.Build());
    }

    /// <summary>
    /// Issues a client certificate shaped like an IGC-Santé ORG/AUTH_CLI certificate
    /// (<c>CN=&lt;application&gt;, OU=&lt;structure id&gt;, O=&lt;organisation&gt;, C=FR</c>), valid or with the
    /// defect named by <paramref name="kind"/>.
    /// </summary>
    /// <param name="commonName">The common name, usually the name of the calling application.</param>
    /// <param name="kind">The flavour of certificate: valid, or one of the defects a ROR server refuses.</param>
    /// <param name="organization">The organisation (<c>O</c>).</param>
    /// <param name="organizationalUnit">The organisational unit (<c>OU</c>), the structure identifier at IGC-Santé.</param>
    /// <param name="algorithm">The key algorithm; this authority's algorithm when <see langword="null"/>.</param>
    /// <returns>The certificate with its private key, which the caller disposes.</returns>
    /// <exception cref="ArgumentException">A name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ObjectDisposedException">This authority has been disposed.</exception>
    public X509Certificate2 IssueClientCertificate(
        string commonName,
        ClientCertificateKind kind = ClientCertificateKind.Valid,
        string organization = DefaultClientOrganization,
        string organizationalUnit = DefaultClientOrganizationalUnit,
        KeyAlgorithm? algorithm = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commonName);
        ArgumentException.ThrowIfNullOrWhiteSpace(organization);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationalUnit);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (kind == ClientCertificateKind.SignedByAnotherAuthority)
        {
            return GetUntrustedAuthority().IssueClientCertificate(commonName, ClientCertificateKind.Valid, organization, organizationalUnit, algorithm);
        }

        // Added in display order (CN first), as IGC-Santé subjects read.
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddOrganizationalUnitName(organizationalUnit);
        builder.AddOrganizationName(organization);
        builder.AddCountryOrRegion("FR");

        DateTimeOffset now = Now();
        (DateTimeOffset notBefore, DateTimeOffset notAfter, Oid[] usages) = kind switch
        {
            ClientCertificateKind.Valid => (now.AddHours(-1), now.AddDays(365), new[] { ClientAuthentication }),
            ClientCertificateKind.Expired => (now.AddDays(-30), now.AddDays(-1), new[] { ClientAuthentication }),
            ClientCertificateKind.NotYetValid => (now.AddDays(1), now.AddDays(30), new[] { ClientAuthentication }),
            ClientCertificateKind.ServerAuthOnly => (now.AddHours(-1), now.AddDays(365), new[] { ServerAuthentication }),
            ClientCertificateKind.NoClientAuthUsage => (now.AddHours(-1), now.AddDays(365), new[] { SecureEmail }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown client certificate kind."),
        };
        return IssueEndEntity(builder.Build(), algorithm ?? Algorithm, notBefore, notAfter, usages, subjectAlternativeNames: null);
    }

    /// <summary>
    /// The certificates between this authority and its root, this authority first, root excluded (empty for a root):
    /// what a TLS peer sends along with a leaf, or puts in <see cref="X509ChainPolicy.ExtraStore"/>.
    /// </summary>
    /// <returns>A new collection of public certificates, which the caller owns.</returns>
    public X509Certificate2Collection GetIntermediateCertificates()
    {
        var collection = new X509Certificate2Collection();
        for (TestCertificateAuthority? authority = this; authority?._parent is not null; authority = authority._parent)
        {
            collection.Add(X509CertificateLoader.LoadCertificate(authority.Certificate.RawData));
        }

        return collection;
    }

    /// <summary>
    /// Exports a certificate and its private key as PKCS#12 (PFX) bytes, protected by a password
    /// (PBES2, AES-256, SHA-256).
    /// </summary>
    /// <param name="certificate">A certificate with an exportable private key, issued by this authority.</param>
    /// <param name="password">The PFX password.</param>
    /// <param name="includeChain">Whether to add this authority's chain (intermediates and root, public parts).</param>
    /// <returns>The PKCS#12 bytes.</returns>
    /// <exception cref="ArgumentException"><paramref name="certificate"/> has no private key.</exception>
    public byte[] ExportPfx(X509Certificate2 certificate, string password, bool includeChain = true)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(password);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"The certificate '{certificate.Subject}' has no private key to export.", nameof(certificate));
        }

        var collection = new X509Certificate2Collection(certificate);
        if (includeChain)
        {
            collection.AddRange(GetIntermediateCertificates());
            collection.Add(RootCertificate);
        }

        return collection.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password);
    }

    /// <summary>Writes <see cref="ExportPfx(X509Certificate2, string, bool)"/> to a file (created or overwritten).</summary>
    /// <param name="certificate">A certificate with an exportable private key, issued by this authority.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="password">The PFX password.</param>
    /// <param name="includeChain">Whether to add this authority's chain (intermediates and root, public parts).</param>
    /// <exception cref="ArgumentException"><paramref name="certificate"/> has no private key.</exception>
    public void ExportPfxFile(X509Certificate2 certificate, string path, string password, bool includeChain = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllBytes(path, ExportPfx(certificate, password, includeChain));
    }

    /// <summary>
    /// Writes a certificate as PEM to one file and its private key as PKCS#8 PEM to another (both created or overwritten),
    /// the layout curl (<c>--cert</c>/<c>--key</c>) and <see cref="X509Certificate2.CreateFromPemFile"/> expect.
    /// </summary>
    /// <param name="certificate">A certificate with an exportable private key.</param>
    /// <param name="certificatePath">The certificate file to write.</param>
    /// <param name="privateKeyPath">The private key file to write.</param>
    /// <param name="privateKeyPassword">
    /// When given, the key is written encrypted (<c>ENCRYPTED PRIVATE KEY</c>, PBES2 AES-256); otherwise in clear.
    /// </param>
    /// <param name="includeChain">Whether to append this authority's intermediates after the certificate (root excluded).</param>
    /// <exception cref="ArgumentException"><paramref name="certificate"/> has no private key.</exception>
    public void ExportPem(
        X509Certificate2 certificate,
        string certificatePath,
        string privateKeyPath,
        string? privateKeyPassword = null,
        bool includeChain = false)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentException.ThrowIfNullOrWhiteSpace(certificatePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPath);
        var pem = new StringBuilder(ExportCertificatePem(certificate));
        if (includeChain)
        {
            foreach (X509Certificate2 intermediate in GetIntermediateCertificates())
            {
                pem.Append(ExportCertificatePem(intermediate));
                intermediate.Dispose();
            }
        }

        string key = ExportPrivateKeyPem(certificate, privateKeyPassword);
        File.WriteAllText(certificatePath, pem.ToString(), Encoding.ASCII);
        File.WriteAllText(privateKeyPath, key, Encoding.ASCII);
    }

    /// <summary>
    /// The PEM bundle of this authority's chain (this authority, its intermediates, then the root): the trust file to
    /// give to a client (<c>curl --cacert</c>) or to a server validating client certificates.
    /// </summary>
    /// <returns>The concatenated PEM certificates.</returns>
    public string ExportCaPemBundle()
    {
        var pem = new StringBuilder();
        for (TestCertificateAuthority? authority = this; authority is not null; authority = authority._parent)
        {
            pem.Append(ExportCertificatePem(authority.Certificate));
        }

        return pem.ToString();
    }

    /// <summary>Writes <see cref="ExportCaPemBundle"/> to a file (created or overwritten).</summary>
    /// <param name="path">The file to write.</param>
    public void ExportCaPemBundleFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        File.WriteAllText(path, ExportCaPemBundle(), Encoding.ASCII);
    }

    /// <summary>Encodes a certificate (public part) as PEM (<c>-----BEGIN CERTIFICATE-----</c>), ending with a new line.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>The PEM text.</returns>
    public static string ExportCertificatePem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.ExportCertificatePem() + "\n";
    }

    /// <summary>
    /// Encodes the private key of a certificate as PKCS#8 PEM, in clear (<c>PRIVATE KEY</c>) or encrypted with a
    /// password (<c>ENCRYPTED PRIVATE KEY</c>, PBES2 AES-256, SHA-256), ending with a new line.
    /// </summary>
    /// <param name="certificate">A certificate with an exportable RSA or ECDSA private key.</param>
    /// <param name="password">The encryption password, or <see langword="null"/> for a clear key.</param>
    /// <returns>The PEM text.</returns>
    /// <exception cref="ArgumentException"><paramref name="certificate"/> has no RSA or ECDSA private key.</exception>
    public static string ExportPrivateKeyPem(X509Certificate2 certificate, string? password = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using AsymmetricAlgorithm key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey()
            ?? certificate.GetECDsaPrivateKey()
            ?? throw new ArgumentException($"The certificate '{certificate.Subject}' has no RSA or ECDSA private key.", nameof(certificate));
        string pem = password is null
            ? key.ExportPkcs8PrivateKeyPem()
            : key.ExportEncryptedPkcs8PrivateKeyPem(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000));
        return pem + "\n";
    }

    /// <summary>Releases this authority's key and certificates (not the certificates it issued).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _untrustedAuthority?.Dispose();
            _key.Dispose();
            _certificate.Dispose();
            Certificate.Dispose();
        }
    }

    private X509Certificate2 IssueEndEntity(
        X500DistinguishedName subject,
        KeyAlgorithm algorithm,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        Oid[] usages,
        X509Extension? subjectAlternativeNames)
    {
        (notBefore, notAfter) = ClampToIssuer(notBefore, notAfter);
        using AsymmetricAlgorithm key = CreateKey(algorithm);
        CertificateRequest request = CreateRequest(subject, key);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        X509KeyUsageFlags keyUsage = key is RSA
            ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment
            : X509KeyUsageFlags.DigitalSignature;
        request.CertificateExtensions.Add(new X509KeyUsageExtension(keyUsage, true));
        var usageCollection = new OidCollection();
        foreach (Oid usage in usages)
        {
            usageCollection.Add(usage);
        }

        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usageCollection, false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        if (subjectAlternativeNames is not null)
        {
            request.CertificateExtensions.Add(subjectAlternativeNames);
        }

        return Sign(request, key, notBefore, notAfter);
    }

    private X509Certificate2 Sign(CertificateRequest request, AsymmetricAlgorithm subjectKey, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        byte[] serialNumber = RandomNumberGenerator.GetBytes(16);
        serialNumber[0] &= 0x7F;
        serialNumber[0] |= 0x01;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_certificate, true, false));
            X509SignatureGenerator generator = _key switch
            {
                RSA rsa => X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1),
                ECDsa ecdsa => X509SignatureGenerator.CreateForECDsa(ecdsa),
                _ => throw new InvalidOperationException("Unsupported authority key."),
            };
            using X509Certificate2 unsigned = request.Create(_certificate.SubjectName, generator, notBefore, notAfter, serialNumber);
            using X509Certificate2 withKey = subjectKey switch
            {
                RSA rsa => unsigned.CopyWithPrivateKey(rsa),
                ECDsa ecdsa => unsigned.CopyWithPrivateKey(ecdsa),
                _ => throw new InvalidOperationException("Unsupported subject key."),
            };
            return Reimport(withKey);
        }
    }

    private (DateTimeOffset NotBefore, DateTimeOffset NotAfter) ClampToIssuer(DateTimeOffset notBefore, DateTimeOffset notAfter) =>
        (notBefore < _notBefore ? _notBefore : notBefore, notAfter > _notAfter ? _notAfter : notAfter);

    private TestCertificateAuthority GetUntrustedAuthority()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _untrustedAuthority ??= Create($"{Name} (untrusted)", Algorithm);
        }
    }

    private static void AddAuthorityExtensions(CertificateRequest request, int? pathLength)
    {
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, pathLength.HasValue, pathLength ?? 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
    }

    private static X500DistinguishedName BuildName(string commonName)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddOrganizationName("Ror.Client Test PKI");
        builder.AddCountryOrRegion("FR");
        return builder.Build();
    }

    private static AsymmetricAlgorithm CreateKey(KeyAlgorithm algorithm) => algorithm switch
    {
        KeyAlgorithm.Rsa2048 => RSA.Create(2048),
        KeyAlgorithm.Rsa3072 => RSA.Create(3072),
        KeyAlgorithm.EcdsaP256 => ECDsa.Create(ECCurve.NamedCurves.nistP256),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown key algorithm."),
    };

    private static CertificateRequest CreateRequest(X500DistinguishedName subject, AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ECDsa ecdsa => new CertificateRequest(subject, ecdsa, HashAlgorithmName.SHA256),
        _ => throw new InvalidOperationException("Unsupported key."),
    };

    // A PKCS#12 round trip gives a certificate whose key every platform's TLS stack accepts (not an ephemeral handle).
    private static X509Certificate2 Reimport(X509Certificate2 certificateWithKey)
    {
        byte[] pfx = certificateWithKey.Export(X509ContentType.Pkcs12);
        return X509CertificateLoader.LoadPkcs12(pfx, password: null, X509KeyStorageFlags.Exportable);
    }

    private static DateTimeOffset Now()
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
