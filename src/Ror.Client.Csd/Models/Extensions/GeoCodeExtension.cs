using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of geographic coordinates.</summary>
/// <remarks>XSD type <c>geoCodeExtension</c>.</remarks>
[CsdTypeName("geoCodeExtension")]
public sealed record GeoCodeExtension : CsdExtension
{
    /// <summary>Whether the coordinates are reliable (coordonnées fiables). Wire element <c>coordonneesFiables</c> (optional).</summary>
    [CsdElementName("coordonneesFiables")]
    public bool? AreCoordinatesReliable { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
