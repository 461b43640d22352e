using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Geographic coordinates (coordonnées géographiques).</summary>
/// <remarks>XSD type <c>geocode</c>.</remarks>
[CsdTypeName("geocode")]
public sealed record GeoCode
{
    /// <summary>Latitude. Wire element <c>latitude</c> (required).</summary>
    [CsdElementName("latitude")]
    public required decimal Latitude { get; init; }

    /// <summary>Longitude. Wire element <c>longitude</c> (required).</summary>
    [CsdElementName("longitude")]
    public required decimal Longitude { get; init; }

    /// <summary>The coordinate reference system (système géodésique). Wire element <c>coordinateSystem</c> (required).</summary>
    [CsdElementName("coordinateSystem")]
    public required string CoordinateSystem { get; init; }

    /// <summary>ROR extension: reliability flag and metadata. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<GeoCodeExtension> Extensions { get; init; } = [];

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
