using System.Net;
using System.Xml.Linq;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Errors;
using static Ror.Client.Testing.Tests.Simulator.SimulatorHttp;

namespace Ror.Client.Testing.Tests.Simulator;

public sealed class ErrorShapeTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private RorSimulator Ror => fixture.Simulator;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_LectureWithoutHandler_Returns444InCareServicesResponse(bool internalOrganization)
    {
        using HttpClient client = CreateClient(Ror);
        string body = internalOrganization ? InternalOrganizationReadBody() : EstablishmentReadBody();

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(body), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XElement error = AssertCareServicesError(await ReadXmlAsync(response), 444);
        Assert.Equal("Non prévu sur la plateforme", (string?)error.Attribute("message"));
    }

    [Fact]
    public async Task Post_NotificationWithoutHandler_Returns444InReceiverFault()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(NotificationBody()), UpdateAction);

        XDocument document = await SoapEndpointTests.AssertFaultAsync(response, HttpStatusCode.InternalServerError, "env:Receiver");
        AssertDetailErreur(document, 444);
    }

    [Fact]
    public async Task Post_CareServicesRequestWithoutKnownFunction_Returns444()
    {
        using HttpClient client = CreateClient(Ror);
        string body = "<csd:careServicesRequest><csd:expression>select *</csd:expression></csd:careServicesRequest>";

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(body), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertCareServicesError(await ReadXmlAsync(response), 444);
    }

    [Fact]
    public async Task Post_UnsupportedTransactionWithHandler_Returns444()
    {
        var options = new RorSimulatorOptions();
        options.UnsupportedTransactions.Add(SimulatedTransaction.EstablishmentRead);
        await using RorSimulator ror = await SoapEndpointTests.StartWithRecorderAsync(SimulatedTransaction.EstablishmentRead, out RecordingHandler recorder, options);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        AssertCareServicesError(await ReadXmlAsync(response), 444);
        Assert.Null(recorder.Transaction);
    }

    [Fact]
    public async Task Post_ForcedErrorCareServicesShape_Returns200WithCsdError()
    {
        var options = new RorSimulatorOptions { ErrorShape = RorErrorShape.CareServicesError, KeyAlgorithm = KeyAlgorithm.EcdsaP256 };
        options.ForcedErrors.Add(ForcedError.Always(405, "Nombre d'UE incohérent"));
        await using RorSimulator ror = await RorSimulator.StartAsync(options);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XElement error = AssertCareServicesError(await ReadXmlAsync(response), 405);
        Assert.Equal("Nombre d'UE incohérent", (string?)error.Attribute("message"));
    }

    [Fact]
    public async Task Post_ForcedErrorSoapFaultShape_Returns500ReceiverWithDetail()
    {
        await using RorSimulator ror = await StartWithShapeAsync(RorErrorShape.SoapFault);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        XDocument document = await SoapEndpointTests.AssertFaultAsync(response, HttpStatusCode.InternalServerError, "env:Receiver");
        AssertDetailErreur(document, 405);
    }

    [Fact]
    public async Task Post_ForcedErrorLegacyShape_FaultCodeValueIsNumeric()
    {
        await using RorSimulator ror = await StartWithShapeAsync(RorErrorShape.LegacyNumericSoapFault);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        XDocument document = await SoapEndpointTests.AssertFaultAsync(response, HttpStatusCode.InternalServerError, "405");
        AssertDetailErreur(document, 405);
    }

    [Fact]
    public async Task Post_ForcedErrorBareShape_Returns200WithRorErreurBodyChild()
    {
        await using RorSimulator ror = await StartWithShapeAsync(RorErrorShape.BareErreur);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(NotificationBody()), UpdateAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XElement erreur = BodyChild(await ReadXmlAsync(response));
        Assert.Equal(RorNs + "erreur", erreur.Name);
        Assert.Equal("405", (string?)erreur.Attribute("code"));
    }

    [Fact]
    public async Task Post_NotificationWithCareServicesShape_FallsBackToFault()
    {
        await using RorSimulator ror = await StartWithShapeAsync(RorErrorShape.CareServicesError);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(NotificationBody()), UpdateAction);

        XDocument document = await SoapEndpointTests.AssertFaultAsync(response, HttpStatusCode.InternalServerError, "env:Receiver");
        AssertDetailErreur(document, 405);
    }

    [Fact]
    public async Task Post_ForcedErrorForOneEstablishment_OnlyThatEstablishmentGetsIt()
    {
        using HttpClient client = CreateClient(Ror);
        ForcedError forced = ForcedError.ForEstablishment("1990000019", SimulatedErrorCodes.UnitCountMismatch, SimulatedErrorCodes.UnitCountMismatchMessage);
        Ror.ForcedErrors.Add(forced);
        try
        {
            using HttpResponseMessage targeted = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody("1990000019")), SearchAction);
            using HttpResponseMessage other = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody("1990000027")), SearchAction);

            AssertCareServicesError(await ReadXmlAsync(targeted), 405);
            AssertCareServicesError(await ReadXmlAsync(other), 444);
        }
        finally
        {
            Assert.True(Ror.ForcedErrors.Remove(forced), "the rule added by the test must be removable");
        }
    }

    [Fact]
    public async Task Post_ForcedErrorForOneInternalOrganization_AppliesToLectureOiOnly()
    {
        using HttpClient client = CreateClient(Ror);
        Ror.ForcedErrors.Add(ForcedError.ForInternalOrganization("52/100042", 405, "x") with { Shape = RorErrorShape.BareErreur });
        try
        {
            using HttpResponseMessage organization = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(InternalOrganizationReadBody("52/100042")), SearchAction);
            using HttpResponseMessage establishment = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody("52/100042")), SearchAction);

            Assert.Equal(RorNs + "erreur", BodyChild(await ReadXmlAsync(organization)).Name);
            AssertCareServicesError(await ReadXmlAsync(establishment), 444);
        }
        finally
        {
            Ror.ForcedErrors.Clear();
        }

        Assert.Equal(0, Ror.ForcedErrors.Count);
    }

    private static async Task<RorSimulator> StartWithShapeAsync(RorErrorShape shape)
    {
        var options = new RorSimulatorOptions { ErrorShape = shape, KeyAlgorithm = KeyAlgorithm.EcdsaP256 };
        options.ForcedErrors.Add(ForcedError.Always(405, "Nombre d'UE incohérent"));
        return await RorSimulator.StartAsync(options);
    }

    private static XElement AssertCareServicesError(XDocument document, int code)
    {
        XElement response = BodyChild(document);
        Assert.Equal(CsdNs + "careServicesResponse", response.Name);
        XElement error = Assert.Single(response.Elements());
        Assert.Equal(CsdNs + "error", error.Name);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)error.Attribute("code"));
        return error;
    }

    private static void AssertDetailErreur(XDocument document, int code)
    {
        XElement? erreur = BodyChild(document).Element(EnvNs + "Detail")?.Element(RorNs + "erreur");
        Assert.NotNull(erreur);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)erreur.Attribute("code"));
        Assert.False(string.IsNullOrEmpty((string?)erreur.Attribute("message")), "ror:erreur must carry @message");
    }
}
