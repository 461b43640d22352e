using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of a facility (OI, including UE): the offer.</summary>
/// <remarks>XSD type <c>facilityExtension</c>.</remarks>
[CsdTypeName("facilityExtension")]
public sealed record FacilityExtension : CsdExtension
{
    /// <summary>Contacts (contacts). Wire element <c>contact</c> (zero or more).</summary>
    [CsdElementName("contact")]
    public EquatableList<Contact> Contacts { get; init; } = [];

    /// <summary>Secure messaging mailboxes (BAL MSSanté). Wire element <c>mailBoxMSS</c> (zero or more).</summary>
    [CsdElementName("mailBoxMSS")]
    public EquatableList<MailBoxMss> MailBoxes { get; init; } = [];

    /// <summary>Permanent closing date (date de fermeture définitive). Wire element <c>finalClosingDate</c> (optional).</summary>
    [CsdElementName("finalClosingDate")]
    public DateOnly? FinalClosingDate { get; init; }

    /// <summary>Creation date (date de création). Wire element <c>creationDate</c> (optional).</summary>
    [CsdElementName("creationDate")]
    public DateOnly? CreationDate { get; init; }

    /// <summary>Activity fields (champ d'activité), TRE_R227-ChampActivite. Wire element <c>typeActivity</c> (one or more).</summary>
    [CsdElementName("typeActivity")]
    public EquatableList<CodedType> ActivityTypes { get; init; } = [];

    /// <summary>Care mode (mode de prise en charge), TRE_R213-ModePriseEnCharge. Wire element <c>careMode</c> (required).</summary>
    [CsdElementName("careMode")]
    public required CodedType CareMode { get; init; }

    /// <summary>The patients taken in charge (patientèle). Wire element <c>patientsType</c> (required).</summary>
    [CsdElementName("patientsType")]
    public required PatientType PatientType { get; init; }

    /// <summary>Beds and places (capacité d'accueil). Wire element <c>accommodationCapacity</c> (optional).</summary>
    [CsdElementName("accommodationCapacity")]
    public AccommodationCapacity? AccommodationCapacity { get; init; }

    /// <summary>Crisis capacity (capacité d'accueil en situation de crise); misspelled on the wire. Wire element <c>crisisAccomodationCapacity</c> (optional).</summary>
    [CsdElementName("crisisAccomodationCapacity")]
    public CrisisAccommodationCapacity? CrisisAccommodationCapacity { get; init; }

    /// <summary>Housing capacity by type (capacité d'habitation); misspelled on the wire. Wire element <c>residentialCapactity</c> (zero or more).</summary>
    [CsdElementName("residentialCapactity")]
    public EquatableList<ResidentialCapacity> ResidentialCapacities { get; init; } = [];

    /// <summary>Skills available (compétences ressources). Wire element <c>resourcesSkills</c> (optional).</summary>
    [CsdElementName("resourcesSkills")]
    public ResourceSkills? ResourceSkills { get; init; }

    /// <summary>Specific equipment, links to the device directory (équipements spécifiques). Wire element <c>equipment</c> (zero or more).</summary>
    [CsdElementName("equipment")]
    public EquatableList<EntityReference> Equipment { get; init; } = [];

    /// <summary>Reception temporality (temporalité d'accueil), TRE_R240-TemporaliteAccueil. Wire element <c>receptionType</c> (optional).</summary>
    [CsdElementName("receptionType")]
    public CodedType? ReceptionType { get; init; }

    /// <summary>Sequential reception accepted (accueil séquentiel). Wire element <c>receptionMode</c> (optional).</summary>
    [CsdElementName("receptionMode")]
    public bool? SequentialReception { get; init; }

    /// <summary>Care specializations (spécialisation de prise en charge), TRE_R245-SpecialisationDePriseEnCharge. Wire element <c>takingCareSpeciality</c> (zero or more).</summary>
    [CsdElementName("takingCareSpeciality")]
    public EquatableList<CodedType> CareSpecializations { get; init; } = [];

    /// <summary>Organisation category (catégorie d'organisation), TRE_R244-CategorieOrganisation. Wire element <c>facilityType</c> (optional).</summary>
    [CsdElementName("facilityType")]
    public CodedType? FacilityType { get; init; }

    /// <summary>Place (lieu). Wire element <c>location</c> (optional).</summary>
    [CsdElementName("location")]
    public Location? Location { get; init; }

    /// <summary>Intervention area (zone d'intervention). Wire element <c>interventionZone</c> (zero or more).</summary>
    [CsdElementName("interventionZone")]
    public EquatableList<TerritorialDivision> InterventionZones { get; init; } = [];

    /// <summary>Annual opening (ouverture annuelle), TRE_R238-OuvertureAnnuelle; misspelled on the wire. Wire element <c>annualOpenning</c> (optional).</summary>
    [CsdElementName("annualOpenning")]
    public CodedType? AnnualOpening { get; init; }

    /// <summary>Psychiatric sectors (secteurs psychiatriques). Wire element <c>psychiatricSector</c> (zero or more).</summary>
    [CsdElementName("psychiatricSector")]
    public EquatableList<string> PsychiatricSectors { get; init; } = [];

    /// <summary>Specific acts (actes spécifiques), TRE_R210-ActeSpecifique. Wire element <c>specificAct</c> (zero or more).</summary>
    [CsdElementName("specificAct")]
    public EquatableList<CodedType> SpecificActs { get; init; } = [];

    /// <summary>The parent internal organisation (OI de rattachement). Wire element <c>parentFacility</c> (optional).</summary>
    [CsdElementName("parentFacility")]
    public EntityReference? ParentFacility { get; init; }

    /// <summary>Management mode (mode de gestion), TRE_R236-ModeGestion. Wire element <c>managementType</c> (zero or more).</summary>
    [CsdElementName("managementType")]
    public EquatableList<CodedType> ManagementTypes { get; init; } = [];

    /// <summary>Maternity type (type de maternité), TRE_R253-TypeMaternite. Wire element <c>maternityHospitalType</c> (optional).</summary>
    [CsdElementName("maternityHospitalType")]
    public CodedType? MaternityType { get; init; }

    /// <summary>Sensitive unit (unité sensible), hidden from most access profiles. Wire element <c>sensitiveUnit</c> (required).</summary>
    [CsdElementName("sensitiveUnit")]
    public required bool IsSensitiveUnit { get; init; }
}
