using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Housing capacity for one type of housing (capacité d'habitation).</summary>
/// <remarks>XSD type <c>residentialCapacity</c>.</remarks>
[CsdTypeName("residentialCapacity")]
public sealed record ResidentialCapacity
{
    /// <summary>Type of housing (type d'habitation), TRE_R242-TypeHabitation. Wire element <c>residentialType</c> (required).</summary>
    [CsdElementName("residentialType")]
    public required CodedType ResidentialType { get; init; }

    /// <summary>Number of housings (nombre d'habitations). Wire element <c>residentialNumber</c> (optional).</summary>
    [CsdElementName("residentialNumber")]
    public int? ResidentialNumber { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
