using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A price of an establishment (tarif), e.g. for a nursing home.</summary>
/// <remarks>XSD type <c>Price</c>.</remarks>
[CsdTypeName("Price")]
public sealed record Price
{
    /// <summary>The kind of price (type de tarif), TRE_R246-TypeTarif. Wire element <c>priceType</c> (required).</summary>
    [CsdElementName("priceType")]
    public required CodedType PriceType { get; init; }

    /// <summary>The unit the price applies to (unité de prix), TRE_R228-UnitePrix. Wire element <c>priceUnit</c> (required).</summary>
    [CsdElementName("priceUnit")]
    public required CodedType PriceUnit { get; init; }

    /// <summary>The amount and currency (montant). The element is named <c>price</c> and has the XSD type <c>priceType</c>. Wire element <c>price</c> (required).</summary>
    [CsdElementName("price")]
    public required PriceAmount Amount { get; init; }

    /// <summary>When the price was updated (date de mise à jour). Wire element <c>updateDate</c> (optional).</summary>
    [CsdElementName("updateDate")]
    public DateOnly? UpdateDate { get; init; }

    /// <summary>What the price is for: exactly one of seven variants. Wire: one of the elements <c>basePackageAccomodation</c>, <c>mealDelivery</c>, <c>homeDay</c>, <c>dependencyPrice</c>, <c>surchargePriceResidential</c>, <c>humanHelpPrice</c>, <c>surchargePrice</c> (required).</summary>
    [CsdElementName("basePackageAccomodation", ChoiceType = typeof(BasePackageAccommodationPrice))]
    [CsdElementName("mealDelivery", ChoiceType = typeof(MealDeliveryPrice))]
    [CsdElementName("homeDay", ChoiceType = typeof(HomeDayPrice))]
    [CsdElementName("dependencyPrice", ChoiceType = typeof(DependencyPrice))]
    [CsdElementName("surchargePriceResidential", ChoiceType = typeof(ResidentialSurchargePrice))]
    [CsdElementName("humanHelpPrice", ChoiceType = typeof(HumanHelpPrice))]
    [CsdElementName("surchargePrice", ChoiceType = typeof(OtherSurchargePrice))]
    public required PriceDetails Details { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
