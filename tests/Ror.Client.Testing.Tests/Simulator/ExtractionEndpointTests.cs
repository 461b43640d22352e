using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Extraction;
using Ror.Client.Testing.Faults;
using static Ror.Client.Testing.Tests.Simulator.SimulatorHttp;

namespace Ror.Client.Testing.Tests.Simulator;

/// <summary>One simulator serving two deterministic documents (a large one first) and one non-deterministic endpoint.</summary>
public sealed class ExtractionFixture : IAsyncLifetime
{
    public const int OrganizationCount = 3000;

    public RorSimulator Simulator { get; private set; } = null!;

    public static byte[] LargeDocument { get; } = BuildLargeDocument();

    public static byte[] SmallDocument { get; } = Encoding.UTF8.GetBytes("<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory/></CSD>");

    public async Task InitializeAsync()
    {
        var options = new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256, ExtractionFileName = "ror-offre" };
        options.ExtractionDocuments.Add(new ExtractionDocument("offre-1.xml", WriteInPiecesAsync));
        options.ExtractionDocuments.Add(new ExtractionDocument("offre-2.xml", (stream, token) => stream.WriteAsync(SmallDocument, token).AsTask()));
        Simulator = await RorSimulator.StartAsync(options);
    }

    public async Task DisposeAsync() => await Simulator.DisposeAsync();

    // Written in small pieces, as a streaming generator would.
    private static async Task WriteInPiecesAsync(Stream destination, CancellationToken cancellationToken)
    {
        for (int offset = 0; offset < LargeDocument.Length; offset += 1000)
        {
            await destination.WriteAsync(LargeDocument.AsMemory(offset, Math.Min(1000, LargeDocument.Length - offset)), cancellationToken);
        }
    }

    private static byte[] BuildLargeDocument()
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory>");
        for (int i = 0; i < OrganizationCount; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"<organization entityID=\"EG-{i}\"><primaryName>ETABLISSEMENT {i}</primaryName></organization>");
        }

        text.Append("</organizationDirectory><serviceDirectory/><facilityDirectory/><providerDirectory/><deviceDirectory/></CSD>");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

public sealed class ExtractionEndpointTests(ExtractionFixture fixture) : IClassFixture<ExtractionFixture>, IDisposable
{
    private RorSimulator Ror => fixture.Simulator;

    public void Dispose() => Ror.Faults.Reset();

