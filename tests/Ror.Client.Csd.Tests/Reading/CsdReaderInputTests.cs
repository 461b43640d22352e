using System.IO.Compression;
using System.Text;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdReaderInputTests
{
    [Fact]
    public async Task ReadEntitiesAsync_Gzip_ReadsTheDocument()
    {
        var gzip = ReadingFixtures.Gzip(ReadingFixtures.Bytes("csd-complete.xml"));

        var entities = await ReadingFixtures.ReadAllAsync(new ReadingFixtures.ForwardOnlyStream(gzip));

        Assert.Equal(10, entities.Count);
    }

    [Fact]
    public async Task ReadEntitiesAsync_ZipWithSeveralXmlEntries_ReadsThemInArchiveOrder()
    {
        var zip = ReadingFixtures.Zip(
            ("part-1/csd-complete.xml", ReadingFixtures.Bytes("csd-complete.xml")),
            ("part-2/response.xml", ReadingFixtures.Bytes("care-services-response-envelope.xml")));

        var entities = await ReadingFixtures.ReadAllAsync(new MemoryStream(zip));

        Assert.Equal(14, entities.Count);
        Assert.Equal(["DEV-1", "EJ-1"], entities.Skip(9).Take(2).Select(e => e.EntityId));
    }

    [Fact]
    public async Task ReadEntitiesAsync_NonSeekableZip_SpoolsAndReadsIt()
    {
        var zip = ReadingFixtures.Zip(("a.xml", ReadingFixtures.Bytes("csd-complete.xml")), ("b.xml", ReadingFixtures.Bytes("csd-complete.xml")));

        var entities = await ReadingFixtures.ReadAllAsync(new ReadingFixtures.ForwardOnlyStream(zip));

        Assert.Equal(20, entities.Count);
    }

    [Fact]
    public async Task ReadDocumentAsync_ZipWithSeveralEntries_GathersOneDocument()
    {
        var zip = ReadingFixtures.Zip(("a.xml", ReadingFixtures.Bytes("csd-complete.xml")), ("b.xml", ReadingFixtures.Bytes("care-services-response-envelope.xml")));

        var document = await CsdReader.ReadDocumentAsync(new MemoryStream(zip));

        Assert.Equal((4, 3, 5), (document.Organizations.Count, document.Services.Count, document.Facilities.Count));
    }

    [Fact]
    public async Task ReadEntitiesAsync_ZipWithOtherFiles_SkipsAndReportsThem()
    {
        var deviations = new List<CsdReadDeviation>();
        var zip = ReadingFixtures.Zip(("readme.txt", "notes"u8.ToArray()), ("csd.xml", ReadingFixtures.Bytes("csd-complete.xml")));

        var entities = await ReadingFixtures.ReadAllAsync(new MemoryStream(zip), ReadingFixtures.Collecting(deviations));

        Assert.Equal(10, entities.Count);
        Assert.Equal((CsdDeviationKind.ArchiveEntrySkipped, "readme.txt"), (Assert.Single(deviations).Kind, deviations[0].Name));
    }

    [Fact]
    public async Task ReadEntitiesAsync_Utf8Bom_ReadsTheDocument()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(ReadingFixtures.Bytes("csd-complete.xml")).ToArray();

        var entities = await ReadingFixtures.ReadAllAsync(new ReadingFixtures.ForwardOnlyStream(bytes));

        Assert.Equal(10, entities.Count);
    }

    [Fact]
    public async Task ReadEntitiesAsync_Utf16WithBom_ReadsTheDocument()
    {
        var text = ReadingFixtures.Text("csd-complete.xml").Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.Ordinal);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var document = await CsdReader.ReadDocumentAsync(new MemoryStream(bytes));

        Assert.Equal("Société par actions simplifiée", document.Organizations[0].Codes[0].Label);
    }

    [Fact]
    public async Task ReadEntitiesAsync_GzipOfZipMagicInText_IsReadAsXml()
    {
        // "PK" at the start of a text document is not a zip archive unless the four magic bytes match.
        var entities = await ReadingFixtures.ReadAllAsync(new MemoryStream("<CSD xmlns=\"urn:ihe:iti:csd:2013\"/>"u8.ToArray()));

        Assert.Empty(entities);
    }

    [Fact]
    public async Task ReadEntitiesAsync_StreamIsLeftOpen()
    {
        var stream = ReadingFixtures.Open("csd-complete.xml");

        await ReadingFixtures.ReadAllAsync(stream);

        Assert.True(stream.CanRead, "The reader must leave the caller's stream open.");
    }

    [Fact]
    public async Task ReadEntitiesAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var stream = ReadingFixtures.Open("csd-complete.xml");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var entity in CsdReader.ReadEntitiesAsync(stream, cancellationToken: cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });
    }
}
