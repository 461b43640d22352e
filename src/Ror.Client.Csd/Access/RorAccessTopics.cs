namespace Ror.Client.Csd.Access;

/// <summary>
/// The kinds of data the access policy filters. Combined with the rule of a profile they make the
/// identifier of a <see cref="RorAccessRule"/>, e.g. <c>RG_ALIM_052/contact-level-3</c>.
/// </summary>
public static class RorAccessTopics
{
    /// <summary>A contact (<c>extension/contact</c>) of confidentiality level 2, restricted, with its telecoms.</summary>
    public const string ContactLevel2 = "contact-level-2";

    /// <summary>A contact of confidentiality level 3, very restricted, with its telecoms.</summary>
    public const string ContactLevel3 = "contact-level-3";

    /// <summary>A contact without a usable confidentiality level (native CSD <c>contact</c>, unknown code): treated as level 3.</summary>
    public const string ContactLevelUnknown = "contact-level-unknown";

    /// <summary>A telecom (<c>contactPoint</c>) or a secure mailbox (<c>mailBoxMSS</c>) of level 2.</summary>
    public const string ContactPointLevel2 = "contact-point-level-2";

    /// <summary>A telecom or a secure mailbox of level 3.</summary>
    public const string ContactPointLevel3 = "contact-point-level-3";

    /// <summary>A native telecom of an organization or facility without a usable level: treated as level 3.</summary>
    public const string ContactPointLevelUnknown = "contact-point-level-unknown";

    /// <summary><c>dropZone</c> (helicopter landing zone) of an organization.</summary>
    public const string DropZone = "drop-zone";

    /// <summary><c>levelRecourseORSAN</c> of an organization.</summary>
    public const string OrsanRecourseLevel = "orsan-recourse-level";

    /// <summary>The availability of beds and places (<c>@avaible</c>, <c>@updateDate</c>); <c>@total</c> stays.</summary>
    public const string Availability = "availability";

    /// <summary><c>crisisAccomodationCapacity</c>.</summary>
    public const string CrisisCapacity = "crisis-capacity";

    /// <summary><c>resourcesSkills</c>.</summary>
    public const string ResourceSkills = "resource-skills";

    /// <summary><c>equipment</c> references of a unit (and devices only they referenced).</summary>
    public const string Equipment = "equipment";

    /// <summary><c>takingCareSpeciality</c>.</summary>
    public const string CareSpeciality = "care-speciality";

    /// <summary><c>specificAct</c>.</summary>
    public const string SpecificAct = "specific-act";

    /// <summary><c>record/extension/comments</c>, on every record.</summary>
    public const string Comments = "comments";

    /// <summary>An internal organisation with <c>sensitiveUnit = true</c>, its sub-units, and the provider links to them.</summary>
    public const string SensitiveUnit = "sensitive-unit";

    /// <summary>A service no longer referenced by any remaining internal organisation.</summary>
    public const string UnreferencedService = "unreferenced-service";

    /// <summary>A device no longer referenced by any remaining <c>equipment</c>.</summary>
    public const string UnreferencedDevice = "unreferenced-device";

    /// <summary>A provider left without any link once the links to removed units are gone.</summary>
    public const string UnlinkedProvider = "unlinked-provider";

    /// <summary>A provider (professional) outside the activity fields the profile sees.</summary>
    public const string ProviderActivityField = "provider-activity-field";
}
