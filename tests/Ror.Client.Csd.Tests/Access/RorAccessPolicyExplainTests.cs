using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Tests.Fixtures.Access;

namespace Ror.Client.Csd.Tests.Access;

public sealed class RorAccessPolicyExplainTests
{
    private static IReadOnlyList<RorAccessDecision> Explain(RorAccessProfile target) =>
        RorAccessPolicy.Explain(AccessFixture.Create(), RorAccessProfile.UnscheduledCareRegulation, target);

    [Fact]
    public void Explain_Level2ContactUnderProfile3_NamesRulePathAndContact()
    {
        var decision = Assert.Single(Explain(RorAccessProfile.SocialCareOrientation), d => d.Path == "facility[@entityID='UE-MCO']/extension/contact[2]");

        Assert.Equal("RG_ALIM_053/contact-level-2", decision.Rule.Id);
        Assert.Equal("UE-MCO", decision.EntityId);
        Assert.Equal("UE-MCO head nurse", Assert.IsType<Contact>(decision.RemovedElement).Name);
        Assert.Contains("level 2", decision.Rule.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Level3TelecomUnderProfile2_NamesTheTelecomInsideItsContact()
    {
        var decision = Assert.Single(Explain(RorAccessProfile.HealthAndSocialCareOrientation), d => d.Path == "facility[@entityID='UE-MCO']/extension/contact[1]/contactPoint[3]");

        Assert.Equal("RG_ALIM_052/contact-point-level-3", decision.Rule.Id);
        Assert.Equal("0200000013", Assert.IsType<ContactPoint>(decision.RemovedElement).Equipment);
    }

    [Fact]
    public void Explain_AvailabilityUnderProfile0_NamesTheWireAttribute()
    {
        var decision = Assert.Single(Explain(RorAccessProfile.PublicInformation), d => d.Path == "facility[@entityID='UE-MCO']/extension/accommodationCapacity/beds/@avaible");

        Assert.Equal("RG_ALIM_050/availability", decision.Rule.Id);
        Assert.Equal(3, decision.RemovedElement);
    }

    [Fact]
    public void Explain_SensitiveUnitUnderProfile2_ReportsTheUnitTheProviderLinkAndWhatHungOnIt()
    {
        var decisions = Explain(RorAccessProfile.HealthAndSocialCareOrientation);

        Assert.Contains(decisions, d => d.Rule.Id == "RG_ALIM_052/sensitive-unit" && d.Path == "facility[@entityID='UE-SENS']");
        Assert.Contains(decisions, d => d.Rule.Id == "RG_ALIM_052/sensitive-unit" && d.Path == "provider[@entityID='PR-MIX']/facilities/facility[1]");
        Assert.Contains(decisions, d => d.Rule.Id == "RG_ALIM_052/unlinked-provider" && d.Path == "provider[@entityID='PR-SENS']");
        Assert.Contains(decisions, d => d.Rule.Id == "RG_ALIM_052/unreferenced-service" && d.Path == "service[@entityID='SV3']");
        Assert.Contains(decisions, d => d.Rule.Id == "RG_ALIM_052/unreferenced-device" && d.Path == "device[@entityID='D3']");
    }

    [Fact]
    public void Explain_CommentInsideRemovedContact_ReportsOnlyTheContact()
    {
        var decisions = Explain(RorAccessProfile.PublicInformation);

        Assert.Contains(decisions, d => d.Path == "facility[@entityID='UE-MCO']/extension/contact[3]");
        Assert.DoesNotContain(decisions, d => d.RemovedElement is "on-call note");
        Assert.Contains(decisions, d => d.Rule.Id == "RG_ALIM_050/comments" && d.Path == "facility[@entityID='UE-MCO']/record/extension/comments");
    }

    [Fact]
    public void Explain_Profile1_ReportsNothing() =>
        Assert.Empty(RorAccessPolicy.Explain(AccessFixture.Create(), RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.UnscheduledCareRegulation));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public void Explain_Fixture_EachDecisionMatchesOneElementAbsentFromApply(int target)
    {
        AccessPolicyConsistency.AssertConsistent(AccessFixture.Create(), RorAccessProfile.UnscheduledCareRegulation, (RorAccessProfile)target);
    }

    [Fact]
    public void Explain_EveryDecisionRule_IsInTheCatalogueOfItsProfile()
    {
        foreach (var target in new[] { RorAccessProfile.PublicInformation, RorAccessProfile.HealthAndSocialCareOrientation, RorAccessProfile.SocialCareOrientation })
        {
            foreach (var decision in Explain(target))
            {
                Assert.Equal(target, decision.Rule.Profile);
                Assert.Contains(decision.Rule, RorAccessRules.For(target));
            }
        }
    }

    [Fact]
    public void Rules_Profile1_HasNone() => Assert.Empty(RorAccessRules.For(RorAccessProfile.UnscheduledCareRegulation));

    [Fact]
    public void Rules_Get_UnknownPair_ThrowsKeyNotFound() =>
        Assert.Throws<KeyNotFoundException>(() => RorAccessRules.Get(RorAccessProfile.HealthAndSocialCareOrientation, RorAccessTopics.Availability));

    [Fact]
    public void Rules_Ids_AreUniqueAndStartWithTheProfileRule()
    {
        Assert.Equal(RorAccessRules.All.Count, RorAccessRules.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RorAccessRules.All, rule => Assert.StartsWith(RorAccessRules.GetProfileRuleId(rule.Profile) + "/", rule.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_CommentsInNestedRecords_AreFoundWhereverTheyAre()
    {
        var extension = ModelFactory.UnitExtension("01");
        var unit = ModelFactory.InternalOrganization("UE", "4", null, extension with
        {
            PatientType = extension.PatientType with { Record = ModelFactory.Record("patients note") },
            Location = new Location { CityNumber = ModelFactory.Code("99001", "1.2.250.1.213.2.23"), Record = ModelFactory.Record("location note") },
        });
        var data = new CsdDocument { Facilities = [unit] };

        var decisions = RorAccessPolicy.Explain(data, RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.PublicInformation);
        var result = RorAccessPolicy.Apply(data, RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.PublicInformation);

        Assert.Equal(
            ["facility[@entityID='UE']/extension/patientsType/record/extension/comments", "facility[@entityID='UE']/extension/location/record/extension/comments"],
            decisions.Select(d => d.Path));
        Assert.Null(result.Facilities[0].Extensions[0].PatientType.Record.Extensions[0].Comments);
        Assert.Null(result.Facilities[0].Extensions[0].Location!.Record.Extensions[0].Comments);
    }
}
