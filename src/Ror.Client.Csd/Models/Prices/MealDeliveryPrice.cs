using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Meal delivery price (tarif portage de repas).</summary>
/// <remarks>XSD type <c>mealDelivery</c>.</remarks>
[CsdTypeName("mealDelivery")]
public sealed record MealDeliveryPrice : PriceDetails
{
    /// <summary>Price condition (condition tarifaire), TRE_R250-ConditionTarifaire. Wire element <c>specialPrice</c> (optional).</summary>
    [CsdElementName("specialPrice")]
    public CodedType? SpecialPrice { get; init; }

    /// <summary>Name of the meal service (nom de la prestation). Wire element <c>mealDeliveryName</c> (optional).</summary>
    [CsdElementName("mealDeliveryName")]
    public string? Name { get; init; }
}