    [Fact]
    public async Task Get_Default_StreamsFirstDocumentAsXml()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.GetAsync(Ror.ExtractionEndpoint);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ror-offre.xml", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(ExtractionFixture.LargeDocument, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("bytes", response.Headers.AcceptRanges);
    }

    [Fact]
    public async Task Get_FormatGzip_ReturnsGzipOfTheDocument()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.GetAsync(Ror.ExtractionEndpoint + "?format=gzip");

        Assert.Equal("application/gzip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ror-offre.xml.gz", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        byte[] compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x1F, 0x8B], compressed[..2]);
        Assert.Equal(ExtractionFixture.LargeDocument, Gunzip(compressed));
    }

    [Fact]
    public async Task Get_FormatZip_ReturnsOneEntryPerDocument()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.GetAsync(Ror.ExtractionEndpoint + "?format=zip");

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ror-offre.zip", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var archive = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.Equal(["offre-1.xml", "offre-2.xml"], archive.Entries.Select(e => e.FullName));
        Assert.Equal(ExtractionFixture.LargeDocument, ReadEntry(archive.Entries[0]));
        Assert.Equal(ExtractionFixture.SmallDocument, ReadEntry(archive.Entries[1]));
    }

    [Fact]
    public async Task Get_UnknownFormat_Returns400()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.GetAsync(Ror.ExtractionEndpoint + "?format=rar");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExtractionEndpoint_Returns405()
    {
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.PostAsync(Ror.ExtractionEndpoint, new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("gzip")]
    [InlineData("zip")]
    public async Task Get_Range_Returns206WithThatSliceOfTheFullPackage(string format)
    {
        using HttpClient client = CreateClient(Ror);
        byte[] full = await client.GetByteArrayAsync(Ror.ExtractionEndpoint + $"?format={format}");
        using var request = new HttpRequestMessage(HttpMethod.Get, Ror.ExtractionEndpoint + $"?format={format}");
        request.Headers.Range = new RangeHeaderValue(100, 1099);

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-1099/{full.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(full[100..1100], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_OpenEndedRange_ResumesAnInterruptedDownload()
    {
        using HttpClient client = CreateClient(Ror);
        Ror.Faults.Extraction.Enqueue(InjectedFault.ConnectionReset(bytesBeforeReset: 20_000));
        var received = new MemoryStream();
        try
        {
            using HttpResponseMessage first = await client.GetAsync(Ror.ExtractionEndpoint + "?format=gzip", HttpCompletionOption.ResponseHeadersRead);
            await (await first.Content.ReadAsStreamAsync()).CopyToAsync(received);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // The injected reset: keep what arrived.
        }

        Assert.True(received.Length <= 20_000, $"at most the bytes before the reset may arrive, got {received.Length}");
        using var resume = new HttpRequestMessage(HttpMethod.Get, Ror.ExtractionEndpoint + "?format=gzip");
        resume.Headers.Range = new RangeHeaderValue(received.Length, null);
        using HttpResponseMessage rest = await client.SendAsync(resume);
        await (await rest.Content.ReadAsStreamAsync()).CopyToAsync(received);

        Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
        Assert.Equal(ExtractionFixture.LargeDocument, Gunzip(received.ToArray()));
    }

    [Fact]
    public async Task Get_SuffixRange_ReturnsTheLastBytes()
    {
        using HttpClient client = CreateClient(Ror);
        using var request = new HttpRequestMessage(HttpMethod.Get, Ror.ExtractionEndpoint);
        request.Headers.Range = new RangeHeaderValue(null, 6);

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("</CSD>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_RangeBeyondTheEnd_Returns416()
    {
        using HttpClient client = CreateClient(Ror);
        using var request = new HttpRequestMessage(HttpMethod.Get, Ror.ExtractionEndpoint);
        request.Headers.Range = new RangeHeaderValue(10_000_000, null);

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{ExtractionFixture.LargeDocument.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Get_ServiceUnavailableThenSuccess_FollowsTheScript()
    {
        Ror.Faults.Extraction.Enqueue(InjectedFault.ServiceUnavailable(TimeSpan.FromSeconds(1)));
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage first = await client.GetAsync(Ror.ExtractionEndpoint);
        using HttpResponseMessage second = await client.GetAsync(Ror.ExtractionEndpoint);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Get_TruncatedBody_DeclaresFullLengthThenStops()
    {
        Ror.Faults.Extraction.Enqueue(InjectedFault.TruncatedBody(bytesSent: 5000));
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.GetAsync(Ror.ExtractionEndpoint, HttpCompletionOption.ResponseHeadersRead);
        long? declared = response.Content.Headers.ContentLength;
        Exception? exception = await Record.ExceptionAsync(() => response.Content.ReadAsByteArrayAsync());

        Assert.Equal(ExtractionFixture.LargeDocument.Length, declared);
        Assert.True(exception is HttpRequestException or IOException, $"expected a premature end of body, got {exception?.GetType().Name ?? "none"}");
    }

    [Fact]
    public async Task Get_MalformedXml_Returns200WithBrokenXml()
    {
        Ror.Faults.Extraction.Enqueue(InjectedFault.MalformedXml());
        using HttpClient client = CreateClient(Ror);

        string body = await client.GetStringAsync(Ror.ExtractionEndpoint);

        Assert.ThrowsAny<System.Xml.XmlException>(() => XDocument.Parse(body));
    }

    [Fact]
    public async Task Get_SlowDrip_DeliversTheWholeDocument()
    {
        Ror.Faults.Extraction.Enqueue(InjectedFault.SlowDrip(chunkSize: 64 * 1024, TimeSpan.FromMilliseconds(1)));
        using HttpClient client = CreateClient(Ror);

        byte[] body = await client.GetByteArrayAsync(Ror.ExtractionEndpoint);

        Assert.Equal(ExtractionFixture.LargeDocument, body);
    }

    [Fact]
    public async Task Get_NonDeterministicContent_RangeIgnored()
    {
        var options = new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 };
        options.ExtractionDocuments.Add(new ExtractionDocument("live.xml", (s, t) => s.WriteAsync(ExtractionFixture.SmallDocument, t).AsTask(), IsDeterministic: false));
        await using RorSimulator ror = await RorSimulator.StartAsync(options);
        using HttpClient client = CreateClient(ror);
        using var request = new HttpRequestMessage(HttpMethod.Get, ror.ExtractionEndpoint);
        request.Headers.Range = new RangeHeaderValue(5, 10);

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.AcceptRanges);
        Assert.Equal(ExtractionFixture.SmallDocument, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_NoDocumentConfigured_Returns404()
    {
        await using RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 });
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await client.GetAsync(ror.ExtractionEndpoint);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SetExtractionDocuments_WhileRunning_ServesTheNewDocument()
    {
        await using RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 });
        using HttpClient client = CreateClient(ror);

        ror.SetExtractionDocuments([ExtractionDocument.FromXml("late.xml", "<CSD xmlns=\"urn:ihe:iti:csd:2013\"/>")]);
        string body = await client.GetStringAsync(ror.ExtractionEndpoint);

        Assert.Equal("<CSD xmlns=\"urn:ihe:iti:csd:2013\"/>", body);
    }

    [Fact]
    public async Task Get_FileDocumentWithZipDefault_ServesTheFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ror-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(path, ExtractionFixture.SmallDocument);
        try
        {
            var options = new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256, ExtractionPackaging = ExtractionPackaging.Zip };
            options.ExtractionDocuments.Add(ExtractionDocument.FromFile(path, "extraction.xml"));
            await using RorSimulator ror = await RorSimulator.StartAsync(options);
            using HttpClient client = CreateClient(ror);

            using HttpResponseMessage response = await client.GetAsync(ror.ExtractionEndpoint);

            Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
            using var archive = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
            Assert.Equal(ExtractionFixture.SmallDocument, ReadEntry(Assert.Single(archive.Entries)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Gunzip(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
