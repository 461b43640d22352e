using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Housing surcharge (supplément hébergement).</summary>
/// <remarks>XSD type <c>surchargePriceResidential</c>.</remarks>
[CsdTypeName("surchargePriceResidential")]
public sealed record ResidentialSurchargePrice : PriceDetails
{
    /// <summary>Type of housing (type d'habitation), TRE_R242-TypeHabitation. Wire element <c>residentialType</c> (required).</summary>
    [CsdElementName("residentialType")]
    public required CodedType ResidentialType { get; init; }
}
