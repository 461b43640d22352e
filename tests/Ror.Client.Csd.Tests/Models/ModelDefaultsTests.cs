using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Models;

public sealed class ModelDefaultsTests
{
    [Fact]
    public void CsdExtension_NotSet_UsesTheObservedPlaceholders()
    {
        var extension = new GenericExtension();

        Assert.Equal("Type1", extension.Type);
        Assert.Equal("Urn0", extension.Urn);
        Assert.True(extension.ExtraAttributes.IsEmpty, "A new extension has no extra attribute.");
    }

    [Fact]
    public void CareServicesFunctionCall_NotSet_UsesTheFixedSchemaValues()
    {
        var call = new EstablishmentOfferReadFunction
        {
            Parameters = new EstablishmentOfferReadParameters
            {
                Criteria = new EstablishmentReadCriteria
                {
                    EstablishmentId = new OtherId { Code = "1000000001", AssigningAuthorityName = "1.2.250.1.71.4.2.2" },
                },
            },
        };

        Assert.Equal("urn:asip:ror:lecture:offreSoinEtablissement:2017", call.Urn);
        Assert.True(call.Encapsulated, "The schema fixes encapsulated to true.");
    }

    [Fact]
    public void CsdDocument_New_HasFiveEmptyDirectories()
    {
        var document = new CsdDocument();

        Assert.True(document.Organizations.IsEmpty && document.Services.IsEmpty && document.Facilities.IsEmpty
            && document.Providers.IsEmpty && document.Devices.IsEmpty, "Every directory of a new document must be empty, never null.");
    }

    [Fact]
    public void Name_ComparedWithPersonNameOfSameContent_IsNotEqual()
    {
        var name = new Name { CommonNames = ["Jeanne Exemple"] };
        var personName = new PersonName { CommonNames = ["Jeanne Exemple"] };

        Assert.NotEqual<Name>(name, personName);
    }
}
