using System.Net;
using System.Security.Cryptography.X509Certificates;
using Ror.Client.Testing.Certificates;
using Ror.Client.Csd.Access;
using Ror.Client.Testing.Soap;
using static Ror.Client.Testing.Tests.Simulator.SimulatorHttp;

namespace Ror.Client.Testing.Tests.Simulator;

public sealed class AccessProfileTests
{
    [Theory]
    [InlineData("CU23", RorAccessProfile.PublicInformation)]
    [InlineData("CU22", RorAccessProfile.UnscheduledCareRegulation)]
    [InlineData("CU20", RorAccessProfile.HealthAndSocialCareOrientation)]
    [InlineData("CU19", RorAccessProfile.SocialCareOrientation)]
    public async Task Post_VihfToken_ProfileComesFromProfilUtilisateur(string code, RorAccessProfile expected)
    {
        var options = new RorSimulatorOptions { DefaultAccessProfile = RorAccessProfile.SocialCareOrientation };
        if (expected == RorAccessProfile.SocialCareOrientation)
        {
            options.DefaultAccessProfile = RorAccessProfile.PublicInformation;
        }

        await using RorSimulator ror = await SoapEndpointTests.StartWithRecorderAsync(SimulatedTransaction.EstablishmentRead, out RecordingHandler recorder, options);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody(), VihfHeader(code)), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, recorder.Profile);
        Assert.Equal(AccessProfileSource.VihfToken, recorder.Source);
    }

    [Fact]
    public async Task Post_VihfTokenWithMisspelledXsiNamespaceAndOtherType_IsStillRead()
    {
        await using RorSimulator ror = await SoapEndpointTests.StartWithRecorderAsync(SimulatedTransaction.Notification, out RecordingHandler recorder);
        using HttpClient client = CreateClient(ror);
        string header = VihfHeader("CU20", xsiNamespace: "http://wwww.w3.org/2001/XMLSchema-instance", xsiType: "hl7:CV");

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(NotificationBody(), header), UpdateAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RorAccessProfile.HealthAndSocialCareOrientation, recorder.Profile);
    }

    [Fact]
    public async Task Post_VihfTokenWithUnknownCode_ReturnsSenderFault()
    {
        await using RorSimulator ror = await SoapEndpointTests.StartWithRecorderAsync(SimulatedTransaction.EstablishmentRead, out RecordingHandler recorder);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody(), VihfHeader("CU99")), SearchAction);

        await SoapEndpointTests.AssertFaultAsync(response, HttpStatusCode.BadRequest, "env:Sender");
        Assert.Null(recorder.Profile);
    }

    [Fact]
    public async Task Post_NoTokenCertificateCommonNameMapped_ProfileComesFromCertificate()
    {
        var options = new RorSimulatorOptions { ClientCommonName = "APP-ORIENTATION" };
        options.CertificateProfiles["app-orientation"] = RorAccessProfile.HealthAndSocialCareOrientation;
        await using RorSimulator ror = await SoapEndpointTests.StartWithRecorderAsync(SimulatedTransaction.EstablishmentRead, out RecordingHandler recorder, options);
        using HttpClient client = CreateClient(ror);

        await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(RorAccessProfile.HealthAndSocialCareOrientation, recorder.Profile);
        Assert.Equal(AccessProfileSource.ClientCertificate, recorder.Source);
    }

    [Fact]
    public async Task Post_NoTokenCertificateThumbprintMapped_ProfileComesFromCertificate()
    {
        using TestCertificateAuthority authority = TestCertificateAuthority.Create("Profile Root", KeyAlgorithm.EcdsaP256);
        using X509Certificate2 certificate = authority.IssueClientCertificate("APP-PUBLIC");
        var options = new RorSimulatorOptions { CertificateAuthority = authority };
        options.CertificateProfiles[certificate.Thumbprint] = RorAccessProfile.PublicInformation;
        await using RorSimulator ror = await SoapEndpointTests.StartWithRecorderAsync(SimulatedTransaction.EstablishmentRead, out RecordingHandler recorder, options);
        using HttpClient client = CreateClient(ror, certificate);

        await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(RorAccessProfile.PublicInformation, recorder.Profile);
        Assert.Equal(AccessProfileSource.ClientCertificate, recorder.Source);
    }

    [Fact]
    public async Task Post_VihfTokenAndMappedCertificate_TokenWins()
    {
        var options = new RorSimulatorOptions();
        options.CertificateProfiles[options.ClientCommonName] = RorAccessProfile.HealthAndSocialCareOrientation;
        await using RorSimulator ror = await SoapEndpointTests.StartWithRecorderAsync(SimulatedTransaction.EstablishmentRead, out RecordingHandler recorder, options);
        using HttpClient client = CreateClient(ror);

        await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody(), VihfHeader("CU23")), SearchAction);

        Assert.Equal(RorAccessProfile.PublicInformation, recorder.Profile);
    }

    [Theory]
    [InlineData(null, RorAccessProfile.UnscheduledCareRegulation)]
    [InlineData(RorAccessProfile.SocialCareOrientation, RorAccessProfile.SocialCareOrientation)]
    public async Task Post_NoTokenNoMapping_DefaultProfile(RorAccessProfile? configured, RorAccessProfile expected)
    {
        var options = new RorSimulatorOptions();
        if (configured is { } profile)
        {
            options.DefaultAccessProfile = profile;
        }

        await using RorSimulator ror = await SoapEndpointTests.StartWithRecorderAsync(SimulatedTransaction.EstablishmentRead, out RecordingHandler recorder, options);
        using HttpClient client = CreateClient(ror);

        await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(expected, recorder.Profile);
        Assert.Equal(AccessProfileSource.Default, recorder.Source);
    }
}
