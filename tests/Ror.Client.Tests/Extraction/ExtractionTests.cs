using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Ror.Client.Errors;
using Ror.Client.Extraction;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.Extraction;

[Collection(CertificateCollection.Name)]
public sealed class ExtractionTests(CertificateFixture certificates)
{
    private static byte[] SampleFile(int size = 200_000)
    {
        var builder = new StringBuilder("<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory>");
        for (var i = 0; builder.Length < size; i++)
        {
            builder.Append("<organization entityID=\"EG-").Append(i).Append("\"/>");
        }

        return Encoding.UTF8.GetBytes(builder.Append("</organizationDirectory></CSD>").ToString());
    }

    [Fact]
    public async Task OpenExtractionAsync_Success_StreamsTheBodyWithItsHeaders()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var file = new TestExtractionFile(SampleFile(), contentType: "application/xml");
        server.DefaultResponse = file.Serve;
        await using var client = TestClient.Create(certificates, server, o => o.Environments["Simulator"].ExtractionQueryParameters["region"] = "52");

        await using var content = await client.Runtime.Rest.OpenExtractionAsync(0, CancellationToken.None);
        using var copy = new MemoryStream();
        await content.Content.CopyToAsync(copy);

        Assert.Equal(file.Content, copy.ToArray());
        Assert.Equal("application/xml", content.MediaType);
        Assert.Equal(file.Content.Length, content.Length);
        Assert.True(content.AcceptsRanges, "the server advertised Accept-Ranges: bytes");
        var request = Assert.Single(server.Requests);
        Assert.Equal(("GET", "/ROR/extraction?region=52"), (request.Method, request.PathAndQuery));
        Assert.Equal(certificates.ClientCertificate.Thumbprint, request.ClientCertificateThumbprint);
    }

    [Fact]
    public async Task OpenExtractionAsync_GzipEncoding_IsDeliveredAsReceived()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(SampleFile(10_000));
        }

        server.DefaultResponse = async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/xml";
            await context.Response.Body.WriteAsync(compressed.ToArray());
        };
        await using var client = TestClient.Create(certificates, server);

        await using var content = await client.Runtime.Rest.OpenExtractionAsync(0, CancellationToken.None);
        var first = new byte[2];
        await content.Content.ReadExactlyAsync(first);

        Assert.Equal(["gzip"], content.ContentEncodings);
        Assert.Equal(new byte[] { 0x1F, 0x8B }, first);
    }

    [Fact]
    public async Task OpenExtractionAsync_ServiceUnavailableThenSuccess_IsRetried()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.Status(503));
        server.DefaultResponse = new TestExtractionFile(SampleFile(1_000)).Serve;
        await using var client = TestClient.Create(certificates, server);

        await using var content = await client.Runtime.Rest.OpenExtractionAsync(0, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task OpenExtractionAsync_NotFound_ThrowsConfigurationError()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Status(404);
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorConfigurationException>(() => client.Runtime.Rest.OpenExtractionAsync(0, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(RorTransactions.Extraction, error.Transaction);
    }

    [Fact]
    public async Task OpenExtractionAsync_XmlErrorBody_ThrowsServiceFault()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Status(400, contentType: "application/xml", body: "<ror:erreur xmlns:ror=\"urn:asip:ror:2015\" code=\"444\" message=\"Non prévu\"/>");
        await using var client = TestClient.Create(certificates, server);

        var error = await Assert.ThrowsAsync<RorServiceFaultException>(() => client.Runtime.Rest.OpenExtractionAsync(0, CancellationToken.None));

        Assert.Equal(444, error.RorErrorCode);
    }

    [Fact]
    public async Task OpenExtractionAsync_NoExtractionEndpoint_ThrowsConfigurationError()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server, o => o.Environments["Simulator"].ExtractionEndpoint = null);

        var error = await Assert.ThrowsAsync<RorConfigurationException>(() => client.Runtime.Rest.OpenExtractionAsync(0, CancellationToken.None));

        Assert.Contains("No ExtractionEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadToStreamAsync_ConnectionBreaksHalfWay_ResumesWithARange()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var file = new TestExtractionFile(SampleFile()).BreakNextTransfers(1);
        server.DefaultResponse = file.Serve;
        await using var client = TestClient.Create(certificates, server);
        using var destination = new MemoryStream();

        var result = await client.Runtime.Downloader.DownloadToStreamAsync(destination, CancellationToken.None);

        Assert.Equal(file.Content, destination.ToArray());
        Assert.Equal(file.Content.Length, result.Length);
        Assert.Equal(1, result.ResumeCount);
        Assert.StartsWith("bytes=", server.Requests[^1].Headers["Range"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadToStreamAsync_ServerWithoutRanges_FailsWhenTheConnectionBreaks()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = new TestExtractionFile(SampleFile(), acceptRanges: false).BreakNextTransfers(1).Serve;
        await using var client = TestClient.Create(certificates, server);
        using var destination = new MemoryStream();

        var error = await Assert.ThrowsAsync<RorUnavailableException>(() => client.Runtime.Downloader.DownloadToStreamAsync(destination, CancellationToken.None));

        Assert.Contains("does not accept byte ranges", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadToFileAsync_PartialFileLeftBehind_AsksOnlyForTheRest()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var file = new TestExtractionFile(SampleFile());
        server.DefaultResponse = file.Serve;
        await using var client = TestClient.Create(certificates, server);
        var path = Path.Combine(certificates.Directory, "extraction-" + Guid.NewGuid().ToString("N") + ".xml");
        await File.WriteAllBytesAsync(path + RorExtractionDownloader.PartialSuffix, file.Content.AsMemory(0, 1000).ToArray());

        var result = await client.Runtime.Downloader.DownloadToFileAsync(path, CancellationToken.None);

        Assert.Equal(file.Content, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(path + RorExtractionDownloader.PartialSuffix), "the partial file must be renamed once complete");
        Assert.Equal("bytes=1000-", Assert.Single(server.Requests).Headers["Range"]);
        Assert.Equal(1, result.ResumeCount);
    }

    [Fact]
    public async Task DownloadToFileAsync_PartialFileButServerIgnoresRanges_StartsOver()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var file = new TestExtractionFile(SampleFile(), acceptRanges: false);
        server.DefaultResponse = file.Serve;
        await using var client = TestClient.Create(certificates, server);
        var path = Path.Combine(certificates.Directory, "extraction-" + Guid.NewGuid().ToString("N") + ".xml");
        await File.WriteAllBytesAsync(path + RorExtractionDownloader.PartialSuffix, new byte[5000]);

        await client.Runtime.Downloader.DownloadToFileAsync(path, CancellationToken.None);

        Assert.Equal(file.Content, await File.ReadAllBytesAsync(path));
    }
}
