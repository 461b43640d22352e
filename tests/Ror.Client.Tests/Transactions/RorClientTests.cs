using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ror.Client.Configuration;
using Ror.Client.DependencyInjection;
using Ror.Client.Csd.Models;
using Ror.Client.Errors;
using Ror.Client.Transactions;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.Transactions;

[Collection(CertificateCollection.Name)]
public sealed class RorClientTests(CertificateFixture certificates)
{
    private static readonly XNamespace Csd = "urn:ihe:iti:csd:2013";
    private static readonly XNamespace Ror = "urn:asip:ror:2015";

    private static XElement Body(RecordedRequest request) =>
        XDocument.Parse(request.Body).Root!.Element((XNamespace)"http://www.w3.org/2003/05/soap-envelope" + "Body")!.Elements().Single();

    private static IRorClient Client(TestClient client) => client.Services.GetRequiredService<IRorClient>();

    [Fact]
    public async Task GetEstablishmentsUpdatedSinceAsync_SendsNotifRequestInParisTimeAndReturnsTheNotices()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.NotifResponse(2, "1990000027", "1990000035"));
        await using var client = TestClient.Create(certificates, server);
        var filters = new RorOfferFilters { ActivityTypes = [new CodedType { Code = "04", CodingScheme = "1.2.250.1.213.3.3.17" }] };

        var notices = await Client(client).GetEstablishmentsUpdatedSinceAsync(new DateTimeOffset(2025, 1, 5, 23, 0, 0, TimeSpan.Zero), filters);

        Assert.Equal(["1990000027", "1990000035"], notices.Select(n => n.EstablishmentId.Code));
        var request = Assert.Single(server.Requests);
        Assert.Contains("action=\"urn:asip:ror:2015:stored-function:ror-update\"", request.ContentType, StringComparison.Ordinal);
        var body = Body(request);
        Assert.Equal(Ror + "TR-Notif-ListeEtablissementsMajApresDate_Demande", body.Name);
        var parameters = body.Element(Csd + "params")!;
        Assert.Equal("2025-01-06T00:00:00", parameters.Element(Csd + "dateRef")!.Value);
        Assert.Equal("04", (string?)parameters.Element(Csd + "typeActivity")!.Attribute("code"));
    }

    [Fact]
    public async Task GetEstablishmentsUpdatedSinceAsync_ResultCountDiffers_LogsAWarningAndReturnsTheList()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.NotifResponse(3, "1990000027"));
        await using var client = TestClient.Create(certificates, server);

        var notices = await Client(client).GetEstablishmentsUpdatedSinceAsync(DateTimeOffset.UtcNow.AddDays(-1));

        Assert.Single(notices);
        Assert.Contains(client.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("announced 3 item(s) but returned 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_SendsTheLectureRequestAndReturnsTheOffer()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.OfferResponse(CsdFixtures.Establishment(2), facilityNumber: 2));
        await using var client = TestClient.Create(certificates, server);

        var offer = await Client(client).GetEstablishmentOfferAsync("1990000019");

        Assert.Equal(2, offer.ElementaryUnitCount);
        Assert.Equal(2, offer.FacilityNumber);
        Assert.Equal(2, offer.Document.Organizations.Count);
        Assert.Equal(2, offer.ToOfferGraph().ElementaryUnits.Count());
        var criteria = Body(Assert.Single(server.Requests)).Descendants(Csd + "etablissementDemandeLecture").Single();
        var id = criteria.Element(Csd + "id_etablissement")!;
        Assert.Equal(("1990000019", "1.2.250.1.71.1.2.14"), ((string?)id.Attribute("code"), (string?)id.Attribute("assigningAuthorityName")));
        Assert.Equal("0", criteria.Element(Csd + "restrictedOrganisation")!.Value);
        Assert.Null(criteria.Element(Csd + "dateRef"));
        var function = Body(server.Requests[0]).Element(Csd + "function")!;
        Assert.Equal("urn:asip:ror:lecture:offreSoinEtablissement:2017", (string?)function.Attribute("urn"));
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_FacilityNumberDiffers_ThrowsIntegrityError405()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.OfferResponse(CsdFixtures.Establishment(1), facilityNumber: 3));
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorResponseInvalidException>(() => Client(client).GetEstablishmentOfferAsync("1990000019"));

        Assert.Equal(405, error.RorErrorCode);
        Assert.Equal(RorTransactions.ReadEstablishmentOffer, error.Transaction);
        Assert.NotNull(error.CorrelationId);
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_FacilityNumberDiffersInWarnMode_ReturnsTheOffer()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.OfferResponse(CsdFixtures.Establishment(1), facilityNumber: 3));
        await using var client = TestClient.Create(certificates, server, o => o.FacilityNumberCheck = RorIntegrityCheckMode.Warn);

        var offer = await Client(client).GetEstablishmentOfferAsync("1990000019");

        Assert.Equal((3, 1), (offer.FacilityNumber, offer.ElementaryUnitCount));
        Assert.Contains(client.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("announced 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_CareServicesError_ThrowsServiceFault()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.ErrorResponse(444, "Non prévu sur la plateforme"));
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorServiceFaultException>(() => Client(client).GetEstablishmentOfferAsync("1990000019"));

        Assert.Equal((444, "Non prévu sur la plateforme"), (error.RorErrorCode, error.RorErrorMessage));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_WithOptions_SendsDateFiltersAndRestrictedMode()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.OfferResponse(CsdFixtures.Establishment(0), facilityNumber: 0));
        await using var client = TestClient.Create(certificates, server);
        var options = new EstablishmentOfferOptions
        {
            Since = new DateTimeOffset(2025, 7, 1, 10, 0, 0, TimeSpan.Zero),
            SupportedPatients = [new CodedType { Code = "01", CodingScheme = "1.2.250.1.213.3.3.29" }],
            RestrictedOrganization = true,
        };

        await Client(client).GetEstablishmentOfferAsync("1990000019", options);

        var criteria = Body(Assert.Single(server.Requests)).Descendants(Csd + "etablissementDemandeLecture").Single();
        Assert.Equal("2025-07-01T12:00:00", criteria.Element(Csd + "dateRef")!.Value);
        Assert.Equal("01", (string?)criteria.Element(Csd + "supportedPatient")!.Attribute("code"));
        Assert.Equal("1", criteria.Element(Csd + "restrictedOrganisation")!.Value);
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_EmptyAnswer_ThrowsNotFound()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.OfferResponse(new CsdDocument(), facilityNumber: null));
        await using var client = TestClient.Create(certificates, server);

        await Assert.ThrowsAsync<RorNotFoundException>(() => Client(client).GetEstablishmentOfferAsync("1990000019"));
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_EmptyIdentifier_ThrowsArgumentExceptionWithoutCalling()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server);

        await Assert.ThrowsAsync<ArgumentException>(() => Client(client).GetEstablishmentOfferAsync(" "));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task GetInternalOrganizationOfferAsync_NoFacilityNumber_ReturnsTheOfferWithoutCountCheck()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapAnswer(CsdFixtures.OfferResponse(CsdFixtures.Establishment(1), facilityNumber: null));
        await using var client = TestClient.Create(certificates, server);

        var offer = await Client(client).GetInternalOrganizationOfferAsync("52/100042");

        Assert.Null(offer.FacilityNumber);
        var id = Body(Assert.Single(server.Requests)).Descendants(Csd + "organisationID").Single();
        Assert.Equal("52/100042", (string?)id.Attribute("code"));
        Assert.Single(Body(server.Requests[0]).Descendants(Csd + "TR_Lecture-OffreSanteOrganisationInterne"));
    }

    [Fact]
    public async Task ReadExtractionAsync_GzipFile_StreamsEveryEntity()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(CsdFixtures.ExtractionFile(elementaryUnits: 3));
        }

        server.DefaultResponse = new TestExtractionFile(compressed.ToArray(), contentType: "application/gzip").Serve;
        await using var client = TestClient.Create(certificates, server);

        var entities = new List<CsdEntity>();
        await foreach (var entity in Client(client).ReadExtractionAsync())
        {
            entities.Add(entity);
        }

        Assert.Equal(2, entities.OfType<Organization>().Count());
        Assert.Equal(4, entities.OfType<Facility>().Count());
    }

    [Fact]
    public async Task ReadExtractionAsync_NotCsd_ThrowsResponseInvalid()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = new TestExtractionFile("<html><body>maintenance</body></html>"u8.ToArray(), contentType: "text/html").Serve;
        await using var client = TestClient.Create(certificates, server);

        await Assert.ThrowsAsync<RorResponseInvalidException>(async () =>
        {
            await foreach (var _ in Client(client).ReadExtractionAsync())
            {
            }
        });
    }

    [Fact]
    public async Task OpenExtractionAsync_ZipFile_IsDeliveredWithItsMediaType()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("extraction.xml").Open();
            await entry.WriteAsync(CsdFixtures.ExtractionFile(elementaryUnits: 1));
        }

        server.DefaultResponse = new TestExtractionFile(archive.ToArray(), contentType: "application/zip").Serve;
        await using var client = TestClient.Create(certificates, server);

        await using var content = await Client(client).OpenExtractionAsync();
        var magic = new byte[4];
        await content.Content.ReadExactlyAsync(magic);

        Assert.Equal("application/zip", content.MediaType);
        Assert.Equal(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, magic);
    }

    [Fact]
    public async Task DownloadExtractionAsync_File_WritesTheWholeExtraction()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var file = new TestExtractionFile(CsdFixtures.ExtractionFile(elementaryUnits: 2)).BreakNextTransfers(1);
        server.DefaultResponse = file.Serve;
        await using var client = TestClient.Create(certificates, server);
        var path = Path.Combine(certificates.Directory, "download-" + Guid.NewGuid().ToString("N") + ".xml");

        var result = await Client(client).DownloadExtractionAsync(path);

        Assert.Equal(file.Content, await File.ReadAllBytesAsync(path));
        Assert.Equal(file.Content.Length, result.Length);
    }

    [Fact]
    public void RorClientFactory_NamedClients_AreDistinctAndUnknownNamesRefused()
    {
        var services = new ServiceCollection();
        static void Configure(RorClientOptions options, string certificate)
        {
            options.Environments[RorEnvironment.Platines] = new RorEnvironment { SoapEndpoint = new Uri("https://platines.example/") };
            options.ClientCertificate.Path = certificate;
        }

        services.AddRorClient("regionA", o => Configure(o, "a.p12"));
        services.AddRorClient("regionB", o => Configure(o, "b.p12"));
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IRorClientFactory>();

        var regionA = factory.CreateClient("regionA");

        Assert.Equal("regionA", regionA.Name);
        Assert.Same(regionA, factory.CreateClient("regionA"));
        Assert.Same(regionA, provider.GetRequiredKeyedService<IRorClient>("regionA"));
        Assert.NotSame(regionA, factory.CreateClient("regionB"));
        Assert.Throws<RorConfigurationException>(() => factory.CreateClient("regionC"));
    }
}
