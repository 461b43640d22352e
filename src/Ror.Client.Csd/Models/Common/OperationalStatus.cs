using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The operational situation of a provider in a unit (situation opérationnelle).</summary>
/// <remarks>XSD type <c>operationalStatus</c>.</remarks>
[CsdTypeName("operationalStatus")]
public sealed record OperationalStatus
{
    /// <summary>Exercise mode in the unit, salaried or liberal (mode d'exercice dans l'OI); misspelled on the wire. Wire element <c>exerciceModeInUnit</c> (required).</summary>
    [CsdElementName("exerciceModeInUnit")]
    public required CodedType ExerciseModeInUnit { get; init; }

    /// <summary>Telecommunication address. Wire element <c>contactPoint</c> (optional).</summary>
    [CsdElementName("contactPoint")]
    public ContactPoint? ContactPoint { get; init; }

    /// <summary>Specific skills (compétences spécifiques), TRE_R243-CompetenceSpecifique. Wire element <c>specificSkills</c> (zero or more).</summary>
    [CsdElementName("specificSkills")]
    public EquatableList<CodedType> SpecificSkills { get; init; } = [];

    /// <summary>Hours (horaires). Wire element <c>operatingHours</c> (optional).</summary>
    [CsdElementName("operatingHours")]
    public OperatingHours? OperatingHours { get; init; }

    /// <summary>Health insurance agreement sector (secteur de conventionnement), TRE_R282-CNAMSecteurConventionnement. Wire element <c>agreementSector</c> (optional).</summary>
    [CsdElementName("agreementSector")]
    public CodedType? AgreementSector { get; init; }

    /// <summary>Adheres to the care access option (option de pratique tarifaire maîtrisée). Wire element <c>contractOptionHealthCareAccess</c> (optional).</summary>
    [CsdElementName("contractOptionHealthCareAccess")]
    public bool? ContractOptionHealthCareAccess { get; init; }

    /// <summary>Accepts the Vitale card (carte Vitale acceptée). Wire element <c>vitaleCardAccepted</c> (optional).</summary>
    [CsdElementName("vitaleCardAccepted")]
    public bool? VitaleCardAccepted { get; init; }

    /// <summary>Makes home visits (visite à domicile). Wire element <c>homeVisit</c> (optional).</summary>
    [CsdElementName("homeVisit")]
    public bool? HomeVisit { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
