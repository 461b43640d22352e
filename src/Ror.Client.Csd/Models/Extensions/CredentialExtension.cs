using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of a credential: the qualification detail (savoir-faire).</summary>
/// <remarks>XSD type <c>credentialsExtension</c>.</remarks>
[CsdTypeName("credentialsExtension")]
public sealed record CredentialExtension : CsdExtension
{
    /// <summary>Ordinal speciality (spécialité ordinale), TRE_R38-SpecialiteOrdinale (the XSD annotation says TRE_R04). Wire element <c>speciality</c> (optional).</summary>
    [CsdElementName("speciality")]
    public CodedType? Speciality { get; init; }

    /// <summary>Competence (compétence), TRE_R39-Competence. Wire element <c>competence</c> (optional).</summary>
    [CsdElementName("competence")]
    public CodedType? Competence { get; init; }

    /// <summary>Exclusive competence (compétence exclusive), TRE_R40-CompetenceExclusive. Wire element <c>exclusiveCompetence</c> (optional).</summary>
    [CsdElementName("exclusiveCompetence")]
    public CodedType? ExclusiveCompetence { get; init; }

    /// <summary>Particular orientation (orientation particulière), TRE_G13-OrientationParticuliere. Wire element <c>particularSkills</c> (optional).</summary>
    [CsdElementName("particularSkills")]
    public CodedType? ParticularSkills { get; init; }

    /// <summary>Capacity (capacité), TRE_R43-CapaciteSavoirFaire. Wire element <c>capacity</c> (optional).</summary>
    [CsdElementName("capacity")]
    public CodedType? Capacity { get; init; }

    /// <summary>PAC qualification (qualification PAC), TRE_R44-QualificationPAC. Wire element <c>qualificationPAC</c> (optional).</summary>
    [CsdElementName("qualificationPAC")]
    public CodedType? PacQualification { get; init; }

    /// <summary>Non-qualifying DESC (DESC non qualifiant), TRE_R42-DESCnonQualifiant. Wire element <c>DESCNonQualifiant</c> (optional).</summary>
    [CsdElementName("DESCNonQualifiant")]
    public CodedType? NonQualifyingDesc { get; init; }

    /// <summary>Complementary practice right (droit d'exercice complémentaire), TRE_R97-DroitExerciceCompl. Wire element <c>complementarySkills</c> (optional).</summary>
    [CsdElementName("complementarySkills")]
    public CodedType? ComplementarySkills { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
