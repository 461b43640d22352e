using System.Net;
using System.Security.Cryptography.X509Certificates;
using Ror.Client.Testing.Certificates;
using static Ror.Client.Testing.Tests.Simulator.SimulatorHttp;

namespace Ror.Client.Testing.Tests.Simulator;

public sealed class MutualTlsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private RorSimulator Ror => fixture.Simulator;

    [Fact]
    public async Task Post_ReadyClientCertificate_Returns200()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutClientCertificate_HandshakeFails()
    {
        using HttpClient client = CreateClient(Ror, clientCertificate: null);

        await AssertRefusedAtTlsAsync(client);
    }

    [Theory]
    [InlineData(ClientCertificateKind.Expired)]
    [InlineData(ClientCertificateKind.NotYetValid)]
    [InlineData(ClientCertificateKind.ServerAuthOnly)]
    [InlineData(ClientCertificateKind.NoClientAuthUsage)]
    [InlineData(ClientCertificateKind.SignedByAnotherAuthority)]
    public async Task Post_DefectiveClientCertificate_HandshakeFails(ClientCertificateKind kind)
    {
        using X509Certificate2 certificate = Ror.IssueClientCertificate("APP-TEST", kind);
        using HttpClient client = CreateClient(Ror, certificate);

        await AssertRefusedAtTlsAsync(client);
    }

    [Fact]
    public async Task Post_ClientCertificateFromIntermediateSentWithChain_Returns200()
    {
        using TestCertificateAuthority intermediate = Ror.CertificateAuthority.CreateIntermediate();
        using X509Certificate2 certificate = intermediate.IssueClientCertificate("APP-TEST");
        using HttpClient client = CreateClient(Ror, certificate, intermediate.GetIntermediateCertificates());

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_ClientCertificateOfAdditionalTrustAnchor_Returns200()
    {
        using TestCertificateAuthority other = TestCertificateAuthority.Create("Other Root", KeyAlgorithm.EcdsaP256);
        var options = new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 };
        options.AdditionalClientTrustAnchors.Add(other.RootCertificate);
        await using RorSimulator ror = await RorSimulator.StartAsync(options);
        using X509Certificate2 certificate = other.IssueClientCertificate("APP-TEST");
        using HttpClient client = CreateClient(ror, certificate);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertRefusedAtTlsAsync(HttpClient client)
    {
        long before = Ror.Counters.Total;

        await Assert.ThrowsAsync<HttpRequestException>(() => PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction));

        Assert.True(Ror.Counters.Total == before, "a refused certificate must never reach the HTTP layer");
    }
}
