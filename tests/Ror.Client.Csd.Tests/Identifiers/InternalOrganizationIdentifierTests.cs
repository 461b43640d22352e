using Ror.Client.Csd.Identifiers;

namespace Ror.Client.Csd.Tests.Identifiers;

public class InternalOrganizationIdentifierTests
{
    [Fact]
    public void Parse_RegionSlashId_SplitsParts()
    {
        var identifier = InternalOrganizationIdentifier.Parse("52/100042");

        Assert.Equal("52", identifier.Region);
        Assert.Equal("100042", identifier.LocalId);
        Assert.Equal("52/100042", identifier.ToString());
    }

    [Theory]
    [InlineData("100042")]
    [InlineData("/100042")]
    [InlineData("52/")]
    [InlineData("52/ 100042")]
    [InlineData("")]
    public void Parse_NotRegionSlashId_ThrowsFormatException(string value)
    {
        var error = Assert.Throws<FormatException>(() => InternalOrganizationIdentifier.Parse(value));
        Assert.Contains("identifiantOI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FromParts_RoundTrips()
    {
        var identifier = InternalOrganizationIdentifier.Create("11", "75000123");

        Assert.Equal(InternalOrganizationIdentifier.Parse("11/75000123"), identifier);
    }

    [Fact]
    public void Default_HasEmptyParts()
    {
        InternalOrganizationIdentifier identifier = default;

        Assert.Equal(string.Empty, identifier.Value);
        Assert.Equal(string.Empty, identifier.Region);
        Assert.Equal(string.Empty, identifier.LocalId);
    }

    [Fact]
    public void Parse_IdContainingSlash_KeepsRestAsLocalId()
    {
        var identifier = InternalOrganizationIdentifier.Parse("93/A/1");

        Assert.Equal("93", identifier.Region);
        Assert.Equal("A/1", identifier.LocalId);
    }
}
