using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>An amount of money (montant) with its currency. XSD type <c>priceType</c>, not to be confused with the element <c>Price/priceType</c> (a <c>codedtype</c>).</summary>
/// <remarks>XSD type <c>priceType</c>.</remarks>
[CsdTypeName("priceType")]
public sealed record PriceAmount
{
    /// <summary>The amount (montant). Wire element <c>amount</c> (required).</summary>
    [CsdElementName("amount")]
    public required double Amount { get; init; }

    /// <summary>The currency (devise), TRE_R230-Devise. Wire element <c>currency</c> (required).</summary>
    [CsdElementName("currency")]
    public required CodedType Currency { get; init; }
}
