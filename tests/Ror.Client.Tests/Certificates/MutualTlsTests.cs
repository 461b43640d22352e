using Microsoft.Extensions.DependencyInjection;
using Ror.Client.Errors;
using Ror.Client.Testing.Certificates;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class MutualTlsTests(CertificateFixture certificates)
{
    [Fact]
    public async Task SendAsync_Pkcs12WithIntermediate_ServerTrustingOnlyTheRootAcceptsTheChain()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server);

        await client.SendAsync();

        Assert.Equal(certificates.ClientCertificate.Thumbprint, Assert.Single(server.Requests).ClientCertificateThumbprint);
    }

    [Fact]
    public async Task SendAsync_PemCertificateChainAndKey_AuthenticatesTheClient()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server, o =>
        {
            o.ClientCertificate.Password = null;
            o.ClientCertificate.Path = certificates.ClientPemPath;
            o.ClientCertificate.KeyPath = certificates.ClientPemKeyPath;
        });

        await client.SendAsync();

        Assert.Equal(certificates.ClientCertificate.Thumbprint, Assert.Single(server.Requests).ClientCertificateThumbprint);
    }

    [Fact]
    public async Task SendAsync_ServerCertificateFromUnknownAuthority_ThrowsServerNotTrustedNamingTheChainStatus()
    {
        using var foreignServerCertificate = certificates.OtherRoot.IssueServerCertificate("localhost");
        await using var server = await TestRorServer.StartAsync(certificates, serverCertificate: foreignServerCertificate);
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorCertificateException>(() => client.SendAsync());

        Assert.Equal(RorCertificateProblem.ServerNotTrusted, error.Problem);
        Assert.True(error.Message.Contains("PartialChain", StringComparison.Ordinal), error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task SendAsync_ServerCertificateFromUnknownAuthorityButValidationDisabled_Succeeds()
    {
        using var foreignServerCertificate = certificates.OtherRoot.IssueServerCertificate("localhost");
        await using var server = await TestRorServer.StartAsync(certificates, serverCertificate: foreignServerCertificate);
        await using var client = TestClient.Create(certificates, server, o => o.Environments["Simulator"].AllowInvalidServerCertificate = true);

        Assert.Equal("ok", await client.SendAsync());
    }

    [Fact]
    public async Task SendAsync_ClientCertificateNotWhitelisted_ThrowsRejectedByServerWithoutRetry()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var attempts = new CountingHandler();
        await using var client = TestClient.Create(
            certificates,
            server,
            o =>
            {
                o.ClientCertificate.Path = null;
                o.ClientCertificate.Password = null;
                o.ClientCertificate.Certificate = certificates.NotWhitelistedClientCertificate;
                o.ClientCertificate.AdditionalCertificates.Add(certificates.Intermediate.Certificate);
            },
            build => build.HttpClientBuilder.AddHttpMessageHandler(() => attempts));

        var error = await Assert.ThrowsAsync<RorCertificateException>(() => client.SendAsync());

        Assert.Equal(RorCertificateProblem.RejectedByServer, error.Problem);
        Assert.Contains("may not be whitelisted yet", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task SendAsync_ExpiredClientCertificate_FailsBeforeAnyRequest()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        using var expired = certificates.Issue(ClientCertificateKind.Expired);
        await using var client = TestClient.Create(certificates, server, o =>
        {
            o.ClientCertificate.Path = null;
            o.ClientCertificate.Password = null;
            o.ClientCertificate.Certificate = expired;
        });

        var error = await Assert.ThrowsAsync<RorCertificateException>(() => client.SendAsync());

        Assert.Equal(RorCertificateProblem.Expired, error.Problem);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task SendAsync_PasswordFromAsynchronousProvider_LoadsTheCertificateBeforeTheFirstConnection()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server, o =>
        {
            o.ClientCertificate.Password = null;
            o.ClientCertificate.PasswordProvider = async cancellationToken =>
            {
                await Task.Yield();
                return CertificateFixture.PfxPassword;
            };
        });

        await client.SendAsync();

        Assert.Equal(certificates.ClientCertificate.Thumbprint, Assert.Single(server.Requests).ClientCertificateThumbprint);
    }
}
