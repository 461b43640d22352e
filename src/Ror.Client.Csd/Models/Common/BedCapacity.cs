using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Number of beds (lits) of a unit.</summary>
/// <remarks>XSD type <c>accommodationCapacity/beds</c>.</remarks>
[CsdTypeName("accommodationCapacity/beds")]
public sealed record BedCapacity
{
    /// <summary>Installed beds (lits installés). Wire attribute <c>total</c> (optional).</summary>
    [CsdAttributeName("total")]
    public int? Total { get; init; }

    /// <summary>Available beds (lits disponibles); misspelled on the wire. Wire attribute <c>avaible</c> (optional).</summary>
    [CsdAttributeName("avaible")]
    public int? Available { get; init; }

    /// <summary>When the figures were updated. Wire attribute <c>updateDate</c> (optional).</summary>
    [CsdAttributeName("updateDate")]
    public DateTimeOffset? UpdateDate { get; init; }
}
