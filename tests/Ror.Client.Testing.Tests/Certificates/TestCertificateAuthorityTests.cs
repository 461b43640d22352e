using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ror.Client.Testing.Certificates;

namespace Ror.Client.Testing.Tests.Certificates;

public sealed class TestCertificateAuthorityTests(AuthorityFixture fixture) : IClassFixture<AuthorityFixture>
{
    private TestCertificateAuthority Authority => fixture.Authority;

    [Fact]
    public void Create_Root_IsSelfSignedAuthorityWithoutExposedKey()
    {
        Assert.True(Authority.IsRoot, "a created authority is a root");
        Assert.Equal(Authority.Certificate.Subject, Authority.Certificate.Issuer);
        Assert.False(Authority.Certificate.HasPrivateKey, "the exposed CA certificate must be the public part only");
        var constraints = Authority.Certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single();
        Assert.True(constraints.CertificateAuthority, "the root must be marked as a CA");
        Assert.Contains("CN=Fixture Root CA", Authority.Certificate.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void IssueClientCertificate_Valid_ChainsToRootForClientAuth()
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST");

        var (valid, status, length) = ChainValidation.Build(client, Authority.RootCertificate, ChainValidation.ClientAuth);

        Assert.True(valid, $"a valid client certificate must chain to the root, status {status}");
        Assert.Equal(2, length);
        Assert.True(client.HasPrivateKey, "an issued client certificate carries its private key");
    }

    [Fact]
    public void IssueClientCertificate_Valid_HasIgcSanteLikeSubjectAndClientAuthUsage()
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST", organization: "CLINIQUE EXEMPLE", organizationalUnit: "1990000019");

        Assert.Equal("CN=APP-TEST, OU=1990000019, O=CLINIQUE EXEMPLE, C=FR", client.Subject);
        Assert.Equal(["1.3.6.1.5.5.7.3.2"], ChainValidation.ExtendedKeyUsages(client));
        Assert.Equal(Authority.Certificate.Subject, client.Issuer);
    }

    [Fact]
    public void IssueClientCertificate_Expired_ValidityWindowIsInThePast()
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST", ClientCertificateKind.Expired);

