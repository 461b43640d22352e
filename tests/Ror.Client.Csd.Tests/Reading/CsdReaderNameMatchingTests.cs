using System.Text;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

/// <summary>
/// On the SDK's UTF-8 reader the parsers match element and attribute names as bytes; on any other reader (here the
/// framework's, for UTF-16 input) as strings. Both must read the same entities and report the same deviations, at the
/// same places.
/// </summary>
public sealed class CsdReaderNameMatchingTests
{
    private const string PrefixedDocument = """
        <?xml version="1.0" encoding="UTF-8"?>
        <csd:CSD xmlns:csd="urn:ihe:iti:csd:2013" xmlns:x="urn:example:other">
          <csd:organizationDirectory>
            <csd:organization entityID="EJ1" x:flag="1" xmlns:y="urn:example:y">
              <csd:codedType code="1" codingScheme="1.2.250.1.213.3.3.65" y:note="n">Entité juridique</csd:codedType>
              <csd:primaryName>Prefixed</csd:primaryName>
              <primaryName xmlns="urn:example:other">Foreign</primaryName>
              <codedType xmlns="urn:ihe:iti:csd:2013" code="2" codingScheme="1.2.250.1.213.3.3.65" xml:lang="fr" flag="f">Default</codedType>
              <csd:record created="2024-01-01T00:00:00+01:00" updated="2024-01-02T00:00:00+01:00" status="active" x:status="shadow"/>
            </csd:organization>
          </csd:organizationDirectory>
        </csd:CSD>
        """;

    public static TheoryData<string> Fixtures => new() { "csd-complete.xml", "tolerant.xml" };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task ReadDocumentAsync_Fixture_SameEntitiesAndDeviationsOnBothReaders(string file)
    {
        var (utf8, utf16) = await ReadBothAsync(ReadingFixtures.Text(file));

        Assert.Equal(utf16.Document, utf8.Document);
        Assert.Equal(utf16.Deviations, utf8.Deviations);
    }

    [Fact]
    public async Task ReadDocumentAsync_PrefixedAndForeignNames_AreMatchedByNamespaceNotBySpelling()
    {
        var (utf8, utf16) = await ReadBothAsync(PrefixedDocument);

        var organization = Assert.Single(utf8.Document.Organizations);
        Assert.Equal("Prefixed", organization.PrimaryName);
        Assert.Equal(["1", "2"], organization.Codes.Select(c => c.Code));
        Assert.Equal([("urn:example:y", "note", "n")], organization.Codes[0].ExtraAttributes.Select(a => (a.NamespaceUri, a.LocalName, a.Value)));
        Assert.Equal(
            [("http://www.w3.org/XML/1998/namespace", "lang", "fr"), (string.Empty, "flag", "f")],
            organization.Codes[1].ExtraAttributes.Select(a => (a.NamespaceUri, a.LocalName, a.Value)));
        Assert.Equal("active", organization.Record.Status);
        Assert.Contains(utf8.Deviations, d => d is { Kind: CsdDeviationKind.UnknownElementSkipped, Name: "primaryName" });
        Assert.Contains(utf8.Deviations, d => d is { Kind: CsdDeviationKind.UnknownAttributeIgnored, Name: "@flag" });
        Assert.Contains(utf8.Deviations, d => d is { Kind: CsdDeviationKind.UnknownAttributeIgnored, Name: "@status" });

        Assert.Equal(utf16.Document, utf8.Document);
        Assert.Equal(utf16.Deviations, utf8.Deviations);
    }

    [Fact]
    public async Task ReadDocumentAsync_InvalidTypedAttributeMatchedByBytes_FailsAtTheSamePlaceOnBothReaders()
    {
        var xml = PrefixedDocument.Replace("updated=\"2024-01-02T00:00:00+01:00\"", "updated=\"yesterday\"", StringComparison.Ordinal);

        var utf8 = await Assert.ThrowsAsync<CsdFormatException>(() => CsdReader.ReadDocumentAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml))));
        var utf16 = await Assert.ThrowsAsync<CsdFormatException>(() => CsdReader.ReadDocumentAsync(new MemoryStream(Utf16(xml))));

        Assert.Equal(CsdFormatError.InvalidValue, utf8.Error);
        Assert.Contains("'updated'", utf8.Message, StringComparison.Ordinal);
        Assert.Equal((utf16.Error, utf16.ElementPath, utf16.LineNumber, utf16.LinePosition, utf16.Message), (utf8.Error, utf8.ElementPath, utf8.LineNumber, utf8.LinePosition, utf8.Message));
    }

    private static async Task<((CsdDocument Document, List<CsdReadDeviation> Deviations) Utf8, (CsdDocument Document, List<CsdReadDeviation> Deviations) Utf16)> ReadBothAsync(string xml) =>
        (await ReadAsync(Encoding.UTF8.GetBytes(xml)), await ReadAsync(Utf16(xml)));

    private static async Task<(CsdDocument Document, List<CsdReadDeviation> Deviations)> ReadAsync(byte[] bytes)
    {
        var deviations = new List<CsdReadDeviation>();
        var document = await CsdReader.ReadDocumentAsync(new MemoryStream(bytes, writable: false), ReadingFixtures.Collecting(deviations));
        return (document, deviations);
    }

    // The same document in UTF-16 with a byte-order mark: read by the framework's reader.
    private static byte[] Utf16(string xml)
    {
        var text = xml.Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.OrdinalIgnoreCase);
        return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
    }
}
