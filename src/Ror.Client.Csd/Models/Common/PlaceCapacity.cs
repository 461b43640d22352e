using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Number of places (places) of a unit.</summary>
/// <remarks>XSD type <c>accommodationCapacity/space</c>.</remarks>
[CsdTypeName("accommodationCapacity/space")]
public sealed record PlaceCapacity
{
    /// <summary>Installed places (places installées). Wire attribute <c>total</c> (optional).</summary>
    [CsdAttributeName("total")]
    public int? Total { get; init; }

    /// <summary>Available places (places disponibles); misspelled on the wire. Wire attribute <c>avaible</c> (optional).</summary>
    [CsdAttributeName("avaible")]
    public int? Available { get; init; }

    /// <summary>When the figures were updated. Wire attribute <c>updateDate</c> (optional).</summary>
    [CsdAttributeName("updateDate")]
    public DateTimeOffset? UpdateDate { get; init; }
}
