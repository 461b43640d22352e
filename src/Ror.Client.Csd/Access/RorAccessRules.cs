namespace Ror.Client.Csd.Access;

/// <summary>
/// The catalogue of the ROR access-policy rules applied by <see cref="RorAccessPolicy"/>, derived from the
/// access-profile table of the ROR CSD specification (RG_ALIM_050 to RG_ALIM_053).
/// </summary>
/// <remarks>
/// Profile 1 (RG_ALIM_051) sees all data, so it has no rule. "Medico-social" means activity field (champ
/// d'activité, TRE_R227) <c>04</c>: a unit is medico-social when one of its <c>typeActivity</c> is <c>04</c>, an EG
/// or EJ when one of its UE is.
/// </remarks>
public static class RorAccessRules
{
    private static readonly Dictionary<(RorAccessProfile Profile, string Topic), RorAccessRule> Rules = Build();

    /// <summary>Every rule, by profile (0, 2, 3) then topic.</summary>
    public static IReadOnlyList<RorAccessRule> All { get; } =
        [.. Rules.Values.OrderBy(rule => rule.Profile).ThenBy(rule => rule.Topic, StringComparer.Ordinal)];

    /// <summary>The rules that restrict a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The rules (none for profile 1).</returns>
    public static IReadOnlyList<RorAccessRule> For(RorAccessProfile profile) => [.. All.Where(rule => rule.Profile == profile)];

    /// <summary>The rule of a profile for a topic.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="topic">One of <see cref="RorAccessTopics"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">The profile sees this data: it has no such rule.</exception>
    public static RorAccessRule Get(RorAccessProfile profile, string topic) =>
        Rules.TryGetValue((profile, topic), out var rule)
            ? rule
            : throw new KeyNotFoundException($"Access profile {(int)profile} has no rule '{topic}': it sees this data.");

    /// <summary>The ANS rule that defines a profile: RG_ALIM_050 (0), RG_ALIM_051 (1), RG_ALIM_052 (2), RG_ALIM_053 (3).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The rule identifier.</returns>
    public static string GetProfileRuleId(RorAccessProfile profile) => profile switch
    {
        RorAccessProfile.PublicInformation => "RG_ALIM_050",
        RorAccessProfile.UnscheduledCareRegulation => "RG_ALIM_051",
        RorAccessProfile.HealthAndSocialCareOrientation => "RG_ALIM_052",
        RorAccessProfile.SocialCareOrientation => "RG_ALIM_053",
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "The CSD MEV 2.4 interface has profiles 0 to 3 only."),
    };

    private static Dictionary<(RorAccessProfile, string), RorAccessRule> Build()
    {
        const RorAccessProfile P0 = RorAccessProfile.PublicInformation;
        const RorAccessProfile P2 = RorAccessProfile.HealthAndSocialCareOrientation;
        const RorAccessProfile P3 = RorAccessProfile.SocialCareOrientation;
        var rules = new Dictionary<(RorAccessProfile, string), RorAccessRule>();

        void Add(string topic, string explanation, params RorAccessProfile[] profiles)
        {
            foreach (var profile in profiles)
            {
                rules.Add((profile, topic), new RorAccessRule
                {
                    Id = $"{GetProfileRuleId(profile)}/{topic}",
                    Profile = profile,
                    Topic = topic,
                    Explanation = $"Profile {(int)profile} ({profile.GetDisplayName()}): {explanation}",
                });
            }
        }

        Add(RorAccessTopics.ContactLevel2, "contacts of confidentiality level 2 (restricted) are shown to profiles 1 and 2, and to profile 3 only for medico-social (champ 04) entities; the contact's telecoms are hidden with it (RG_EXP_034).", P0, P3);
        Add(RorAccessTopics.ContactLevel3, "contacts of confidentiality level 3 (very restricted) are shown to profile 1 only; the contact's telecoms are hidden with it (RG_EXP_034).", P0, P2, P3);
        Add(RorAccessTopics.ContactLevelUnknown, "a contact without a known confidentiality level (native CSD contact, missing or unknown code) is treated as level 3 (very restricted), shown to profile 1 only.", P0, P2, P3);
        Add(RorAccessTopics.ContactPointLevel2, "telecoms and secure mailboxes of confidentiality level 2 (restricted) are shown to profiles 1 and 2, and to profile 3 only for medico-social (champ 04) entities.", P0, P3);
        Add(RorAccessTopics.ContactPointLevel3, "telecoms and secure mailboxes of confidentiality level 3 (very restricted) are shown to profile 1 only.", P0, P2, P3);
        Add(RorAccessTopics.ContactPointLevelUnknown, "a native telecom without a known confidentiality level is treated as level 3 (very restricted), shown to profile 1 only.", P0, P2, P3);
        Add(RorAccessTopics.DropZone, "the helicopter landing zone (dropZone) is shown to profile 1 only.", P0, P2, P3);
        Add(RorAccessTopics.OrsanRecourseLevel, "the ORSAN recourse level (levelRecourseORSAN) is shown to profile 1 only.", P0, P2, P3);
        Add(RorAccessTopics.Availability, "the availability of beds and places (available count and its update date) is shown to profiles 1 and 2 only; the total stays.", P0, P3);
        Add(RorAccessTopics.CrisisCapacity, "the crisis accommodation capacity is shown to profile 1 only.", P0, P2, P3);
        Add(RorAccessTopics.ResourceSkills, "the skills of a unit (resourcesSkills) are shown to profiles 1 and 2, and to profile 3 only for medico-social (champ 04) units.", P0, P3);
        Add(RorAccessTopics.Equipment, "the specific equipment of a unit is shown to profiles 1 and 2, and to profile 3 only for medico-social (champ 04) units.", P0, P3);
        Add(RorAccessTopics.CareSpeciality, "care specialisations (takingCareSpeciality) are shown to profiles 1 and 2, and to profile 3 only for medico-social (champ 04) units.", P0, P3);
        Add(RorAccessTopics.SpecificAct, "specific acts (specificAct) are shown to profiles 1 and 2, and to profile 3 only for medico-social (champ 04) units.", P0, P3);
        Add(RorAccessTopics.Comments, "comments (record/extension/comments) are shown to profiles 1 and 2, and to profile 3 only for medico-social (champ 04) entities.", P0, P3);
        Add(RorAccessTopics.SensitiveUnit, "sensitive units (sensitiveUnit = true) and everything in them, including the links of professionals to them, are shown to profile 1 only.", P0, P2, P3);
        Add(RorAccessTopics.UnreferencedService, "an operational activity referenced only by hidden units is hidden with them.", P0, P2, P3);
        Add(RorAccessTopics.UnreferencedDevice, "a specific equipment referenced only by hidden units or hidden equipment links is hidden with them.", P0, P2, P3);
        Add(RorAccessTopics.UnlinkedProvider, "a professional whose every link pointed to hidden units is hidden with them.", P0, P2, P3);
        Add(RorAccessTopics.ProviderActivityField, "professionals are shown to profile 0 only for ambulatory (champ 05) units, to profile 3 only for medico-social and ambulatory (champs 04, 05) units, to profiles 1 and 2 always.", P0, P3);
        return rules;
    }
}
