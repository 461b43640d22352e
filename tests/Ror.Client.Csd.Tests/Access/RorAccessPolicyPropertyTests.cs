using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Tests.Fixtures.Access;

namespace Ror.Client.Csd.Tests.Access;

/// <summary>
/// Properties of the policy over random variants of the fixture (a seeded loop, so a failure names its seed
/// and replays): entities dropped, activity fields and sensitivity changed, confidentiality levels shuffled,
/// telecom levels removed, provider links dropped or added.
/// </summary>
public sealed class RorAccessPolicyPropertyTests
{
    private const int Iterations = 100;
    private const RorAccessProfile P0 = RorAccessProfile.PublicInformation;
    private const RorAccessProfile P1 = RorAccessProfile.UnscheduledCareRegulation;
    private const RorAccessProfile P2 = RorAccessProfile.HealthAndSocialCareOrientation;
    private const RorAccessProfile P3 = RorAccessProfile.SocialCareOrientation;

    public static TheoryData<RorAccessProfile, RorAccessProfile> StricterWiderPairs => new()
    {
        { P0, P3 },
        { P3, P2 },
        { P2, P1 },
    };

    [Theory]
    [MemberData(nameof(StricterWiderPairs))]
    public void Apply_StricterProfile_NeverSeesMoreThanWiderOne(RorAccessProfile stricter, RorAccessProfile wider)
    {
        ForEachVariant((seed, data) =>
        {
            var strictView = new DocumentInventory(RorAccessPolicy.Apply(data, P1, stricter));
            var wideView = new DocumentInventory(RorAccessPolicy.Apply(data, P1, wider));
            var extra = strictView.Tokens.Where(token => !wideView.Contains(token)).ToList();
            Assert.True(extra.Count == 0, $"Seed {seed}: profile {(int)stricter} sees what profile {(int)wider} does not: {string.Join(", ", extra)}");
        });
    }

    [Theory]
    [InlineData(P0)]
    [InlineData(P2)]
    [InlineData(P3)]
    public void Apply_AppliedTwice_EqualsAppliedOnce(RorAccessProfile target)
    {
        ForEachVariant((seed, data) =>
        {
            var once = RorAccessPolicy.Apply(data, P1, target);
            var twice = RorAccessPolicy.Apply(once, P1, target);
            Assert.True(once == twice, $"Seed {seed}: applying profile {(int)target} twice changed the result.");
        });
    }

    [Theory]
    [InlineData(P2, P3)]
    [InlineData(P2, P0)]
    [InlineData(P3, P0)]
    public void Apply_InTwoSteps_EqualsInOneStep(RorAccessProfile middle, RorAccessProfile target)
    {
        ForEachVariant((seed, data) =>
        {
            var direct = RorAccessPolicy.Apply(data, P1, target);
            var stepped = RorAccessPolicy.Apply(RorAccessPolicy.Apply(data, P1, middle), middle, target);
            Assert.True(direct == stepped, $"Seed {seed}: 1→{(int)middle}→{(int)target} differs from 1→{(int)target}.");
        });
    }

    [Theory]
    [InlineData(P0)]
    [InlineData(P2)]
    [InlineData(P3)]
    public void Apply_AnyVariant_LeavesInputUnchanged(RorAccessProfile target)
    {
        ForEachVariant((seed, data) =>
        {
            _ = RorAccessPolicy.Apply(data, P1, target);
            Assert.True(data == Variant(seed), $"Seed {seed}: the input was modified.");
        });
    }

    [Theory]
    [InlineData(P0)]
    [InlineData(P2)]
    [InlineData(P3)]
    public void Explain_AnyVariant_MatchesApply(RorAccessProfile target) =>
        ForEachVariant((_, data) => AccessPolicyConsistency.AssertConsistent(data, P1, target));

    private static void ForEachVariant(Action<int, CsdDocument> check)
    {
        for (var seed = 1; seed <= Iterations; seed++)
        {
            check(seed, Variant(seed));
        }
    }

    private static CsdDocument Variant(int seed)
    {
        var random = new Random(seed);
        var data = AccessFixture.Create();
        string[] fields = ["01", "02", "03", "04", "05"];
        string?[] levels = ["1", "2", "3", null];

        ContactPoint Point(ContactPoint point) => random.Next(3) != 0
            ? point
            : point with
            {
                Extensions = levels[random.Next(levels.Length)] is { } level
                    ? [new ContactPointExtension { ConfidentialityLevel = ModelFactory.Level(level), Record = ModelFactory.Record() }]
                    : [],
            };

        EquatableList<Contact> Contacts(EquatableList<Contact> contacts) =>
        [
            .. contacts
                .Where(_ => random.Next(6) != 0)
                .Select(c => c with
                {
                    ConfidentialityLevel = random.Next(3) == 0 ? ModelFactory.Level(((random.Next(3)) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) : c.ConfidentialityLevel,
                    ContactPoints = [.. c.ContactPoints.Select(Point)],
                }),
        ];

        var facilityIds = data.Facilities.Select(f => f.EntityId).ToArray();
        return new CsdDocument
        {
            Organizations =
            [
                .. data.Organizations
                    .Where(_ => random.Next(10) != 0)
                    .Select(o => o with { Extensions = [.. o.Extensions.Select(e => e with { Contacts = Contacts(e.Contacts) })] }),
            ],
            Services = [.. data.Services.Where(_ => random.Next(10) != 0)],
            Facilities =
            [
                .. data.Facilities
                    .Where(_ => random.Next(8) != 0)
                    .Select(f => f with
                    {
                        Extensions =
                        [
                            .. f.Extensions.Select(e => e with
                            {
                                ActivityTypes = random.Next(3) == 0 ? [ModelFactory.Code(fields[random.Next(fields.Length)], e.ActivityTypes[0].CodingScheme)] : e.ActivityTypes,
                                IsSensitiveUnit = random.Next(5) == 0 ? !e.IsSensitiveUnit : e.IsSensitiveUnit,
                                Contacts = Contacts(e.Contacts),
                                MailBoxes = [.. e.MailBoxes.Select(m => m with { ContactPoint = m.ContactPoint is { } p ? Point(p) : null })],
                            }),
                        ],
                    }),
            ],
            Providers =
            [
                .. data.Providers
                    .Where(_ => random.Next(10) != 0)
                    .Select(p => p with
                    {
                        Facilities = random.Next(4) == 0
                            ? [new ProviderFacilityLink { EntityId = facilityIds[random.Next(facilityIds.Length)] }]
                            : [.. p.Facilities.Where(_ => random.Next(5) != 0)],
                        Organizations = random.Next(5) == 0 ? [new ProviderOrganizationLink { EntityId = random.Next(2) == 0 ? "EG-SAN" : "EJ1" }] : p.Organizations,
                    }),
            ],
            Devices = [.. data.Devices.Where(_ => random.Next(10) != 0)],
        };
    }
}
