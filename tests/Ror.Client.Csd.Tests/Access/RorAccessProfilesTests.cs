using Ror.Client.Csd.Access;

namespace Ror.Client.Csd.Tests.Access;

public class RorAccessProfilesTests
{
    [Theory]
    [InlineData(RorAccessProfile.PublicInformation, "CU23", 0)]
    [InlineData(RorAccessProfile.UnscheduledCareRegulation, "CU22", 1)]
    [InlineData(RorAccessProfile.HealthAndSocialCareOrientation, "CU20", 2)]
    [InlineData(RorAccessProfile.SocialCareOrientation, "CU19", 3)]
    public void UserProfileCode_MatchesAnsTable(RorAccessProfile profile, string code, int number)
    {
        Assert.Equal(code, profile.GetUserProfileCode());
        Assert.Equal(profile, RorAccessProfiles.FromUserProfileCode(code));
        Assert.Equal(profile, RorAccessProfiles.FromUserProfileCode(" " + code.ToLowerInvariant() + " "));
        Assert.Equal(profile, RorAccessProfiles.FromNumber(number));
        Assert.False(string.IsNullOrEmpty(profile.GetDisplayName()));
    }

    [Theory]
    [InlineData("CU21")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFromUserProfileCode_UnknownCode_ReturnsFalse(string? code)
    {
        Assert.False(RorAccessProfiles.TryFromUserProfileCode(code, out _));
    }

    [Fact]
    public void FromNumber_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RorAccessProfiles.FromNumber(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RorAccessProfile)7).GetUserProfileCode());
    }

    [Fact]
    public void All_ListsFourProfilesInOrder()
    {
        Assert.Equal([0, 1, 2, 3], RorAccessProfiles.All.Select(p => (int)p));
    }
}
