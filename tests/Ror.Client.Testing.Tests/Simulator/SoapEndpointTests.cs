using System.Net;
using System.Xml.Linq;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Soap;
using static Ror.Client.Testing.Tests.Simulator.SimulatorHttp;

namespace Ror.Client.Testing.Tests.Simulator;

public sealed class SoapEndpointTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private RorSimulator Ror => fixture.Simulator;

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/xml")]
    [InlineData("text/plain")]
    public async Task Post_NotSoap12MediaType_Returns415(string mediaType)
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction, mediaType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_SoapEndpoint_Returns405()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.GetAsync(Ror.SoapEndpoint);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_UnknownPath_Returns404()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.GetAsync(new Uri(Ror.BaseAddress, "ROR/other"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_ActionInContentType_DispatchesToThatTransaction()
    {
        await using RorSimulator ror = await StartWithRecorderAsync(SimulatedTransaction.EstablishmentRead, out RecordingHandler recorder);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody("1990000027")), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimulatedTransaction.EstablishmentRead, recorder.Transaction);
        Assert.Equal(SearchAction, recorder.SoapAction);
        Assert.Equal("1990000027", recorder.RequestedIdentifier);
        Assert.Equal("{urn:ihe:iti:csd:2013}careServicesRequest", recorder.BodyReaderElement);
    }

    [Fact]
    public async Task Post_ActionInWsAddressingHeaderOnly_DispatchesOnIt()
    {
        await using RorSimulator ror = await StartWithRecorderAsync(SimulatedTransaction.Notification, out RecordingHandler recorder);
        using HttpClient client = CreateClient(ror);
        string header = $"<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\" env:mustUnderstand=\"1\">{UpdateAction}</wsa:Action>"
            + "<wsa:MessageID xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">urn:uuid:6b1f6f0e-0000-4000-8000-000000000001</wsa:MessageID>";

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(NotificationBody(), header), action: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimulatedTransaction.Notification, recorder.Transaction);
        Assert.Equal(UpdateAction, recorder.SoapAction);
    }

    [Fact]
    public async Task Post_NoActionAnywhere_DispatchesOnBodyChild()
    {
        await using RorSimulator ror = await StartWithRecorderAsync(SimulatedTransaction.InternalOrganizationRead, out RecordingHandler recorder);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(InternalOrganizationReadBody("52/100042")), action: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimulatedTransaction.InternalOrganizationRead, recorder.Transaction);
        Assert.Equal(SearchAction, recorder.SoapAction);
        Assert.Equal("52/100042", recorder.RequestedIdentifier);
    }

    [Fact]
    public async Task Post_ActionDoesNotMatchBodyChild_ReturnsSenderFault400()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody()), UpdateAction);

        await AssertFaultAsync(response, HttpStatusCode.BadRequest, "env:Sender");
    }

    [Fact]
    public async Task Post_ContentTypeAndWsAddressingActionsDiffer_ReturnsSenderFault400()
    {
        using HttpClient client = CreateClient(Ror);
        string header = $"<wsa:Action xmlns:wsa=\"http://www.w3.org/2005/08/addressing\">{UpdateAction}</wsa:Action>";

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody(), header), SearchAction);

        await AssertFaultAsync(response, HttpStatusCode.BadRequest, "env:Sender");
    }

    [Fact]
    public async Task Post_UnknownAction_ReturnsSenderFault400()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody()), "urn:ihe:iti:csd:2013:GetDirectoryModificationsRequest");

        await AssertFaultAsync(response, HttpStatusCode.BadRequest, "env:Sender");
    }

    [Fact]
    public async Task Post_UnknownBodyChildWithoutAction_ReturnsSenderFault400()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope("<csd:getModificationsRequest/>"), action: null);

        await AssertFaultAsync(response, HttpStatusCode.BadRequest, "env:Sender");
    }

    [Theory]
    [InlineData("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body><unclosed></env:Body></env:Envelope>")]
    [InlineData("not xml at all")]
    [InlineData("<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Body><csd:careServicesRequest xmlns:csd=\"urn:ihe:iti:csd:2013\"/></env:Body></env:Envelope>")]
    [InlineData("<Envelope><Body/></Envelope>")]
    [InlineData("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body/></env:Envelope>")]
    [InlineData("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Header/></env:Envelope>")]
    [InlineData("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:csd=\"urn:ihe:iti:csd:2013\"><env:Body><csd:careServicesRequest/><csd:careServicesRequest/></env:Body></env:Envelope>")]
    [InlineData("<!DOCTYPE env:Envelope [<!ENTITY x \"x\">]><env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>&x;</env:Body></env:Envelope>")]
    public async Task Post_MalformedOrNonSoap12Envelope_ReturnsSenderFault400(string body)
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, body, SearchAction);

        await AssertFaultAsync(response, HttpStatusCode.BadRequest, "env:Sender");
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public async Task Post_UnknownMustUnderstandHeader_ReturnsMustUnderstandFault(string flag)
    {
        using HttpClient client = CreateClient(Ror);
        string header = $"<x:Custom xmlns:x=\"urn:example:custom\" env:mustUnderstand=\"{flag}\">v</x:Custom>";

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody(), header), SearchAction);

        XDocument document = await AssertFaultAsync(response, HttpStatusCode.InternalServerError, "env:MustUnderstand");
        XElement notUnderstood = document.Root!.Element(EnvNs + "Header")!.Element(EnvNs + "NotUnderstood")!;
        Assert.EndsWith(":Custom", (string)notUnderstood.Attribute("qname")!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" env:mustUnderstand=\"false\"")]
    [InlineData(" env:mustUnderstand=\"0\"")]
    public async Task Post_UnknownOptionalHeader_IsIgnored(string flag)
    {
        using HttpClient client = CreateClient(Ror);
        string header = $"<x:Custom xmlns:x=\"urn:example:custom\"{flag}>v</x:Custom>";

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody(), header), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyLargerThanLimit_Returns413()
    {
        await using RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { MaxRequestBodyBytes = 2048, KeyAlgorithm = KeyAlgorithm.EcdsaP256 });
        using HttpClient client = CreateClient(ror);
        string padding = $"<x:Pad xmlns:x=\"urn:example:pad\">{new string('a', 4096)}</x:Pad>";

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody(), padding), SearchAction);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_HandlerThrows_ReturnsReceiverFault500()
    {
        var options = new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 };
        options.TransactionHandlers[SimulatedTransaction.EstablishmentRead] = new ThrowingHandler();
        await using RorSimulator ror = await RorSimulator.StartAsync(options);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        await AssertFaultAsync(response, HttpStatusCode.InternalServerError, "env:Receiver");
    }

    [Fact]
    public async Task SetTransactionHandler_WhileRunning_NextRequestUsesItAndRemovalRestores444()
    {
        await using RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 });
        using HttpClient client = CreateClient(ror);
        var recorder = new RecordingHandler();

        ror.SetTransactionHandler(SimulatedTransaction.InternalOrganizationRead, recorder);
        using HttpResponseMessage handled = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(InternalOrganizationReadBody()), SearchAction);
        ror.SetTransactionHandler(SimulatedTransaction.InternalOrganizationRead, null);
        using HttpResponseMessage removed = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(InternalOrganizationReadBody()), SearchAction);

        Assert.Equal("yes", (string?)BodyChild(await ReadXmlAsync(handled)).Element(CsdNs + "recorded"));
        Assert.Equal(CsdNs + "error", BodyChild(await ReadXmlAsync(removed)).Elements().Single().Name);
    }

    [Fact]
    public async Task Post_Answer_IsSoap12ContentType()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal("application/soap+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    internal static async Task<XDocument> AssertFaultAsync(HttpResponseMessage response, HttpStatusCode status, string codeValue)
    {
        Assert.Equal(status, response.StatusCode);
        XDocument document = await ReadXmlAsync(response);
        XElement fault = BodyChild(document);
        Assert.Equal(EnvNs + "Fault", fault.Name);
        Assert.Equal(codeValue, (string?)fault.Element(EnvNs + "Code")?.Element(EnvNs + "Value"));
        XElement? text = fault.Element(EnvNs + "Reason")?.Element(EnvNs + "Text");
        Assert.False(string.IsNullOrWhiteSpace((string?)text), "a fault must explain itself in env:Reason/env:Text");
        Assert.Equal("fr", (string?)text!.Attribute(XNamespace.Xml + "lang"));
        return document;
    }

    internal static Task<RorSimulator> StartWithRecorderAsync(SimulatedTransaction transaction, out RecordingHandler recorder, RorSimulatorOptions? options = null)
    {
        options ??= new RorSimulatorOptions();
        options.KeyAlgorithm = KeyAlgorithm.EcdsaP256;
        recorder = new RecordingHandler();
        options.TransactionHandlers[transaction] = recorder;
        return RorSimulator.StartAsync(options);
    }

    private sealed class ThrowingHandler : ISoapTransactionHandler
    {
        public Task HandleAsync(SoapRequestContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Handler failure.");
    }
}
