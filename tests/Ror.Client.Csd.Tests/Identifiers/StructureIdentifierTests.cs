using Ror.Client.Csd.Identifiers;

namespace Ror.Client.Csd.Tests.Identifiers;

public class StructureIdentifierTests
{
    [Theory]
    [InlineData("0750012345601", StructureIdentifierKind.Adeli, "750012345601")]
    [InlineData("1510000032", StructureIdentifierKind.Finess, "510000032")]
    [InlineData("2123456789", StructureIdentifierKind.Siren, "123456789")]
    [InlineData("312345678900017", StructureIdentifierKind.Siret, "12345678900017")]
    [InlineData("41000000000101", StructureIdentifierKind.Rpps, "1000000000101")]
    [InlineData("9ABC", StructureIdentifierKind.Unknown, "9ABC")]
    public void Parse_PrefixDigit_GivesRegisterAndNumber(string value, StructureIdentifierKind kind, string number)
    {
        var identifier = StructureIdentifier.Parse(value);

        Assert.Equal(value, identifier.Value);
        Assert.Equal(kind, identifier.Kind);
        Assert.Equal(number, identifier.Number);
        Assert.Equal(value, identifier.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1 510000032")]
    [InlineData("1510000032\n")]
    public void Parse_EmptyOrWhiteSpace_ThrowsFormatException(string value)
    {
        var error = Assert.Throws<FormatException>(() => StructureIdentifier.Parse(value));
        Assert.Contains("idNat_Struct", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(StructureIdentifier.TryParse(null, out var identifier));
        Assert.Equal(string.Empty, identifier.Value);
        Assert.Equal(StructureIdentifierKind.Unknown, identifier.Kind);
    }

    [Fact]
    public void FromFiness_PrefixesOne()
    {
        Assert.Equal("1510000032", StructureIdentifier.FromFiness("510000032").Value);
        Assert.Equal("312345678900017", StructureIdentifier.FromSiret("12345678900017").Value);
    }

    [Fact]
    public void Create_UnknownKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StructureIdentifier.Create(StructureIdentifierKind.Unknown, "123"));
    }

    [Fact]
    public void Equality_SameValue_Equal()
    {
        Assert.Equal(StructureIdentifier.Parse("1510000032"), StructureIdentifier.FromFiness("510000032"));
    }

    [Theory]
    [InlineData(IdentifierAuthorities.StructureIdentifierTypes, true)]
    [InlineData(IdentifierAuthorities.NationalStructureIdentifier, true)]
    [InlineData(IdentifierAuthorities.NationalProfessionalIdentifier, false)]
    [InlineData(null, false)]
    public void IsStructureIdentifierAuthority_AcceptsBothOidsSeenInTheWild(string? authority, bool expected)
    {
        Assert.Equal(expected, IdentifierAuthorities.IsStructureIdentifierAuthority(authority));
    }
}
