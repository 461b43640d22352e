using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Human help price (tarif aide humaine).</summary>
/// <remarks>XSD type <c>humanHelpPrice</c>.</remarks>
[CsdTypeName("humanHelpPrice")]
public sealed record HumanHelpPrice : PriceDetails
{
    /// <summary>Name of the help (nom de la prestation). Wire element <c>humanHelpPriceName</c> (optional).</summary>
    [CsdElementName("humanHelpPriceName")]
    public string? Name { get; init; }

    /// <summary>Management mode (mode de gestion), TRE_R236-ModeGestion. Wire element <c>managementType</c> (required).</summary>
    [CsdElementName("managementType")]
    public required CodedType ManagementType { get; init; }

    /// <summary>Price condition (condition tarifaire), TRE_R250-ConditionTarifaire. Wire element <c>specialPrice</c> (optional).</summary>
    [CsdElementName("specialPrice")]
    public CodedType? SpecialPrice { get; init; }
}
