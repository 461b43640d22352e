using System.IO.Compression;
using System.Text;
using Ror.Client.Csd.Models;

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
    public async Task ReadEntitiesAsync_InMemoryInput_ReadsItAtThePaceOfTheEntitiesWithTheSameResult()
    {
        // Some 2 MiB of facilities: far more than the read-ahead buffer (256 KiB) and its margin before each entity (64 KiB).
        const string prefix = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory/><serviceDirectory/><facilityDirectory>";
        var builder = new StringBuilder(prefix);
        var ends = new List<int>();
        var length = Encoding.UTF8.GetByteCount(prefix);
        for (var i = 0; i < 4000; i++)
        {
            var facility = $"<facility entityID=\"F{i}\"><primaryName>Unité {i} {new string('x', i % 700)}</primaryName>"
                + "<record created=\"2020-01-01T00:00:00Z\" updated=\"2020-01-02T00:00:00Z\" status=\"active\"/></facility>";
            builder.Append(facility);
            length += Encoding.UTF8.GetByteCount(facility);
            ends.Add(length);
        }

        var bytes = Encoding.UTF8.GetBytes(builder.Append("</facilityDirectory><providerDirectory/></CSD>").ToString());
        var expected = await ReadingFixtures.ReadAllAsync(new ReadingFixtures.ForwardOnlyStream(bytes));

        using var stream = new MemoryStream(bytes, writable: false);
        var read = new List<CsdEntity>();
        var positions = new List<long>();
        await foreach (var entity in CsdReader.ReadEntitiesAsync(stream))
        {
            read.Add(entity);
            positions.Add(stream.Position);
        }

        Assert.Equal(expected, read);

        // Read ahead, the input would be at least 64 KiB past the end of each entity handed out (up to the end of the
        // input); read directly, it is at most one chunk of the reader (16 KiB) past it, once the first 256 KiB peeked at
        // to tell XML from an archive are consumed.
        var checkedEntities = 0;
        for (var i = 0; i < read.Count; i++)
        {
            if (ends[i] > 300 * 1024 && ends[i] + (64 * 1024) < bytes.Length)
            {
                Assert.True(positions[i] < ends[i] + (64 * 1024), $"Entity {i} ends at byte {ends[i]}; the input was read up to byte {positions[i]}.");
                checkedEntities++;
            }
        }

        Assert.True(checkedEntities > 1000, "The document must hold entities past the first read-ahead.");
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
