using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Crisis capacity of a unit (capacité d'accueil en situation de crise). The XSD type name is misspelled <c>crisisAccomodationCapacity</c>.</summary>
/// <remarks>XSD type <c>crisisAccomodationCapacity</c>.</remarks>
[CsdTypeName("crisisAccomodationCapacity")]
public sealed record CrisisAccommodationCapacity
{
    /// <summary>Beds available immediately (capacité T0). Wire element <c>crisisCapacityT0</c> (required).</summary>
    [CsdElementName("crisisCapacityT0")]
    public required int CapacityAtT0 { get; init; }

    /// <summary>Beds available within 60 minutes (capacité T60). Wire element <c>crisisCapacityT60</c> (required).</summary>
    [CsdElementName("crisisCapacityT60")]
    public required int CapacityAtT60 { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
