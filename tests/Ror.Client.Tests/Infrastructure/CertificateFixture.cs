using System.Security.Cryptography.X509Certificates;
using Ror.Client.Testing.Certificates;

namespace Ror.Client.Tests.Infrastructure;

/// <summary>
/// A test PKI shared by the tests: a root, an intermediate issuing the client certificates, a server certificate for
/// 127.0.0.1, client certificates valid and defective, and their PKCS#12 / PEM files in a temporary directory.
/// </summary>
public sealed class CertificateFixture : IDisposable
{
    public const string PfxPassword = "pfx-secret";
    public const string PemKeyPassword = "pem-secret";

    public CertificateFixture()
    {
        Root = TestCertificateAuthority.Create("Test IGC-Sante Root", KeyAlgorithm.EcdsaP256);
        Intermediate = Root.CreateIntermediate("Test IGC-Sante Intermediate");
        OtherRoot = TestCertificateAuthority.Create("Unrelated Root", KeyAlgorithm.EcdsaP256);
        ServerCertificate = Root.IssueServerCertificate("localhost");
        ClientCertificate = Intermediate.IssueClientCertificate("ROR-CLIENT-TESTS");
        NotWhitelistedClientCertificate = Intermediate.IssueClientCertificate("NOT-WHITELISTED");
        Directory = System.IO.Directory.CreateTempSubdirectory("ror-client-tests-").FullName;

        ClientPfxPath = Path.Combine(Directory, "client.p12");
        Intermediate.ExportPfxFile(ClientCertificate, ClientPfxPath, PfxPassword, includeChain: true);

        ClientPemPath = Path.Combine(Directory, "client.pem");
        ClientPemKeyPath = Path.Combine(Directory, "client.key");
        Intermediate.ExportPem(ClientCertificate, ClientPemPath, ClientPemKeyPath, includeChain: true);

        ClientEncryptedPemPath = Path.Combine(Directory, "client-enc.pem");
        ClientEncryptedPemKeyPath = Path.Combine(Directory, "client-enc.key");
        Intermediate.ExportPem(ClientCertificate, ClientEncryptedPemPath, ClientEncryptedPemKeyPath, PemKeyPassword, includeChain: true);

        ClientCertificateOnlyPath = Path.Combine(Directory, "client-public.pem");
        File.WriteAllText(ClientCertificateOnlyPath, ClientCertificate.ExportCertificatePem());

        CaBundlePath = Path.Combine(Directory, "ca-bundle.pem");
        File.WriteAllText(CaBundlePath, Root.ExportCaPemBundle());
    }

    public TestCertificateAuthority Root { get; }

    public TestCertificateAuthority Intermediate { get; }

    public TestCertificateAuthority OtherRoot { get; }

    public X509Certificate2 ServerCertificate { get; }

    /// <summary>Valid client certificate (issued by the intermediate), whitelisted by the test server.</summary>
    public X509Certificate2 ClientCertificate { get; }

    /// <summary>Valid client certificate from the same PKI that the test server does not whitelist.</summary>
    public X509Certificate2 NotWhitelistedClientCertificate { get; }

    public string Directory { get; }

    public string ClientPfxPath { get; }

    public string ClientPemPath { get; }

    public string ClientPemKeyPath { get; }

    public string ClientEncryptedPemPath { get; }

    public string ClientEncryptedPemKeyPath { get; }

    public string ClientCertificateOnlyPath { get; }

    public string CaBundlePath { get; }

    public string CaBundlePem => Root.ExportCaPemBundle();

    public X509Certificate2 Issue(ClientCertificateKind kind) => Intermediate.IssueClientCertificate("ROR-CLIENT-" + kind, kind);

    public string WritePfx(X509Certificate2 certificate, string name)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, PfxPassword));
        return path;
    }

    public void Dispose()
    {
        ServerCertificate.Dispose();
        ClientCertificate.Dispose();
        NotWhitelistedClientCertificate.Dispose();
        Intermediate.Dispose();
        OtherRoot.Dispose();
        Root.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort cleanup of the temporary directory.
        }
    }
}
