using System.Text;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Tests.Fixtures;
using Ror.Client.Csd.Validation;

namespace Ror.Client.Csd.Tests.Writing;

/// <summary>
/// Stream output in UTF-8 is formatted without <see cref="System.Xml.XmlWriter"/>: these tests check it byte for byte
/// against <see cref="CsdWriter.WriteDocument(Stream, CsdDocument, CsdWriterOptions?)"/>, which writes through an
/// <see cref="System.Xml.XmlWriter"/>, including escaping, characters outside the BMP, characters invalid in XML and the
/// content written through an XmlWriter (extra attributes, raw fragments).
/// </summary>
public sealed class Utf8OutputEquivalenceTests
{
    public static TheoryData<string> OptionSets => ["default", "no-declaration", "utf8-bom", "care-services-response"];

    public static TheoryData<string> SpecialValues =>
    [
        "plain ASCII",
        "accents é à ç Œ ß",
        "markup <b> & \"quoted\" 'single' ]]>",
        "tab\there",
        "line\nend",
        "carriage\rreturn and\r\npair",
        "outside the BMP \U0001F600 \U00010348 end",
        "NEL \u0085 line separator \u2028 paragraph \u2029",
        "C1 \u0080 \u009F delete \u007F",
        "<&>\"",
        "lone high surrogate \uD800 here",
        "lone low surrogate \uDC00 here",
        "reversed pair \uDC00\uD800",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(OptionSets))]
    public async Task WriteDocumentAsync_RichDocument_SameBytesAsXmlWriter(string optionSet)
    {
        var options = Options(optionSet);

        var (expected, actual) = await WriteBothAsync(CsdFixtures.Rich, options);

        AssertSameBytes(expected, actual, $"the rich document with options '{optionSet}'");
    }

    [Theory]
    [MemberData(nameof(SpecialValues))]
    public async Task WriteDocumentAsync_SpecialCharactersInTextAndAttributes_SameOutcomeAsXmlWriter(string value)
    {
        var document = WithValue(value);
        using var reference = new MemoryStream();
        Exception? expected = Record.Exception(() => CsdWriter.WriteDocument(reference, document));
        using var output = new MemoryStream();

        Exception? actual = await Record.ExceptionAsync(() => CsdWriter.WriteDocumentAsync(output, document, new CsdWriterOptions { FlushThresholdBytes = 1024 }));

        if (expected is null)
        {
            Assert.True(actual is null, $"The UTF-8 output of '{value}' threw {actual?.GetType().Name} '{actual?.Message}' where XmlWriter wrote it.");
            AssertSameBytes(reference.ToArray(), output.ToArray(), $"a document holding '{value}' in text and attributes");
        }
        else
        {
            Assert.True(
                actual is not null && actual.GetType() == expected.GetType() && actual.Message == expected.Message,
                $"XmlWriter threw {expected.GetType().Name} '{expected.Message}' for '{value}'; the UTF-8 output threw {actual?.GetType().Name} '{actual?.Message}'.");
        }
    }

    [Theory]
    [InlineData("control \u0001 character")]
    [InlineData("non-character \uFFFE")]
    public async Task WriteDocumentAsync_CharacterInvalidInXml_ThrowsTheSameExceptionAsXmlWriter(string value)
    {
        var document = WithValue(value);

        var expected = Assert.ThrowsAny<ArgumentException>(() => CsdWriter.WriteDocument(new MemoryStream(), document));
        var actual = await Assert.ThrowsAnyAsync<ArgumentException>(() => CsdWriter.WriteDocumentAsync(new MemoryStream(), document));

        Assert.True(
            expected.GetType() == actual.GetType() && expected.Message == actual.Message,
            $"Expected {expected.GetType().Name} '{expected.Message}', got {actual.GetType().Name} '{actual.Message}'.");
    }

    [Fact]
    public async Task WriteDocumentAsync_ExtraAttributesAndLocalElement_SameBytesAsXmlWriter()
    {
        var establishment = CsdFixtures.Establishment;
        var extension = establishment.Extensions[0] with
        {
            LocalElement = "<note xmlns=\"\" kind=\"a\">texte &amp; <b>gras</b></note>",
            ExtraAttributes = [new ExtraAttribute { NamespaceUri = "urn:example:extra", LocalName = "origin", Value = "import<1>" }],
        };
        var codes = establishment.Codes.Select((code, index) => index == 0
            ? code with
            {
                ExtraAttributes =
                [
                    new ExtraAttribute { LocalName = "note", Value = "a & b" },
                    new ExtraAttribute { NamespaceUri = "urn:example:extra", LocalName = "source", Value = "x" },
                ],
            }
            : code).ToList();
        var changed = establishment with { Codes = [.. codes], Extensions = [extension] };
        var document = CsdFixtures.Rich with
        {
            Organizations = [.. CsdFixtures.Rich.Organizations.Select(o => o.EntityId == establishment.EntityId ? changed : o), changed with { EntityId = changed.EntityId + "-bis" }],
        };

        var (expected, actual) = await WriteBothAsync(document, CsdWriterOptions.Default);

        Assert.Contains("urn:example:extra", Encoding.UTF8.GetString(actual), StringComparison.Ordinal);
        AssertSameBytes(expected, actual, "entities with extra attributes and a local element");
    }

    [Fact]
    public async Task WriteDocumentAsync_RichDocument_ValidatesAgainstTheSchema()
    {
        using var stream = new MemoryStream();
        await CsdWriter.WriteDocumentAsync(stream, CsdFixtures.Rich);
        stream.Position = 0;

        var result = CsdSchemaValidator.Validate(stream);

        WrittenXml.AssertValid("The rich document written as UTF-8", result);
    }

    private static CsdWriterOptions Options(string optionSet) => optionSet switch
    {
        "no-declaration" => new CsdWriterOptions { OmitXmlDeclaration = true },
        "utf8-bom" => new CsdWriterOptions { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true) },
        "care-services-response" => new CsdWriterOptions { DocumentRoot = CsdDocumentRoot.CareServicesResponse, FacilityNumber = 3 },
        _ => CsdWriterOptions.Default,
    };

    private static CsdDocument WithValue(string value)
    {
        var establishment = CsdFixtures.Establishment;
        var changed = establishment with
        {
            PrimaryName = value,
            OtherIds = [new OtherId { Code = value, AssigningAuthorityName = "autorité " + value }],
            Codes = [establishment.Codes[0] with { Label = value }, establishment.Codes[1] with { Code = value }],
        };
        return CsdFixtures.Rich with { Organizations = [.. CsdFixtures.Rich.Organizations.Select(o => o.EntityId == establishment.EntityId ? changed : o)] };
    }

    private static async Task<(byte[] Expected, byte[] Actual)> WriteBothAsync(CsdDocument document, CsdWriterOptions options)
    {
        using var expected = new MemoryStream();
        CsdWriter.WriteDocument(expected, document, options);
        using var actual = new MemoryStream();
        await CsdWriter.WriteDocumentAsync(actual, document, options with { FlushThresholdBytes = 1024 });
        return (expected.ToArray(), actual.ToArray());
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual, string what)
    {
        int length = Math.Min(expected.Length, actual.Length);
        int first = 0;
        while (first < length && expected[first] == actual[first])
        {
            first++;
        }

        Assert.True(
            first == expected.Length && first == actual.Length,
            $"The UTF-8 output of {what} should be byte-identical to the XmlWriter output; first difference at byte {first}: " +
            $"expected '{Excerpt(expected, first)}', got '{Excerpt(actual, first)}'.");
    }

    private static string Excerpt(byte[] bytes, int at)
    {
        int start = Math.Max(0, at - 40);
        return Encoding.UTF8.GetString(bytes, start, Math.Min(bytes.Length, at + 40) - start);
    }
}