        Assert.True(client.NotAfter.ToUniversalTime() < DateTime.UtcNow, $"an expired certificate must end before now, ends {client.NotAfter:O}");
        var (valid, status, _) = ChainValidation.Build(client, Authority.RootCertificate, ChainValidation.ClientAuth);
        Assert.False(valid, "an expired certificate must not validate");
        Assert.True(status.HasFlag(X509ChainStatusFlags.NotTimeValid), $"expected NotTimeValid, got {status}");
    }

    [Fact]
    public void IssueClientCertificate_NotYetValid_ValidityWindowIsInTheFuture()
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST", ClientCertificateKind.NotYetValid);

        Assert.True(client.NotBefore.ToUniversalTime() > DateTime.UtcNow, $"a not-yet-valid certificate must start after now, starts {client.NotBefore:O}");
        var (valid, status, _) = ChainValidation.Build(client, Authority.RootCertificate, ChainValidation.ClientAuth);
        Assert.False(valid, "a not-yet-valid certificate must not validate");
        Assert.True(status.HasFlag(X509ChainStatusFlags.NotTimeValid), $"expected NotTimeValid, got {status}");
    }

    [Theory]
    [InlineData(ClientCertificateKind.ServerAuthOnly, "1.3.6.1.5.5.7.3.1")]
    [InlineData(ClientCertificateKind.NoClientAuthUsage, "1.3.6.1.5.5.7.3.4")]
    public void IssueClientCertificate_WrongUsage_IsNotValidForClientAuth(ClientCertificateKind kind, string expectedUsage)
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST", kind);

        Assert.Equal([expectedUsage], ChainValidation.ExtendedKeyUsages(client));
        var (valid, status, _) = ChainValidation.Build(client, Authority.RootCertificate, ChainValidation.ClientAuth);
        Assert.False(valid, $"a {kind} certificate must not validate for clientAuth");
        Assert.True(status.HasFlag(X509ChainStatusFlags.NotValidForUsage), $"expected NotValidForUsage, got {status}");
    }

    [Fact]
    public void IssueClientCertificate_SignedByAnotherAuthority_DoesNotChainToThisRoot()
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST", ClientCertificateKind.SignedByAnotherAuthority);

        Assert.NotEqual(Authority.Certificate.Subject, client.Issuer);
        var (valid, status, _) = ChainValidation.Build(client, Authority.RootCertificate, ChainValidation.ClientAuth);
        Assert.False(valid, $"a certificate from another authority must not validate, status {status}");
    }

    [Fact]
    public void IssueServerCertificate_Default_HasLoopbackNamesAndServerAuthUsage()
    {
        using X509Certificate2 server = Authority.IssueServerCertificate();

        var names = server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Contains("localhost", names.EnumerateDnsNames());
        Assert.Contains(IPAddress.Loopback, names.EnumerateIPAddresses());
        Assert.Contains(IPAddress.IPv6Loopback, names.EnumerateIPAddresses());
        Assert.Equal(["1.3.6.1.5.5.7.3.1"], ChainValidation.ExtendedKeyUsages(server));
        Assert.True(ChainValidation.Build(server, Authority.RootCertificate, ChainValidation.ServerAuth).Valid, "the server certificate must validate for serverAuth");
        Assert.True(server.MatchesHostname("127.0.0.1"), "the server certificate must match 127.0.0.1");
    }

    [Fact]
    public void IssueServerCertificate_AdditionalNames_AddsDnsAndIpEntries()
    {
        using X509Certificate2 server = Authority.IssueServerCertificate(additionalNames: ["ror.test", "10.1.2.3"]);

        var names = server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Contains("ror.test", names.EnumerateDnsNames());
        Assert.Contains(IPAddress.Parse("10.1.2.3"), names.EnumerateIPAddresses());
    }

    [Fact]
    public void CreateIntermediate_ClientLeaf_ChainsRootIntermediateLeaf()
    {
        using TestCertificateAuthority intermediate = Authority.CreateIntermediate();
        using X509Certificate2 client = intermediate.IssueClientCertificate("APP-TEST");
        X509Certificate2Collection intermediates = intermediate.GetIntermediateCertificates();

        var (valid, status, length) = ChainValidation.Build(client, Authority.RootCertificate, ChainValidation.ClientAuth, intermediates);

        Assert.False(intermediate.IsRoot, "an intermediate is not a root");
        Assert.Equal(Authority.Certificate.Thumbprint, intermediate.RootCertificate.Thumbprint);
        Assert.True(valid, $"root → intermediate → leaf must validate, status {status}");
        Assert.Equal(3, length);
    }

    [Fact]
    public void CreateIntermediate_WithoutIntermediateInExtraStore_LeafDoesNotValidate()
    {
        using TestCertificateAuthority intermediate = Authority.CreateIntermediate();
        using X509Certificate2 client = intermediate.IssueClientCertificate("APP-TEST");

        var (valid, _, _) = ChainValidation.Build(client, Authority.RootCertificate, ChainValidation.ClientAuth);

        Assert.False(valid, "without the intermediate the chain cannot reach the root");
    }

    [Fact]
    public void Create_Ecdsa_IssuesEcdsaCertificatesThatValidate()
    {
        using TestCertificateAuthority authority = TestCertificateAuthority.Create("ECDSA Root", KeyAlgorithm.EcdsaP256);
        using X509Certificate2 client = authority.IssueClientCertificate("APP-TEST");

        using ECDsa? key = client.GetECDsaPrivateKey();
        Assert.NotNull(key);
        Assert.Equal(256, key.KeySize);
        Assert.True(ChainValidation.Build(client, authority.RootCertificate, ChainValidation.ClientAuth).Valid, "an ECDSA chain must validate");
    }

    [Fact]
    public void IssueServerCertificate_Rsa3072_HasRequestedKeySize()
    {
        using X509Certificate2 server = Authority.IssueServerCertificate(algorithm: KeyAlgorithm.Rsa3072);

        using RSA? key = server.GetRSAPrivateKey();
        Assert.NotNull(key);
        Assert.Equal(3072, key.KeySize);
    }

    [Fact]
    public void IssueClientCertificate_RsaAlgorithm_PrivateKeySignsWhatThePublicKeyVerifies()
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST", algorithm: KeyAlgorithm.Rsa2048);
        byte[] data = [1, 2, 3, 4];

        using RSA privateKey = client.GetRSAPrivateKey()!;
        byte[] signature = privateKey.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using RSA publicKey = client.GetRSAPublicKey()!;

        Assert.Equal(2048, publicKey.KeySize);
        Assert.True(publicKey.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), "the key pair must match");
        Assert.True(ChainValidation.Build(client, Authority.RootCertificate, ChainValidation.ClientAuth).Valid, "an RSA leaf under an ECDSA root must validate");
    }

    [Fact]
    public void Create_Rsa_SignsWithRsaAndIssuedCertificatesValidate()
    {
        using TestCertificateAuthority authority = TestCertificateAuthority.Create("RSA Root");
        using X509Certificate2 client = authority.IssueClientCertificate("APP-TEST", algorithm: KeyAlgorithm.EcdsaP256);

        Assert.Equal(KeyAlgorithm.Rsa2048, authority.Algorithm);
        Assert.NotNull(authority.Certificate.GetRSAPublicKey());
        Assert.True(ChainValidation.Build(client, authority.RootCertificate, ChainValidation.ClientAuth).Valid, "an RSA-signed chain must validate");
    }

    [Fact]
    public void ExportPfx_WithPassword_RoundTripsCertificateKeyAndChain()
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST");

        byte[] pfx = Authority.ExportPfx(client, "s3cret");
        using X509Certificate2 loaded = X509CertificateLoader.LoadPkcs12(pfx, "s3cret");
        X509Certificate2Collection all = X509CertificateLoader.LoadPkcs12Collection(pfx, "s3cret");

        Assert.Equal(client.Thumbprint, loaded.Thumbprint);
        Assert.True(loaded.HasPrivateKey, "the PFX must carry the private key");
        Assert.Equal(2, all.Count);
        Assert.Contains(all, c => c.Thumbprint == Authority.Certificate.Thumbprint);
        Assert.ThrowsAny<CryptographicException>(() => X509CertificateLoader.LoadPkcs12(pfx, "wrong"));
    }

    [Fact]
    public void ExportPfxFile_WithoutChain_WritesOnlyTheLeaf()
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST");
        string path = Path.Combine(Path.GetTempPath(), $"ror-{Guid.NewGuid():N}.pfx");
        try
        {
            Authority.ExportPfxFile(client, path, "pw", includeChain: false);

            X509Certificate2Collection all = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, "pw");
            Assert.Single(all);
            Assert.Equal(client.Thumbprint, all[0].Thumbprint);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ExportPfx_CertificateWithoutKey_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Authority.ExportPfx(Authority.Certificate, "pw"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("key-password")]
    public void ExportPem_CertificateAndKey_RoundTripThroughPemFiles(string? keyPassword)
    {
        using X509Certificate2 client = Authority.IssueClientCertificate("APP-TEST");
        string directory = Directory.CreateTempSubdirectory("ror-pem-").FullName;
        try
        {
            string certificatePath = Path.Combine(directory, "client.pem");
            string keyPath = Path.Combine(directory, "client.key");

            Authority.ExportPem(client, certificatePath, keyPath, keyPassword);

            using X509Certificate2 loaded = keyPassword is null
                ? X509Certificate2.CreateFromPemFile(certificatePath, keyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(certificatePath, keyPassword, keyPath);
            Assert.Equal(client.Thumbprint, loaded.Thumbprint);
            Assert.True(loaded.HasPrivateKey, "the PEM key must pair with the certificate");
            string keyText = File.ReadAllText(keyPath);
            Assert.Contains(keyPassword is null ? "BEGIN PRIVATE KEY" : "BEGIN ENCRYPTED PRIVATE KEY", keyText, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void ExportCaPemBundle_Intermediate_ContainsIntermediateThenRoot()
    {
        using TestCertificateAuthority intermediate = Authority.CreateIntermediate();

        var bundle = new X509Certificate2Collection();
        bundle.ImportFromPem(intermediate.ExportCaPemBundle());

        Assert.Equal(2, bundle.Count);
        Assert.Equal(intermediate.Certificate.Thumbprint, bundle[0].Thumbprint);
        Assert.Equal(Authority.Certificate.Thumbprint, bundle[1].Thumbprint);
    }

    [Fact]
    public void ExportCaPemBundleFile_Root_WritesTheRootCertificate()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ror-{Guid.NewGuid():N}.pem");
        try
        {
            Authority.ExportCaPemBundleFile(path);

            var bundle = new X509Certificate2Collection();
            bundle.ImportFromPemFile(path);
            Assert.Equal(Authority.Certificate.Thumbprint, Assert.Single(bundle).Thumbprint);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void IssueClientCertificate_AfterDispose_ThrowsObjectDisposedException()
    {
        var authority = TestCertificateAuthority.Create("Disposable Root", KeyAlgorithm.EcdsaP256);
        authority.Dispose();

        Assert.Throws<ObjectDisposedException>(() => authority.IssueClientCertificate("APP-TEST"));
    }
}
