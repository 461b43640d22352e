using Ror.Client.Csd.Models;
using Ror.Client.Csd.Reading;

namespace Ror.Client.Csd.Tests.Reading;

/// <summary>How values are read: escaped, split and long values whole, typed values trimmed, and the pooled read-ahead buffer.</summary>
public sealed class CsdReaderValueTests
{
    private const string Record = """<record created=" 2020-01-01T10:00:00Z " updated="2021-06-30T08:15:00+02:00" status="active"/>""";

    [Fact]
    public async Task ReadEntitiesAsync_ValuesWithReferencesCdataAndSurrogates_ReadsThemExactly()
    {
        var longName = new string('N', 9000) + "&amp;" + new string('M', 9000);
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><organization entityID=\"A&amp;B&#x1F600;\">"
            + "<codedType code=\"1\" codingScheme=\"x\">L&lt;1<![CDATA[<cdata>]]>&#x1F600;end</codedType>"
            + "<primaryName>" + longName + "</primaryName>" + Record + "</organization></organizationDirectory></CSD>";

        var organization = Assert.IsType<Organization>(Assert.Single(await ReadingFixtures.ReadAllAsync(ReadingFixtures.FromText(xml))));

        Assert.Equal("A&B\U0001F600", organization.EntityId);
        Assert.Equal("L<1<cdata>\U0001F600end", Assert.Single(organization.Codes).Label);
        Assert.True(organization.PrimaryName == new string('N', 9000) + "&" + new string('M', 9000), "A value longer than the reader's buffers must be read whole.");
    }

    [Fact]
    public async Task ReadEntitiesAsync_TypedValuesWithSpaces_ParsesThem()
    {
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><organization entityID=\"E\">"
            + "<codedType code=\"1\" codingScheme=\"x\"/>" + Record + "</organization></organizationDirectory></CSD>";

        var organization = Assert.Single(await ReadingFixtures.ReadAllAsync(ReadingFixtures.FromText(xml)));

        Assert.Equal(
            (new DateTimeOffset(2020, 1, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 6, 30, 8, 15, 0, TimeSpan.FromHours(2)), "active"),
            (organization.Record.Created, organization.Record.Updated, organization.Record.Status));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData(" \t\n  ")]
    public async Task ReadEntitiesAsync_ElementTextOfWhiteSpaceOnly_KeepsIt(string text)
    {
        // Indented as a pretty-printed file is: the white space between elements is stepped over, the one inside primaryName kept.
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\">\n  <organizationDirectory>\n    <organization entityID=\"E\">\n      "
            + "<codedType code=\"1\" codingScheme=\"x\">" + text + "</codedType>\n      <primaryName>" + text + "</primaryName>\n      "
            + Record + "\n    </organization>\n  </organizationDirectory>\n  <serviceDirectory/>\n  <facilityDirectory/>\n"
            + "  <providerDirectory/>\n  <deviceDirectory/>\n</CSD>\n";
        var deviations = new List<CsdReadDeviation>();

        var organization = Assert.IsType<Organization>(Assert.Single(await ReadingFixtures.ReadAllAsync(
            ReadingFixtures.FromText(xml),
            CsdReaderOptions.Default with { OnDeviation = deviations.Add })));

        Assert.Equal(text, organization.PrimaryName);
        Assert.Equal(text, Assert.Single(organization.Codes).Label);
        Assert.Empty(deviations);
    }

    [Fact]
    public async Task ReadAheadStream_ReadAfterDispose_ReturnsNoByte()
    {
        var stream = new ReadAheadStream(new MemoryStream([1, 2, 3, 4]), 16, leaveOpen: false, checkTotal: null);
        await stream.FillAsync(4, CancellationToken.None);

        await stream.DisposeAsync();

        Assert.True(stream.Read(new byte[4]) == 0, "A disposed read-ahead stream has handed its buffer back: it must read nothing.");
    }
}
