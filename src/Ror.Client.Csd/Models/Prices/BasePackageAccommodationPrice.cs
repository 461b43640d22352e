using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Base accommodation package price (tarif hébergement forfait socle). The XSD name is misspelled <c>basePackageAccomodation</c>.</summary>
/// <remarks>XSD type <c>basePackageAccomodation</c>.</remarks>
[CsdTypeName("basePackageAccomodation")]
public sealed record BasePackageAccommodationPrice : PriceDetails
{
    /// <summary>Whether the price applies to residents under 60 (moins de 60 ans). Wire element <c>under60</c> (required).</summary>
    [CsdElementName("under60")]
    public required bool Under60 { get; init; }

    /// <summary>Services included (prestations incluses). Wire element <c>deliveryIncluded</c> (zero or more).</summary>
    [CsdElementName("deliveryIncluded")]
    public EquatableList<CodedType> IncludedServices { get; init; } = [];

    /// <summary>Other services included, as free text (autres prestations incluses). Wire element <c>othersDeliveryIncluded</c> (zero or more).</summary>
    [CsdElementName("othersDeliveryIncluded")]
    public EquatableList<string> OtherIncludedServices { get; init; } = [];

    /// <summary>Type of housing (type d'habitation), TRE_R242-TypeHabitation. Wire element <c>residentialType</c> (required).</summary>
    [CsdElementName("residentialType")]
    public required CodedType ResidentialType { get; init; }

    /// <summary>Price condition (condition tarifaire), TRE_R250-ConditionTarifaire. Wire element <c>specialPrice</c> (optional).</summary>
    [CsdElementName("specialPrice")]
    public CodedType? SpecialPrice { get; init; }

    /// <summary>Reception temporality (temporalité d'accueil), TRE_R240-TemporaliteAccueil. Wire element <c>welcomeType</c> (required).</summary>
    [CsdElementName("welcomeType")]
    public required CodedType WelcomeType { get; init; }
}
