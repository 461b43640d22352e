using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;

namespace Ror.Cli.Infrastructure;

/// <summary>Applies <c>--profile</c>: the data as a user of that access profile may see it (RG_ALIM_050–053).</summary>
internal static class ProfileView
{
    public static CsdDocument Apply(CsdDocument document, RorAccessProfile obtainedUnder, int? profile)
    {
        if (profile is null)
        {
            return document;
        }

        var target = RorAccessProfiles.FromNumber(profile.Value);
        if (!obtainedUnder.Covers(target))
        {
            throw CliException.Usage($"--profile {profile}: the data is obtained under profile {(int)obtainedUnder}, which shows less than profile {profile}.");
        }

        return RorAccessPolicy.Apply(document, obtainedUnder, target);
    }
}
