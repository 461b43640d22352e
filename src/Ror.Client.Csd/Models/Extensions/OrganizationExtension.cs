using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of an organization (EJ or EG).</summary>
/// <remarks>XSD type <c>organisationExtension</c>.</remarks>
[CsdTypeName("organisationExtension")]
public sealed record OrganizationExtension : CsdExtension
{
    /// <summary>Contacts (contacts). Wire element <c>contact</c> (zero or more).</summary>
    [CsdElementName("contact")]
    public EquatableList<Contact> Contacts { get; init; } = [];

    /// <summary>Usual name (nom d'usage). Wire element <c>useName</c> (optional).</summary>
    [CsdElementName("useName")]
    public string? UseName { get; init; }

    /// <summary>Health territories (territoires de santé). Wire element <c>healthCareTerritorial</c> (zero or more).</summary>
    [CsdElementName("healthCareTerritorial")]
    public EquatableList<TerritorialDivision> HealthCareTerritories { get; init; } = [];

    /// <summary>Place (lieu). Wire element <c>location</c> (optional).</summary>
    [CsdElementName("location")]
    public Location? Location { get; init; }

    /// <summary>Prices of the establishment (tarifs). Wire element <c>price</c> (zero or more).</summary>
    [CsdElementName("price")]
    public EquatableList<Price> Prices { get; init; } = [];

    /// <summary>Helicopter landing zone (zone de poser hélicoptère). Wire element <c>dropZone</c> (optional).</summary>
    [CsdElementName("dropZone")]
    public bool? DropZone { get; init; }

    /// <summary>Financial help accepted (aide financière), TRE_R241-AideFinanciere. Wire element <c>financialHelpType</c> (zero or more).</summary>
    [CsdElementName("financialHelpType")]
    public EquatableList<CodedType> FinancialHelpTypes { get; init; } = [];

    /// <summary>Accommodation for relatives (hébergement des familles); misspelled on the wire. Wire element <c>accomodationFamily</c> (optional).</summary>
    [CsdElementName("accomodationFamily")]
    public bool? AccommodationForFamily { get; init; }

    /// <summary>Temporary places with social aid (places habilitées à l'aide sociale, temporaire); misspelled on the wire. Wire element <c>nbTemporarySocialeHelpPlace</c> (optional).</summary>
    [CsdElementName("nbTemporarySocialeHelpPlace")]
    public int? TemporarySocialHelpPlaces { get; init; }

    /// <summary>Permanent places with social aid (places habilitées à l'aide sociale, permanent). Wire element <c>nbPermanentSocialHelpPlace</c> (optional).</summary>
    [CsdElementName("nbPermanentSocialHelpPlace")]
    public int? PermanentSocialHelpPlaces { get; init; }

    /// <summary>Authorised for care without consent (soins sans consentement). Wire element <c>careWithoutPatientApproval</c> (optional).</summary>
    [CsdElementName("careWithoutPatientApproval")]
    public bool? CareWithoutPatientApproval { get; init; }

    /// <summary>Creation date (date de création). Wire element <c>creationDate</c> (optional).</summary>
    [CsdElementName("creationDate")]
    public DateOnly? CreationDate { get; init; }

    /// <summary>Closing date (date de fermeture). Wire element <c>closingDate</c> (optional).</summary>
    [CsdElementName("closingDate")]
    public DateOnly? ClosingDate { get; init; }

    /// <summary>Type of closure (type de fermeture). Wire element <c>closingReason</c> (optional).</summary>
    [CsdElementName("closingReason")]
    public CodedType? ClosingReason { get; init; }

    /// <summary>Accessibility of the place (accessibilité du lieu), TRE_R202-AccessibiliteLieu. Wire element <c>accessibilityLocation</c> (optional).</summary>
    [CsdElementName("accessibilityLocation")]
    public CodedType? AccessibilityLocation { get; init; }

    /// <summary>ORSAN recourse level (niveau de recours ORSAN), TRE_R284-NiveauRecoursORSAN. Wire element <c>levelRecourseORSAN</c> (optional).</summary>
    [CsdElementName("levelRecourseORSAN")]
    public CodedType? OrsanRecourseLevel { get; init; }
}
