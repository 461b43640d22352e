using Ror.Client.Certificates;
using Ror.Client.Configuration;
using Ror.Client.Errors;
using Ror.Client.Testing.Certificates;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class ClientCertificateLoaderTests(CertificateFixture certificates)
{
    private static async Task<RorCertificateException> LoadFailsAsync(RorClientCertificateOptions options) =>
        await Assert.ThrowsAsync<RorCertificateException>(async () =>
        {
            using var bundle = await ClientCertificateLoader.LoadAsync(options, DateTimeOffset.UtcNow, CancellationToken.None);
        });

    [Fact]
    public async Task LoadAsync_Pkcs12WithChain_LoadsKeyAndIntermediates()
    {
        var options = new RorClientCertificateOptions { Path = certificates.ClientPfxPath, Password = CertificateFixture.PfxPassword };

        using var bundle = await ClientCertificateLoader.LoadAsync(options, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(certificates.ClientCertificate.Thumbprint, bundle.Certificate.Thumbprint);
        Assert.True(bundle.Certificate.HasPrivateKey, "the private key must be loaded");
        Assert.Contains(bundle.Intermediates, c => c.Thumbprint == certificates.Intermediate.Certificate.Thumbprint);
    }

    [Fact]
    public async Task LoadAsync_PasswordProvider_IsAskedForThePassword()
    {
        var asked = 0;
        var options = new RorClientCertificateOptions
        {
            Path = certificates.ClientPfxPath,
            PasswordProvider = _ =>
            {
                asked++;
                return ValueTask.FromResult(CertificateFixture.PfxPassword);
            },
        };

        using var bundle = await ClientCertificateLoader.LoadAsync(options, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(1, asked);
        Assert.True(bundle.Certificate.HasPrivateKey, "the certificate must be loaded with the provided password");
    }

    [Fact]
    public async Task LoadAsync_PemCertificateAndKey_LoadsKeyAndIntermediates()
    {
        var options = new RorClientCertificateOptions { Path = certificates.ClientPemPath, KeyPath = certificates.ClientPemKeyPath };

        using var bundle = await ClientCertificateLoader.LoadAsync(options, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(certificates.ClientCertificate.Thumbprint, bundle.Certificate.Thumbprint);
        Assert.Contains(bundle.Intermediates, c => c.Thumbprint == certificates.Intermediate.Certificate.Thumbprint);
    }

    [Fact]
    public async Task LoadAsync_EncryptedPemKeyWithPassword_Loads()
    {
        var options = new RorClientCertificateOptions
        {
            Path = certificates.ClientEncryptedPemPath,
            KeyPath = certificates.ClientEncryptedPemKeyPath,
            Password = CertificateFixture.PemKeyPassword,
        };

        using var bundle = await ClientCertificateLoader.LoadAsync(options, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.True(bundle.Certificate.HasPrivateKey, "the encrypted key must be decrypted");
    }

    [Fact]
    public async Task LoadAsync_EncryptedPemKeyWrongPassword_SaysWrongPassword()
    {
        var error = await LoadFailsAsync(new RorClientCertificateOptions
        {
            Path = certificates.ClientEncryptedPemPath,
            KeyPath = certificates.ClientEncryptedPemKeyPath,
            Password = "wrong",
        });

        Assert.Equal(RorCertificateProblem.WrongPassword, error.Problem);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_SaysFileNotFound()
    {
        var path = Path.Combine(certificates.Directory, "missing.p12");

        var error = await LoadFailsAsync(new RorClientCertificateOptions { Path = path, Password = "x" });

        Assert.Equal(RorCertificateProblem.FileNotFound, error.Problem);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_WrongPkcs12Password_SaysWrongPasswordWithoutRevealingIt()
    {
        var error = await LoadFailsAsync(new RorClientCertificateOptions { Path = certificates.ClientPfxPath, Password = "not-the-password" });

        Assert.Equal(RorCertificateProblem.WrongPassword, error.Problem);
        Assert.DoesNotContain("not-the-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_CertificateWithoutKey_SaysNoPrivateKey()
    {
        var error = await LoadFailsAsync(new RorClientCertificateOptions { Path = certificates.ClientCertificateOnlyPath });

        Assert.Equal(RorCertificateProblem.NoPrivateKey, error.Problem);
    }

    [Fact]
    public async Task LoadAsync_NotACertificate_SaysInvalidFormat()
    {
        var path = Path.Combine(certificates.Directory, "garbage.p12");
        await File.WriteAllBytesAsync(path, [1, 2, 3, 4, 5, 6, 7, 8]);

        var error = await LoadFailsAsync(new RorClientCertificateOptions { Path = path, Password = "x" });

        Assert.Equal(RorCertificateProblem.InvalidFormat, error.Problem);
    }

    [Theory]
    [InlineData(ClientCertificateKind.Expired, RorCertificateProblem.Expired)]
    [InlineData(ClientCertificateKind.NotYetValid, RorCertificateProblem.NotYetValid)]
    [InlineData(ClientCertificateKind.ServerAuthOnly, RorCertificateProblem.NoClientAuthenticationUsage)]
    [InlineData(ClientCertificateKind.NoClientAuthUsage, RorCertificateProblem.NoClientAuthenticationUsage)]
    public async Task LoadAsync_UnusableCertificate_SaysWhy(ClientCertificateKind kind, RorCertificateProblem expected)
    {
        using var certificate = certificates.Issue(kind);
        var path = certificates.WritePfx(certificate, kind + ".p12");

        var error = await LoadFailsAsync(new RorClientCertificateOptions { Path = path, Password = CertificateFixture.PfxPassword });

        Assert.Equal(expected, error.Problem);
    }

    [Fact]
    public async Task LoadAsync_UnknownThumbprint_SaysNotFoundInStore()
    {
        var error = await LoadFailsAsync(new RorClientCertificateOptions { Thumbprint = "00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF 00 11 22 33" });

        Assert.Equal(RorCertificateProblem.NotFoundInStore, error.Problem);
    }

    [Fact]
    public async Task LoadAsync_Instance_IsUsedAsGiven()
    {
        var options = new RorClientCertificateOptions { Certificate = certificates.ClientCertificate };

        using (var bundle = await ClientCertificateLoader.LoadAsync(options, DateTimeOffset.UtcNow, CancellationToken.None))
        {
            Assert.Same(certificates.ClientCertificate, bundle.Certificate);
        }

        Assert.True(certificates.ClientCertificate.HasPrivateKey, "an instance given by the caller must not be disposed by the client");
    }
}
