using System.Text;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdReaderCaptureTests
{
    private const string Csd = "urn:ihe:iti:csd:2013";
    private const string OrganizationPrefix = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory>";
    private const string OrganizationSuffix = "</organizationDirectory><serviceDirectory /><facilityDirectory /><providerDirectory /><deviceDirectory /></CSD>";
    private const string ServicePrefix = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory /><serviceDirectory>";
    private const string ServiceSuffix = "</serviceDirectory><facilityDirectory /><providerDirectory /><deviceDirectory /></CSD>";
    private const string FacilityPrefix = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory /><serviceDirectory /><facilityDirectory>";
    private const string FacilitySuffix = "</facilityDirectory><providerDirectory /><deviceDirectory /></CSD>";

    private static readonly CsdReaderOptions Capturing = CsdReaderOptions.Default with { CaptureEntityXml = true };

    private const string Record = "<record created=\"2020-01-01T00:00:00+00:00\" updated=\"2020-01-02T00:00:00+00:00\" status=\"Active\" />";

    // Non-ASCII text of every UTF-8 length (2, 3 and 4 bytes, the last a surrogate pair for the reader), escapes, and an
    // element the model does not know: the captured bytes keep all of them as they were.
    private static readonly string Organization1 =
        "<organization entityID=\"ej_1\"><primaryName>Hôpital 中央 😀 &amp; co</primaryName><unknownElement a=\"&gt;/&gt;\">x</unknownElement>" + Record + "</organization>";

    private static readonly string Organization2 =
        "<organization   entityID=\"eg_😀\"\n  ><primaryName>Clinique é</primaryName>\r\n" + Record + "</organization  >";

    private static readonly string Service1 = "<service entityID=\"srv_1\"><codedType code=\"1\" codingScheme=\"2.999\">Libellé</codedType>" + Record + "</service>";

    private static readonly string Facility1 = "<facility entityID=\"oi_1\"><primaryName>Unité 😀😀</primaryName>" + Record + "</facility>";

    private static string Document(string lineBreak, string declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", string root = "<CSD xmlns=\"urn:ihe:iti:csd:2013\">") =>
        declaration + lineBreak + root + lineBreak +
        "  <organizationDirectory>" + lineBreak + "    " + Organization1 + lineBreak + "    " + Organization2 + lineBreak + "  </organizationDirectory>" + lineBreak +
        "  <serviceDirectory>" + Service1 + "</serviceDirectory>" + lineBreak +
        "  <facilityDirectory>" + lineBreak + "\t" + Facility1 + "</facilityDirectory>" + lineBreak +
        "  <providerDirectory/><deviceDirectory></deviceDirectory>" + lineBreak + "</CSD>" + lineBreak;

    private static async Task<List<CsdEntity>> ReadAsync(byte[] document, CsdReaderOptions? options = null)
    {
        using var stream = new MemoryStream(document, writable: false);
        return await ReadingFixtures.ReadAllAsync(stream, options ?? Capturing);
    }

    private static string CapturedText(CsdEntity entity)
    {
        Assert.True(CsdReader.TryGetEntityXml(entity, out var xml), $"The XML of '{entity.EntityId}' was not captured.");
        return Encoding.UTF8.GetString(xml.Span);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("")]
    public async Task ReadEntitiesAsync_CaptureOn_EachEntityKeepsItsBytesInAStandAloneDocument(string lineBreak)
    {
        var entities = await ReadAsync(Encoding.UTF8.GetBytes(Document(lineBreak)));

        Assert.Equal(new[] { "ej_1", "eg_😀", "srv_1", "oi_1" }, entities.Select(e => e.EntityId));
        Assert.Equal(OrganizationPrefix + Organization1 + OrganizationSuffix, CapturedText(entities[0]));
        Assert.Equal(OrganizationPrefix + Organization2 + OrganizationSuffix, CapturedText(entities[1]));
        Assert.Equal(ServicePrefix + Service1 + ServiceSuffix, CapturedText(entities[2]));
        Assert.Equal(FacilityPrefix + Facility1 + FacilitySuffix, CapturedText(entities[3]));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task ReadEntitiesAsync_ReusedBuffer_EachEntityReadInTheLoopGivesTheSameBytesAsItsOwnArray(string lineBreak)
    {
        var document = Encoding.UTF8.GetBytes(Document(lineBreak));
        var expected = (await ReadAsync(document)).Select(CapturedText).ToList();

        // A long entity after short ones and a short one after a long one: the buffer grows, and a shorter entity's XML is
        // given with its own length, not the buffer's.
        var seen = new List<string>();
        using var stream = new MemoryStream(document, writable: false);
        await foreach (var entity in CsdReader.ReadEntitiesAsync(stream, Capturing with { ReuseEntityXmlBuffer = true }))
        {
            seen.Add(CapturedText(entity));
            Assert.Equal(seen[^1], CapturedText(entity));
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task TryGetEntityXml_ReusedBufferAfterTheReaderMovedOn_ThrowsInsteadOfGivingAnotherEntitysBytes()
    {
        var document = Encoding.UTF8.GetBytes(Document("\n"));
        var entities = new List<CsdEntity>();
        using var stream = new MemoryStream(document, writable: false);
        await foreach (var entity in CsdReader.ReadEntitiesAsync(stream, Capturing with { ReuseEntityXmlBuffer = true }))
        {
            if (entities.Count > 0)
            {
                var previous = entities[^1];
                var moved = Assert.Throws<InvalidOperationException>(() => CsdReader.TryGetEntityXml(previous, out _));
                Assert.Contains("ReuseEntityXmlBuffer", moved.Message, StringComparison.Ordinal);
            }

            Assert.True(CsdReader.TryGetEntityXml(entity, out _));
            entities.Add(entity);
        }

        // After the end, the last entity's buffer has gone back to the pool: its XML is no longer there either.
        Assert.Equal(4, entities.Count);
        Assert.Throws<InvalidOperationException>(() => CsdReader.TryGetEntityXml(entities[^1], out _));

        // Equality and the models are not affected.
        Assert.Equal(await ReadAsync(document, CsdReaderOptions.Default), entities);
    }

    [Fact]
    public async Task ReadEntitiesAsync_CapturedDocuments_ReadBackAsTheSameEntities()
    {
        var entities = await ReadAsync(Encoding.UTF8.GetBytes(Document("\n")));

        foreach (var entity in entities)
        {
            Assert.True(CsdReader.TryGetEntityXml(entity, out var xml));
            var again = await ReadAsync(xml.ToArray(), CsdReaderOptions.Default);
            Assert.Equal(entity, Assert.Single(again));
        }
    }

    [Fact]
    public async Task ReadEntitiesAsync_ByteOrderMarkAndGzip_AreCaptured()
    {
        var document = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Document("\r\n"))).ToArray();

        var plain = await ReadAsync(document);
        var gzip = await ReadAsync(ReadingFixtures.Gzip(document));

        Assert.Equal(OrganizationPrefix + Organization2 + OrganizationSuffix, CapturedText(plain[1]));
        Assert.Equal(FacilityPrefix + Facility1 + FacilitySuffix, CapturedText(gzip[3]));
    }

    [Fact]
    public async Task ReadEntitiesAsync_CaptureOff_CapturesNothing()
    {
        var entities = await ReadAsync(Encoding.UTF8.GetBytes(Document("\n")), CsdReaderOptions.Default);

        Assert.Equal(4, entities.Count);
        Assert.All(entities, entity => Assert.False(CsdReader.TryGetEntityXml(entity, out _)));
    }

    [Fact]
    public async Task ReadEntitiesAsync_AnotherEncoding_ReadsWithoutCapturing()
    {
        var text = Document("\n", declaration: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").Replace("😀", "o", StringComparison.Ordinal).Replace("中央", "x", StringComparison.Ordinal);
        var entities = await ReadAsync(Encoding.Latin1.GetBytes(text));

        Assert.Equal("Hôpital x o & co", Assert.IsType<Organization>(entities[0]).PrimaryName);
        Assert.All(entities, entity => Assert.False(CsdReader.TryGetEntityXml(entity, out _)));
    }

    [Fact]
    public async Task ReadEntitiesAsync_OtherNamespacesInScope_AreDeclaredOnTheWrapper()
    {
        var root = "<CSD xmlns=\"urn:ihe:iti:csd:2013\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:a=\"urn:x?a=1&amp;b=&quot;2&quot;\">";
        var entities = await ReadAsync(Encoding.UTF8.GetBytes(Document("\n", root: root)));

        var expected = "<CSD xmlns=\"urn:ihe:iti:csd:2013\" xmlns:a=\"urn:x?a=1&amp;b=&quot;2&quot;\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><organizationDirectory>"
            + Organization1 + OrganizationSuffix;
        Assert.Equal(expected, CapturedText(entities[0]));
        var again = await ReadAsync(Encoding.UTF8.GetBytes(expected), CsdReaderOptions.Default);
        Assert.Equal(entities[0], Assert.Single(again));
    }

    [Fact]
    public async Task ReadEntitiesAsync_CsdNotTheDefaultNamespace_ReadsWithoutCapturing()
    {
        var text = "<c:CSD xmlns:c=\"" + Csd + "\"><c:organizationDirectory><c:organization entityID=\"ej_1\"><c:primaryName>A</c:primaryName>"
            + "<c:record created=\"2020-01-01T00:00:00+00:00\" updated=\"2020-01-02T00:00:00+00:00\" status=\"Active\" /></c:organization>"
            + "</c:organizationDirectory><c:serviceDirectory /><c:facilityDirectory /><c:providerDirectory /></c:CSD>";

        var entity = Assert.Single(await ReadAsync(Encoding.UTF8.GetBytes(text)));

        Assert.Equal("A", Assert.IsType<Organization>(entity).PrimaryName);
        Assert.False(CsdReader.TryGetEntityXml(entity, out _));
    }

    [Fact]
    public async Task ReadEntitiesAsync_DirectoryWithXmlLang_StopsTheCaptureForTheRestOfTheDocument()
    {
        var text = Document("\n").Replace("<organizationDirectory>", "<organizationDirectory xml:lang=\"fr\">", StringComparison.Ordinal);

        var entities = await ReadAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal(4, entities.Count);
        Assert.All(entities, entity => Assert.False(CsdReader.TryGetEntityXml(entity, out _)));
    }

    [Fact]
    public async Task ReadEntitiesAsync_CommentRightAfterAnEntity_LeavesOnlyThatEntityUncaptured()
    {
        var text = Document("\n").Replace(Organization1, Organization1 + "<!-- a comment -->", StringComparison.Ordinal);

        var entities = await ReadAsync(Encoding.UTF8.GetBytes(text));

        Assert.False(CsdReader.TryGetEntityXml(entities[0], out _));
        Assert.Equal(OrganizationPrefix + Organization2 + OrganizationSuffix, CapturedText(entities[1]));
        Assert.Equal(FacilityPrefix + Facility1 + FacilitySuffix, CapturedText(entities[3]));
    }

    [Fact]
    public async Task ReadEntitiesAsync_EmptyEntityElement_IsCapturedToItsSlash()
    {
        var text = Document("\n").Replace(Service1, "<service entityID=\"srv_9\" a=\"/&gt;\"/>", StringComparison.Ordinal);

        var entities = await ReadAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal(ServicePrefix + "<service entityID=\"srv_9\" a=\"/&gt;\"/>" + ServiceSuffix, CapturedText(entities[2]));
    }

    [Fact]
    public async Task CapturedXml_IsNotCopiedByWithNorComparedByEquality()
    {
        var captured = Assert.IsType<Organization>((await ReadAsync(Encoding.UTF8.GetBytes(Document("\n"))))[0]);
        var plain = Assert.IsType<Organization>((await ReadAsync(Encoding.UTF8.GetBytes(Document("\n")), CsdReaderOptions.Default))[0]);

        var copy = captured with { PrimaryName = "Autre" };
        var same = captured with { };

        Assert.False(CsdReader.TryGetEntityXml(copy, out _));
        Assert.False(CsdReader.TryGetEntityXml(same, out _));
        Assert.Equal(plain, captured);
        Assert.Equal(plain.GetHashCode(), captured.GetHashCode());
        Assert.Equal(captured, same);
        Assert.NotEqual(captured, copy);
    }

    [Fact]
    public async Task ReadEntitiesAsync_ManyEntitiesOnOneLine_AreAllCapturedWithTheirOwnBytes()
    {
        var builder = new StringBuilder("<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory /><serviceDirectory /><facilityDirectory>");
        var expected = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var facility = $"<facility entityID=\"oi_{i}\"><primaryName>Unité n° {i} — 😀</primaryName>{Record}</facility>";
            expected.Add(FacilityPrefix + facility + FacilitySuffix);
            builder.Append(facility);
        }

        builder.Append("</facilityDirectory><providerDirectory /></CSD>");
        var entities = await ReadAsync(Encoding.UTF8.GetBytes(builder.ToString()));

        Assert.Equal(expected, entities.Select(CapturedText));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(1000)]
    public async Task ReadEntitiesAsync_EntitiesOfEverySizeReadInChunks_AreAllCapturedWithTheirOwnBytes(int chunk)
    {
        // Small entities between large ones (up to 3 times the bytes the capture first holds), so that the bytes kept for
        // one entity are dropped while the next ones come in, and the holding grows with bytes already released in it.
        var builder = new StringBuilder("<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory /><serviceDirectory /><facilityDirectory>\n");
        var expected = new List<string>();
        var random = new Random(20261130);
        for (var i = 0; i < 400; i++)
        {
            var size = i % 50 == 49 ? random.Next(60_000, 200_000) : random.Next(0, 3_000);
            var facility = $"<facility entityID=\"oi_{i}\"><primaryName>Unité {i} {new string('é', size / 2)}</primaryName>{Record}</facility>";
            expected.Add(FacilityPrefix + facility + FacilitySuffix);
            builder.Append(facility).Append(i % 3 == 0 ? "\n" : string.Empty);
        }

        builder.Append("</facilityDirectory><providerDirectory /></CSD>");
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        using Stream stream = chunk == 0 ? new MemoryStream(bytes, writable: false) : new ReadingFixtures.ForwardOnlyStream(bytes, chunk);
        var entities = await ReadingFixtures.ReadAllAsync(stream, Capturing);

        Assert.Equal(400, entities.Count);
        Assert.Equal(expected, entities.Select(CapturedText));
    }
}
