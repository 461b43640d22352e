using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Tests.Data;

/// <summary>The generated data must give every access profile something to hide, so that profile tests mean something.</summary>
public sealed class GeneratedDataAccessPolicyTests
{
    private static readonly Lazy<CsdDocument> Document =
        new(() => new RorDatasetGenerator(new RorDatasetOptions { Seed = 3, EstablishmentCount = 300 }).GenerateDocument());

    [Theory]
    [InlineData(RorAccessProfile.PublicInformation)]
    [InlineData(RorAccessProfile.HealthAndSocialCareOrientation)]
    [InlineData(RorAccessProfile.SocialCareOrientation)]
    public void Apply_NarrowerProfile_RemovesSensitiveUnitsAndVeryRestrictedContacts(RorAccessProfile profile)
    {
        var filtered = RorAccessPolicy.Apply(Document.Value, RorAccessProfile.UnscheduledCareRegulation, profile);

        Assert.Contains(Document.Value.Facilities, f => f.Extensions[0].IsSensitiveUnit);
        Assert.DoesNotContain(filtered.Facilities, f => f.Extensions[0].IsSensitiveUnit);
        Assert.True(ModelWalker.All<Contact>(filtered).Count() < ModelWalker.All<Contact>(Document.Value).Count(), "Some contacts must be hidden.");
        Assert.DoesNotContain(ModelWalker.All<Contact>(filtered), c => c.ConfidentialityLevel.Code == "3");
    }

    [Fact]
    public void Apply_PublicProfile_KeepsOnlyAmbulatoryProfessionals()
    {
        var filtered = RorAccessPolicy.Apply(Document.Value, RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.PublicInformation);

        Assert.NotEmpty(filtered.Providers);
        Assert.True(filtered.Providers.Count < Document.Value.Providers.Count, "Professionals outside champ 05 must be hidden at profile 0.");
    }

    [Fact]
    public void Apply_EachNarrowerProfile_GivesADifferentDocument()
    {
        var documents = RorAccessProfiles.All.Select(p => RorAccessPolicy.Apply(Document.Value, RorAccessProfile.UnscheduledCareRegulation, p)).ToList();

        Assert.Equal(documents.Count, documents.Distinct().Count());
    }

    [Fact]
    public void RestrictedView_GeneratedData_KeepsTheStructureOnly()
    {
        var restricted = RestrictedOrganizationView.Apply(Document.Value);

        Assert.DoesNotContain(restricted.Facilities, EstablishmentBundle.IsElementaryUnit);
        Assert.NotEmpty(restricted.Facilities);
        Assert.Empty(restricted.Organizations.SelectMany(o => o.Extensions).SelectMany(e => e.Prices));
    }
}
