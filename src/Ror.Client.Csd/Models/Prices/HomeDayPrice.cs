using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Day-care price (tarif accueil de jour).</summary>
/// <remarks>XSD type <c>homeDay</c>.</remarks>
[CsdTypeName("homeDay")]
public sealed record HomeDayPrice : PriceDetails
{
    /// <summary>Price condition (condition tarifaire), TRE_R250-ConditionTarifaire. Wire element <c>specialPrice</c> (optional).</summary>
    [CsdElementName("specialPrice")]
    public CodedType? SpecialPrice { get; init; }
}
