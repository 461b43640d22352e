using System.Net;
using System.Xml.Linq;
using Ror.Client.Csd.Access;
using Ror.Client.Errors;
using Ror.Client.Tests.Infrastructure;
using Ror.Client.Transport;

namespace Ror.Client.Tests.Transport;

[Collection(CertificateCollection.Name)]
public sealed class SoapTransportTests(CertificateFixture certificates)
{
    private static readonly XNamespace Env = "http://www.w3.org/2003/05/soap-envelope";
    private static readonly XNamespace Wsa = "http://www.w3.org/2005/08/addressing";

    private static XElement? Header(RecordedRequest request) => XDocument.Parse(request.Body).Root!.Element(Env + "Header");

    [Fact]
    public async Task SendAsync_ServerAnswers_ReadsTheBodyWithTheDelegate()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.SoapAnswer("<csd:careServicesResponse xmlns:csd=\"urn:ihe:iti:csd:2013\"/>"));
        await using var client = TestClient.Create(certificates, server);

        var name = await client.SendAsync();

        Assert.Equal("careServicesResponse", name);
    }

    private const string NonAsciiAnswer = "<csd:careServicesResponse xmlns:csd=\"urn:ihe:iti:csd:2013\">Prévu à l'hôpital</csd:careServicesResponse>";

    /// <summary>Sends a request answered by <paramref name="answer"/>; returns whether the body came as WCF's reader, and its text.</summary>
    private async Task<(bool Dictionary, string Text)> ReadAnswerAsync(Func<Microsoft.AspNetCore.Http.HttpContext, Task> answer)
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(answer);
        await using var client = TestClient.Create(certificates, server);
        return await client.SendAsync(reader =>
        {
            reader.MoveToContent();
            return (reader is System.Xml.XmlDictionaryReader, reader.ReadElementContentAsString());
        });
    }

    [Fact]
    public async Task SendAsync_Utf8Answer_BodyIsReadWithTheCsdUtf8Reader()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.SoapAnswer(NonAsciiAnswer));
        await using var client = TestClient.Create(certificates, server);
        using var expected = Ror.Client.Csd.CsdReader.CreateUtf8XmlReader(Stream.Null);

        var (type, text) = await client.SendAsync(reader =>
        {
            reader.MoveToContent();
            return (reader.GetType(), reader.ReadElementContentAsString());
        });

        Assert.Equal(expected.GetType(), type);
        Assert.Equal("Prévu à l'hôpital", text);
    }

    [Fact]
    public async Task SendAsync_Utf16Answer_IsReadByTheTextEncoder()
    {
        var envelope = "<?xml version=\"1.0\" encoding=\"utf-16\"?>" + TestResponses.Envelope(NonAsciiAnswer);

        var (dictionary, text) = await ReadAnswerAsync(async context =>
        {
            context.Response.ContentType = "application/soap+xml; charset=utf-16";
            var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(envelope)).ToArray();
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        });

        Assert.True(dictionary, "an answer in UTF-16 goes through WCF's text encoder");
        Assert.Equal("Prévu à l'hôpital", text);
    }

    [Fact]
    public async Task SendAsync_AnswerWithoutCharset_IsReadByTheTextEncoder()
    {
        var (dictionary, text) = await ReadAnswerAsync(context => TestResponses.Write(context, 200, "application/soap+xml", TestResponses.Envelope(NonAsciiAnswer)));

        Assert.True(dictionary, "without a charset the document says its encoding, which WCF's encoder reads");
        Assert.Equal("Prévu à l'hôpital", text);
    }

    [Theory]
    [InlineData("<!DOCTYPE env:Envelope [<!ENTITY x \"y\">]>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")]
    public async Task SendAsync_Utf8AnswerWithDtdOrAnotherDeclaredEncoding_IsAnInvalidResponse(string prolog)
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(context => TestResponses.Write(context, 200, TestResponses.SoapContentType, prolog + TestResponses.Envelope("<csd:careServicesResponse xmlns:csd=\"urn:ihe:iti:csd:2013\"/>")));
        await using var client = TestClient.Create(certificates, server);

        var exception = await Assert.ThrowsAsync<RorResponseInvalidException>(() => client.SendAsync());

        Assert.Equal(RorTransactions.ReadEstablishmentOffer, exception.Transaction);
        Assert.NotNull(exception.CorrelationId);
    }

    [Theory]
    [InlineData(RorSoapActions.Search)]
    [InlineData(RorSoapActions.Update)]
    public async Task SendAsync_Action_TravelsInTheSoap12ContentTypeWithoutSoapActionHeader(string action)
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server);

        await client.SendAsync(action);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"application/soap+xml; charset=utf-8; action=\"{action}\"", request.ContentType);
        Assert.False(request.Headers.ContainsKey("SOAPAction"), "SOAP 1.2 carries no SOAPAction header");
        Assert.Equal(Env + "Envelope", XDocument.Parse(request.Body).Root!.Name);
    }

    [Fact]
    public async Task SendAsync_WsAddressingOff_SendsNoAddressingHeader()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server);

        await client.SendAsync();

        var header = Header(Assert.Single(server.Requests));
        Assert.True(header is null || !header.Elements().Any(e => e.Name.Namespace == Wsa), "no wsa: header is expected by default");
    }

    [Fact]
    public async Task SendAsync_WsAddressingOn_SendsActionMessageIdAndToWithoutMustUnderstand()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server, o => o.UseWsAddressing = true);

        await client.SendAsync(RorSoapActions.Update);

        var header = Header(Assert.Single(server.Requests))!;
        Assert.Equal(RorSoapActions.Update, header.Element(Wsa + "Action")?.Value);
        Assert.StartsWith("urn:uuid:", header.Element(Wsa + "MessageID")?.Value, StringComparison.Ordinal);
        Assert.Equal(server.SoapEndpoint.AbsoluteUri, header.Element(Wsa + "To")?.Value);
        Assert.DoesNotContain(header.Elements(), e => e.Attribute(Env + "mustUnderstand") is not null);
    }

    [Fact]
    public async Task SendAsync_AccessProfileConfigured_SendsVihfTokenIssuedByTheCertificateSubject()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server, o =>
        {
            o.AccessProfile = RorAccessProfile.HealthAndSocialCareOrientation;
            o.ApplicationName = "ror-client-tests";
        });

        await client.SendAsync();

        var security = Header(Assert.Single(server.Requests))!.Element((XNamespace)VihfSecurityHeader.SecurityNamespace + "Security");
        Assert.NotNull(security);
        XNamespace saml = VihfSecurityHeader.SamlNamespace;
        Assert.Equal(certificates.ClientCertificate.Subject, security.Descendants(saml + "Issuer").Single().Value);
        Assert.Contains(security.Descendants(), e => e.Name.LocalName == "Profil_Utilisateur" && (string?)e.Attribute("code") == "CU20");
    }

    [Fact]
    public async Task SendAsync_NoAccessProfile_SendsNoSecurityHeader()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server);

        await client.SendAsync();

        Assert.DoesNotContain("Security", Assert.Single(server.Requests).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(400)]
    public async Task SendAsync_SoapFault_ThrowsServiceFaultWithTheRorCodeAfterOneRequest(int status)
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapFault(status);
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorServiceFaultException>(() => client.SendAsync());

        Assert.Single(server.Requests);
        Assert.Equal(444, error.RorErrorCode);
        Assert.Equal("Non prévu sur la plateforme", error.RorErrorMessage);
        Assert.Equal("env:Receiver", error.SoapFaultCode);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(RorTransactions.ReadEstablishmentOffer, error.Transaction);
        Assert.False(string.IsNullOrEmpty(error.CorrelationId), "a correlation id must identify the call");
    }

    [Fact]
    public async Task SendAsync_NonConformantIntegerFaultCode_IsTheRorCode()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapFault(fault: TestResponses.Fault(code: "444", detail: null));
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorServiceFaultException>(() => client.SendAsync());

        Assert.Equal(444, error.RorErrorCode);
    }

    [Fact]
    public async Task SendAsync_BareErreurWithStatus200_ThrowsServiceFault()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer("<ror:erreur xmlns:ror=\"urn:asip:ror:2015\" code=\"444\" message=\"Non prévu\"/>");
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorServiceFaultException>(() => client.SendAsync());

        Assert.Equal(444, error.RorErrorCode);
        Assert.Equal("Non prévu", error.RorErrorMessage);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task SendAsync_AccessRefused_ThrowsAuthenticationErrorWithoutRetry(int status)
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Status(status);
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorAuthenticationException>(() => client.SendAsync());

        Assert.Single(server.Requests);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(415)]
    public async Task SendAsync_WrongAddressOrMediaType_ThrowsConfigurationError(int status)
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Status(status);
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorConfigurationException>(() => client.SendAsync());

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
    }

    [Fact]
    public async Task SendAsync_HtmlAnswerWithStatus200_ThrowsResponseInvalid()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Status(200, contentType: "text/html", body: "<html>portal</html>");
        await using var client = TestClient.Create(certificates, server);

        await Assert.ThrowsAsync<RorResponseInvalidException>(() => client.SendAsync());
    }

    [Fact]
    public async Task SendAsync_ReaderRejectsTheBody_ThrowsResponseInvalid()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorResponseInvalidException>(() => client.Soap.SendAsync<int>(
            RorTransactions.ListUpdatedEstablishments,
            RorSoapActions.Update,
            writer => writer.WriteElementString("request", "urn:test", string.Empty),
            _ => throw new FormatException("unexpected element"),
            CancellationToken.None));

        Assert.Equal(RorTransactions.ListUpdatedEstablishments, error.Transaction);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaiting_ThrowsOperationCanceled()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Delay(TimeSpan.FromSeconds(30), TestResponses.SoapAnswer("<late/>"));
        await using var client = TestClient.Create(certificates, server);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendAsync(cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task SendAsync_ManyConcurrentCalls_ShareOneChannelFactory()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server);

        var names = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync()));

        Assert.All(names, n => Assert.Equal("ok", n));
        Assert.Equal(8, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_BodyWriterRejectsTheInput_ThrowsItsExceptionWithoutSending()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Soap.SendAsync<int>(
            RorTransactions.ReadEstablishmentOffer,
            RorSoapActions.Search,
            _ => throw new ArgumentException("identifier is empty", "establishmentId"),
            _ => 0,
            CancellationToken.None));

        Assert.Equal("establishmentId", error.ParamName);
        Assert.Empty(server.Requests);
    }
}
