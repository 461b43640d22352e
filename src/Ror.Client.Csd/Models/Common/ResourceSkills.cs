using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Skills available in a unit (compétences ressources).</summary>
/// <remarks>XSD type <c>resourceSkills</c>.</remarks>
[CsdTypeName("resourceSkills")]
public sealed record ResourceSkills
{
    /// <summary>Professions (professions), TRE_G15-ProfessionSante. Wire element <c>profession</c> (zero or more).</summary>
    [CsdElementName("profession")]
    public EquatableList<CodedType> Professions { get; init; } = [];

    /// <summary>Medical specialities (spécialités ordinales), TRE_R38-SpecialiteOrdinale. Wire element <c>medicalSpeciality</c> (zero or more).</summary>
    [CsdElementName("medicalSpeciality")]
    public EquatableList<CodedType> MedicalSpecialities { get; init; } = [];

    /// <summary>Specific skills (compétences spécifiques), TRE_R243-CompetenceSpecifique. Wire element <c>specificSkills</c> (zero or more).</summary>
    [CsdElementName("specificSkills")]
    public EquatableList<CodedType> SpecificSkills { get; init; } = [];

    /// <summary>Metadata (optional here, unlike elsewhere). Wire element <c>record</c> (optional).</summary>
    [CsdElementName("record")]
    public Metadata? Record { get; init; }
}
