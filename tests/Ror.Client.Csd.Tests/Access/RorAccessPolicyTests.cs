using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Tests.Fixtures.Access;

namespace Ror.Client.Csd.Tests.Access;

public sealed class RorAccessPolicyTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(0, 2)]
    [InlineData(0, 1)]
    [InlineData(3, 2)]
    [InlineData(3, 1)]
    [InlineData(2, 1)]
    public void Apply_WiderTargetThanObtained_ThrowsRorAccessPolicyException(int obtainedUnder, int target)
    {
        var exception = Assert.Throws<RorAccessPolicyException>(
            () => RorAccessPolicy.Apply(AccessFixture.Create(), (RorAccessProfile)obtainedUnder, (RorAccessProfile)target));

        Assert.Equal((RorAccessProfile)obtainedUnder, exception.ObtainedUnder);
        Assert.Equal((RorAccessProfile)target, exception.Target);
        Assert.Contains($"profile {obtainedUnder}", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    [InlineData(1, 0)]
    [InlineData(2, 3)]
    [InlineData(2, 0)]
    [InlineData(3, 0)]
    public void Covers_ViewOrder_WiderCoversNarrowerOnly(int wider, int narrower)
    {
        Assert.True(((RorAccessProfile)wider).Covers((RorAccessProfile)narrower), $"{wider} should cover {narrower}");
        Assert.False(((RorAccessProfile)narrower).Covers((RorAccessProfile)wider), $"{narrower} should not cover {wider}");
    }

    [Fact]
    public void Apply_UnknownProfileValue_ThrowsArgumentOutOfRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RorAccessPolicy.Apply(AccessFixture.Create(), RorAccessProfile.UnscheduledCareRegulation, (RorAccessProfile)7));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Apply_SameProfile_ReturnsEqualData(int profile)
    {
        var data = AccessFixture.Create();

        var result = RorAccessPolicy.Apply(data, (RorAccessProfile)profile, (RorAccessProfile)profile);

        Assert.Equal(AccessFixture.Create(), result);
        Assert.Empty(RorAccessPolicy.Explain(data, (RorAccessProfile)profile, (RorAccessProfile)profile));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public void Apply_NarrowerProfile_LeavesInputUnchanged(int target)
    {
        var data = AccessFixture.Create();

        var result = RorAccessPolicy.Apply(data, RorAccessProfile.UnscheduledCareRegulation, (RorAccessProfile)target);

        Assert.Equal(AccessFixture.Create(), data);
        Assert.NotEqual(data, result);
    }

    [Fact]
    public void Apply_Response_RecomputesFacilityNumberToTheUnitsKept()
    {
        var response = new CareServicesResponse { Outcome = new CareServicesResult { FacilityNumber = 4, QueryResult = AccessFixture.Create() } };

        var result = RorAccessPolicy.Apply(response, RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.HealthAndSocialCareOrientation);

        var outcome = Assert.IsType<CareServicesResult>(result.Outcome);
        Assert.Equal(3, outcome.FacilityNumber);
        Assert.DoesNotContain(outcome.QueryResult.Facilities, f => f.EntityId == "UE-SENS");
    }

    [Fact]
    public void Apply_ResponseWithoutFacilityNumber_KeepsItAbsent()
    {
        var response = new CareServicesResponse { Outcome = new CareServicesResult { QueryResult = AccessFixture.Create() } };

        var result = RorAccessPolicy.Apply(response, RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.PublicInformation);

        Assert.Null(Assert.IsType<CareServicesResult>(result.Outcome).FacilityNumber);
    }

    [Fact]
    public void Apply_ErrorResponse_ReturnsItUnchanged()
    {
        var response = new CareServicesResponse { Outcome = new CsdError { Code = 405 } };

        var result = RorAccessPolicy.Apply(response, RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.PublicInformation);

        Assert.Same(response, result);
    }

    [Fact]
    public void Apply_EquipmentHidden_DropsOnlyTheReferencesAndKeepsUnrelatedContent()
    {
        var result = RorAccessPolicy.Apply(AccessFixture.Create(), RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.SocialCareOrientation);

        var unit = Assert.Single(result.Facilities, f => f.EntityId == "UE-MCO");
        var extension = Assert.Single(unit.Extensions);
        Assert.Empty(extension.Equipment);
        Assert.Equal(20, extension.AccommodationCapacity?.Beds?.Total);
        Assert.Null(extension.AccommodationCapacity?.Beds?.Available);
        Assert.Equal(["0200000011", "0200000014"], extension.Contacts[0].ContactPoints.Select(p => p.Equipment));
    }

    [Fact]
    public void Apply_OnlyATelecomHidden_RemovesItFromTheKeptContact()
    {
        var unit = ModelFactory.InternalOrganization("UE", "4", null, ModelFactory.UnitExtension("01") with
        {
            Contacts = [ModelFactory.Contact("desk", "1", null, ModelFactory.Phone("0100000001", "1"), ModelFactory.Phone("0100000002", "3"))],
        });

        var result = RorAccessPolicy.Apply(new CsdDocument { Facilities = [unit] }, RorAccessProfile.UnscheduledCareRegulation, RorAccessProfile.HealthAndSocialCareOrientation);

        var contact = Assert.Single(result.Facilities[0].Extensions[0].Contacts);
        Assert.Equal(["0100000001"], contact.ContactPoints.Select(p => p.Equipment));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Apply_DeviceReferencedByNoUnit_HiddenFromProfile0Only(int target, bool visible)
    {
        var data = new CsdDocument { Devices = [ModelFactory.Device("ORPHAN")] };

        var result = RorAccessPolicy.Apply(data, RorAccessProfile.UnscheduledCareRegulation, (RorAccessProfile)target);

        Assert.Equal(visible, result.Devices.Any(d => d.EntityId == "ORPHAN"));
    }

    [Theory]
    [InlineData(0, false, true)]
    [InlineData(2, true, true)]
    [InlineData(3, false, true)]
    public void Apply_NativeTelecomOfOrganization_FollowsItsLevelOrCountsAsLevel3(int target, bool level2Visible, bool level1Visible)
    {
        var establishment = ModelFactory.Establishment("EG", "EJ", "1") with
        {
            ContactPoints = [ModelFactory.Phone("0100000001", "2"), ModelFactory.Phone("0100000002", null), ModelFactory.Phone("0100000003", "1")],
        };

        var result = RorAccessPolicy.Apply(new CsdDocument { Organizations = [establishment] }, RorAccessProfile.UnscheduledCareRegulation, (RorAccessProfile)target);

        var numbers = result.Organizations[0].ContactPoints.Select(p => p.Equipment).ToList();
        Assert.Equal(level2Visible, numbers.Contains("0100000001"));
        Assert.DoesNotContain("0100000002", numbers);
        Assert.Equal(level1Visible, numbers.Contains("0100000003"));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Apply_ProviderTelecomAndMailBoxOfLevel2_VisibleToProfile2Here(int target, bool visible)
    {
        var unit = ModelFactory.InternalOrganization("UE", "4", null, ModelFactory.UnitExtension("05"));
        var provider = ModelFactory.Provider("PR", ["UE"]) with
        {
            Extensions =
            [
                new ProviderExtension
                {
                    OperationalStatus = new OperationalStatus
                    {
                        ExerciseModeInUnit = ModelFactory.Code("S", "1.2.3"),
                        ContactPoint = ModelFactory.Phone("0600000001", "2"),
                        Record = ModelFactory.Record(),
                    },
                    MailBox = ModelFactory.MailBox("pr@example.mssante.fr", "2"),
                },
            ],
        };

        var result = RorAccessPolicy.Apply(new CsdDocument { Facilities = [unit], Providers = [provider] }, RorAccessProfile.UnscheduledCareRegulation, (RorAccessProfile)target);

        var extension = Assert.Single(Assert.Single(result.Providers).Extensions);
        Assert.Equal(visible, extension.OperationalStatus.ContactPoint is not null);
        Assert.Equal(visible, extension.MailBox is not null);
    }
}
