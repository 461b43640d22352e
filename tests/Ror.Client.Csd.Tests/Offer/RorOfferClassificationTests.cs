using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Offer;
using static Ror.Client.Csd.Tests.Fixtures.Access.ModelFactory;

namespace Ror.Client.Csd.Tests.Offer;

public sealed class RorOfferClassificationTests
{
    [Fact]
    public void GetRole_WithoutParent_IsLegalEntity() =>
        Assert.Equal(OrganizationRole.LegalEntity, LegalEntity("EJ", "1").GetRole());

    [Fact]
    public void GetRole_WithParent_IsEstablishment() =>
        Assert.Equal(OrganizationRole.Establishment, Establishment("EG", "EJ", "1").GetRole());

    [Theory]
    [InlineData("1", InternalOrganizationLevel.Pole)]
    [InlineData("2", InternalOrganizationLevel.Service)]
    [InlineData("3", InternalOrganizationLevel.FunctionalUnit)]
    [InlineData("4", InternalOrganizationLevel.ElementaryUnit)]
    [InlineData("9", InternalOrganizationLevel.Unknown)]
    public void GetLevel_Tre207Code_MapsToLevel(string code, InternalOrganizationLevel expected) =>
        Assert.Equal(expected, InternalOrganization("F", code, null, UnitExtension("01")).GetLevel());

    [Fact]
    public void GetLevel_SeveralCodedTypes_PrefersTheTre207One()
    {
        var facility = InternalOrganization("F", "4", null, UnitExtension("01")) with
        {
            Codes = [Code("2", "1.2.3.4"), Code("4", RorCodeSystems.InternalOrganizationType)],
        };

        Assert.Equal(InternalOrganizationLevel.ElementaryUnit, facility.GetLevel());
    }

    [Fact]
    public void GetLevel_NoTre207CodingScheme_FallsBackToAnyCode1To4()
    {
        var facility = InternalOrganization("F", "4", null, UnitExtension("01")) with { Codes = [Code("X", "1.2.3.4"), Code("3", "1.2.3.5")] };

        Assert.Equal(InternalOrganizationLevel.FunctionalUnit, facility.GetLevel());
    }

    [Fact]
    public void GetStructureIdentifier_SeveralOtherIds_PrefersAStructureAuthority() =>
        Assert.Equal("1510000040", Establishment("EG", "EJ", "1510000040").GetStructureIdentifier());

    [Fact]
    public void GetStructureIdentifier_NoStructureAuthority_FallsBackToFirstNonEmpty()
    {
        var organization = LegalEntity("EJ", "x") with
        {
            OtherIds = [new OtherId { Code = "", AssigningAuthorityName = "1.2.3" }, new OtherId { Code = "510000032", AssigningAuthorityName = "1.2.4" }],
        };

        Assert.Equal("510000032", organization.GetStructureIdentifier());
    }

    [Fact]
    public void GetStructureIdentifier_NoOtherId_IsNull() =>
        Assert.Null((LegalEntity("EJ", "x") with { OtherIds = [] }).GetStructureIdentifier());

    [Fact]
    public void GetInternalOrganizationIdentifier_PrefersTheRegionSlashIdForm()
    {
        var facility = InternalOrganization("F", "4", null, UnitExtension("01")) with
        {
            OtherIds =
            [
                new OtherId { Code = "100042", AssigningAuthorityName = IdentifierAuthorities.NationalStructureIdentifier },
                new OtherId { Code = "52/100042", AssigningAuthorityName = "1.2.250.1.213.1.6.4.1" },
            ],
        };

        Assert.Equal("52/100042", facility.GetInternalOrganizationIdentifier());
    }

    [Fact]
    public void GetActivityFields_SeveralExtensions_ReturnsDistinctCodesInOrder()
    {
        var facility = InternalOrganization("F", "1", null, UnitExtension("04")) with
        {
            Extensions = [UnitExtension("04"), UnitExtension("01") with { ActivityTypes = [Code("01", RorCodeSystems.ActivityField), Code("04", RorCodeSystems.ActivityField)] }],
        };

        Assert.Equal(["04", "01"], facility.GetActivityFields());
        Assert.True(facility.HasActivityField(ActivityFieldCodes.Mco));
        Assert.False(facility.HasActivityField(ActivityFieldCodes.Ambulatory));
    }

    [Fact]
    public void CountElementaryUnits_Document_CountsTre207Code4Only() =>
        Assert.Equal(4, RorOfferClassification.CountElementaryUnits(OfferFixture.Create()));
}
