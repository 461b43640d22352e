using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Other surcharge (autre supplément / prestation supplémentaire).</summary>
/// <remarks>XSD type <c>surchargePrice</c>.</remarks>
[CsdTypeName("surchargePrice")]
public sealed record OtherSurchargePrice : PriceDetails
{
    /// <summary>Name of the surcharge as free text (nom d'un autre supplément). Wire element <c>otherSurchargePriceName</c> (required).</summary>
    [CsdElementName("otherSurchargePriceName")]
    public required string OtherName { get; init; }

    /// <summary>Coded surcharge (prestation supplémentaire). Wire element <c>surchargePriceName</c> (optional).</summary>
    [CsdElementName("surchargePriceName")]
    public CodedType? SurchargeName { get; init; }
}
