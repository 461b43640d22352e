using Ror.Client.Csd.Access;
using Ror.Client.Csd.Tests.Fixtures.Access;

namespace Ror.Client.Csd.Tests.Access;

/// <summary>
/// One test per row of the access-profile table (model §10), on the hand-written <see cref="AccessFixture"/>.
/// Profile numbers: 0 public, 1 regulation (sees all), 2 health and social orientation, 3 social orientation.
/// The expected visibility of each row is written from the table, not computed.
/// </summary>
public sealed class RorAccessPolicyRuleTests
{
    private static readonly Dictionary<int, DocumentInventory> Views = Enumerable.Range(0, 4).ToDictionary(
        profile => profile,
        profile => new DocumentInventory(RorAccessPolicy.Apply(AccessFixture.Create(), RorAccessProfile.UnscheduledCareRegulation, (RorAccessProfile)profile)));

    private static void AssertVisibility(int profile, string token, bool visible) =>
        Assert.True(
            Views[profile].Contains(token) == visible,
            $"Under profile {profile}, '{token}' should be {(visible ? "visible" : "hidden")}.");

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_Level1ContactOfHealthUnit_VisibleToAll(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-MCO|contact|UE-MCO desk", visible);
        AssertVisibility(profile, "UE-MCO|contactPoint|0200000011", visible);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Apply_Level2ContactOfHealthUnit_VisibleToProfiles1And2(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-MCO|contact|UE-MCO head nurse", visible);
        AssertVisibility(profile, "UE-MCO|contactPoint|0200000021", visible);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_Level2ContactOfMedicoSocialUnit_VisibleToProfiles1To3(int profile, bool visible) =>
        AssertVisibility(profile, "UE-MS|contact|UE-MS coordinator", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void Apply_Level3Contact_VisibleToProfile1Only(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-MCO|contact|UE-MCO on call", visible);
        AssertVisibility(profile, "UE-MS|contact|UE-MS director", visible);
        AssertVisibility(profile, "EG-SAN|contact|EG-SAN director", visible);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Apply_Level2ContactOfHealthEstablishment_VisibleToProfiles1And2(int profile, bool visible) =>
        AssertVisibility(profile, "EG-SAN|contact|EG-SAN management", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_Level2ContactOfMedicoSocialEstablishment_VisibleToProfiles1To3(int profile, bool visible) =>
        AssertVisibility(profile, "EG-MS|contact|EG-MS management", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Apply_Level2TelecomInPublicContactOfHealthUnit_VisibleToProfiles1And2(int profile, bool visible) =>
        AssertVisibility(profile, "UE-MCO|contactPoint|0200000012", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_Level2TelecomInPublicContactOfMedicoSocialUnit_VisibleToProfiles1To3(int profile, bool visible) =>
        AssertVisibility(profile, "UE-MS|contactPoint|0300000012", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void Apply_Level3TelecomInPublicContact_VisibleToProfile1Only(int profile, bool visible) =>
        AssertVisibility(profile, "UE-MCO|contactPoint|0200000013", visible);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_TelecomWithoutLevelInPublicContact_TakesTheContactLevel(int profile, bool visible) =>
        AssertVisibility(profile, "UE-MCO|contactPoint|0200000014", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_Level2MailBoxOfMedicoSocialUnit_HiddenFromProfile0(int profile, bool visible) =>
        AssertVisibility(profile, "UE-MS|mailbox|ue-ms@example.mssante.fr", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void Apply_NativeContactWithoutLevel_TreatedAsLevel3(int profile, bool visible) =>
        AssertVisibility(profile, "EG-SAN|nativeContact|", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void Apply_DropZone_VisibleToProfile1Only(int profile, bool visible) =>
        AssertVisibility(profile, "EG-SAN|dropZone|", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void Apply_OrsanRecourseLevel_VisibleToProfile1Only(int profile, bool visible) =>
        AssertVisibility(profile, "EG-SAN|orsan|", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Apply_BedAndPlaceAvailability_VisibleToProfiles1And2(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-MCO|avaible|beds", visible);
        AssertVisibility(profile, "UE-MCO|updateDate|beds", visible);
        AssertVisibility(profile, "UE-MCO|avaible|space", visible);
        AssertVisibility(profile, "UE-MCO|updateDate|space", visible);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Apply_BedAndPlaceTotals_VisibleToAll(int profile)
    {
        AssertVisibility(profile, "UE-MCO|total|beds", visible: true);
        AssertVisibility(profile, "UE-MCO|total|space", visible: true);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void Apply_CrisisCapacity_VisibleToProfile1Only(int profile, bool visible) =>
        AssertVisibility(profile, "UE-MCO|crisis|", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Apply_ResourcesOfHealthUnit_VisibleToProfiles1And2(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-MCO|skills|", visible);
        AssertVisibility(profile, "UE-MCO|equipment|D1", visible);
        AssertVisibility(profile, "UE-MCO|speciality|CS-MCO", visible);
        AssertVisibility(profile, "UE-MCO|act|A-MCO", visible);
        AssertVisibility(profile, "D1|entity|device", visible);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_ResourcesOfMedicoSocialUnit_VisibleToProfiles1To3(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-MS|skills|", visible);
        AssertVisibility(profile, "UE-MS|equipment|D2", visible);
        AssertVisibility(profile, "UE-MS|speciality|CS-MS", visible);
        AssertVisibility(profile, "UE-MS|act|A-MS", visible);
        AssertVisibility(profile, "D2|entity|device", visible);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Apply_CommentsOfHealthEntities_VisibleToProfiles1And2(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-MCO|comment|UE-MCO note", visible);
        AssertVisibility(profile, "EG-SAN|comment|EG-SAN note", visible);
        AssertVisibility(profile, "SV1|comment|SV1 note", visible);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_CommentsOfMedicoSocialEntities_VisibleToProfiles1To3(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-MS|comment|UE-MS note", visible);
        AssertVisibility(profile, "EG-MS|comment|EG-MS note", visible);
        AssertVisibility(profile, "EJ1|comment|EJ1 note", visible);
        AssertVisibility(profile, "SV2|comment|SV2 note", visible);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    public void Apply_SensitiveUnitAndWhatHangsOnlyOnIt_VisibleToProfile1Only(int profile, bool visible)
    {
        AssertVisibility(profile, "UE-SENS|entity|facility", visible);
        AssertVisibility(profile, "SV3|entity|service", visible);
        AssertVisibility(profile, "D3|entity|device", visible);
        AssertVisibility(profile, "PR-SENS|entity|provider", visible);
        AssertVisibility(profile, "PR-MIX|providerLink|UE-SENS", visible);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Apply_ProviderOfHealthUnit_VisibleToProfiles1And2(int profile, bool visible) =>
        AssertVisibility(profile, "PR-MCO|entity|provider", visible);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_ProviderOfMedicoSocialUnit_VisibleToProfiles1To3(int profile, bool visible) =>
        AssertVisibility(profile, "PR-MS|entity|provider", visible);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_ProviderOfAmbulatoryUnit_VisibleToAll(int profile, bool visible)
    {
        AssertVisibility(profile, "PR-AMB|entity|provider", visible);
        AssertVisibility(profile, "PR-MIX|entity|provider", visible);
        AssertVisibility(profile, "PR-MIX|providerLink|UE-AMB", visible);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Apply_ServicesOfVisibleUnits_VisibleToAll(int profile)
    {
        AssertVisibility(profile, "SV1|entity|service", visible: true);
        AssertVisibility(profile, "SV2|entity|service", visible: true);
        AssertVisibility(profile, "UE-AMB|entity|facility", visible: true);
    }
}
