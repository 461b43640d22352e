using Ror.Client.Csd.Models;
using Ror.Client.Csd.Offer;

namespace Ror.Client.Csd.Access;

/// <summary>
/// The ROR access policy (RG_ALIM_050 to RG_ALIM_053) as a pure function over the models: hides from a
/// document what a narrower access profile must not see, so that data received under a broad profile never
/// reaches users entitled to less. The rules are listed in <see cref="RorAccessRules"/>.
/// </summary>
/// <remarks>
/// <para>Profiles are ordered by what they see: 0 ⊂ 3 ⊂ 2 ⊂ 1. Data obtained under one profile can be shown
/// under the same or a narrower one, never a wider one.</para>
/// <para>Inputs are never modified: a new document is returned, sharing the unchanged parts. Data is trusted
/// to respect the profile it was obtained under, so asking for that same profile returns it as is.</para>
/// <para>Choices where the table of the specification is silent: a contact without a known confidentiality
/// level (native CSD contact, unknown code) is treated as level 3; a telecom without its own level takes its
/// contact's level (RG_EXP_034 makes it the lower bound); a native telecom without level is level 3; a secure
/// mailbox is filtered only when it states a level. A unit is medico-social when one of its activity fields
/// is <c>04</c>; an EG or EJ, a service or a device when one of its units is. A provider's activity fields are
/// those of the units it is attached to, else those of the UE of its establishments. Every unit flagged
/// <c>sensitiveUnit</c> (at any level) is removed with its sub-units; services and devices referenced only by
/// removed units, and providers whose every link pointed to them, go too.</para>
/// </remarks>
public static class RorAccessPolicy
{
    /// <summary>Whether a profile sees everything another one sees (0 ⊂ 3 ⊂ 2 ⊂ 1).</summary>
    /// <param name="profile">The profile that should see more or as much.</param>
    /// <param name="other">The profile that should see less or as much.</param>
    /// <returns><see langword="true"/> when <paramref name="profile"/> covers <paramref name="other"/>.</returns>
    public static bool Covers(this RorAccessProfile profile, RorAccessProfile other) => Width(profile) >= Width(other);

    /// <summary>Hides from a document what a target profile must not see.</summary>
    /// <param name="data">The document, as received from the ROR.</param>
    /// <param name="obtainedUnder">The profile the document was obtained under (the application's profile).</param>
    /// <param name="target">The profile of the user who will see the result.</param>
    /// <returns>A new document; equal to <paramref name="data"/> when both profiles are the same.</returns>
    /// <exception cref="RorAccessPolicyException"><paramref name="target"/> sees more than <paramref name="obtainedUnder"/>.</exception>
    public static CsdDocument Apply(CsdDocument data, RorAccessProfile obtainedUnder, RorAccessProfile target)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Check(obtainedUnder, target))
        {
            return data;
        }

        return AccessFilter.Run(data, target).Document;
    }

    /// <summary>
    /// Hides from an answer what a target profile must not see: the <c>queryResult</c> is filtered and
    /// <c>facilityNumber</c>, when present, becomes the number of UE kept (RG_ALIM_019). Errors are returned as is.
    /// </summary>
    /// <param name="response">The answer of a Lecture transaction.</param>
    /// <param name="obtainedUnder">The profile the answer was obtained under.</param>
    /// <param name="target">The profile of the user who will see the result.</param>
    /// <returns>A new answer.</returns>
    /// <exception cref="RorAccessPolicyException"><paramref name="target"/> sees more than <paramref name="obtainedUnder"/>.</exception>
    public static CareServicesResponse Apply(CareServicesResponse response, RorAccessProfile obtainedUnder, RorAccessProfile target)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!Check(obtainedUnder, target) || response.Outcome is not CareServicesResult result)
        {
            return response;
        }

        var document = AccessFilter.Run(result.QueryResult, target).Document;
        return response with
        {
            Outcome = result with
            {
                QueryResult = document,
                FacilityNumber = result.FacilityNumber is null ? null : RorOfferClassification.CountElementaryUnits(document),
            },
        };
    }

    /// <summary>
    /// Lists what <see cref="Apply(CsdDocument, RorAccessProfile, RorAccessProfile)"/> removes, element by
    /// element, with the rule and its explanation: to show users why something is hidden.
    /// </summary>
    /// <param name="data">The document, as received from the ROR.</param>
    /// <param name="obtainedUnder">The profile the document was obtained under.</param>
    /// <param name="target">The profile of the user.</param>
    /// <returns>One decision per removed element, in document order of the directories
    /// (facilities, organizations, services, providers, devices); empty when both profiles are the same.</returns>
    /// <exception cref="RorAccessPolicyException"><paramref name="target"/> sees more than <paramref name="obtainedUnder"/>.</exception>
    public static IReadOnlyList<RorAccessDecision> Explain(CsdDocument data, RorAccessProfile obtainedUnder, RorAccessProfile target)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Check(obtainedUnder, target))
        {
            return [];
        }

        return AccessFilter.Run(data, target).Decisions;
    }

    /// <summary>Validates the pair of profiles.</summary>
    /// <returns><see langword="false"/> when there is nothing to filter (same profile).</returns>
    private static bool Check(RorAccessProfile obtainedUnder, RorAccessProfile target)
    {
        _ = Width(obtainedUnder);
        _ = Width(target);
        if (!obtainedUnder.Covers(target))
        {
            throw new RorAccessPolicyException(obtainedUnder, target);
        }

        return obtainedUnder != target;
    }

    private static int Width(RorAccessProfile profile) => profile switch
    {
        RorAccessProfile.PublicInformation => 0,
        RorAccessProfile.SocialCareOrientation => 1,
        RorAccessProfile.HealthAndSocialCareOrientation => 2,
        RorAccessProfile.UnscheduledCareRegulation => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "The CSD MEV 2.4 interface has profiles 0 to 3 only."),
    };
}
