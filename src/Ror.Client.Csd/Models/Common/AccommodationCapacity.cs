using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Beds and places of a unit (capacité d'accueil).</summary>
/// <remarks>XSD type <c>accommodationCapacity</c>.</remarks>
[CsdTypeName("accommodationCapacity")]
public sealed record AccommodationCapacity
{
    /// <summary>Beds (lits). Wire element <c>beds</c> (optional).</summary>
    [CsdElementName("beds")]
    public BedCapacity? Beds { get; init; }

    /// <summary>Places (places). Wire element <c>space</c> (optional).</summary>
    [CsdElementName("space")]
    public PlaceCapacity? Places { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
