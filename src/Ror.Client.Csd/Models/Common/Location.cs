using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A place (lieu) where an organization or unit is located.</summary>
/// <remarks>XSD type <c>location</c>.</remarks>
[CsdTypeName("location")]
public sealed record Location
{
    /// <summary>Name of the place (nom du lieu). Wire element <c>name</c> (optional).</summary>
    [CsdElementName("name")]
    public string? Name { get; init; }

    /// <summary>Description of the place. Wire element <c>description</c> (optional).</summary>
    [CsdElementName("description")]
    public string? Description { get; init; }

    /// <summary>Status of the place (statut du lieu), TRE_R203-StatutLieu. Wire element <c>status</c> (optional).</summary>
    [CsdElementName("status")]
    public CodedType? Status { get; init; }

    /// <summary>Postal address of the place. Wire element <c>address</c> (optional).</summary>
    [CsdElementName("address")]
    public Address? Address { get; init; }

    /// <summary>Geographic coordinates of the place. Wire element <c>geoCoordinates</c> (optional).</summary>
    [CsdElementName("geoCoordinates")]
    public GeoCode? GeoCoordinates { get; init; }

    /// <summary>The commune, by INSEE code (commune), TRE_R13-CommuneOM. Wire element <c>cityNumber</c> (required).</summary>
    [CsdElementName("cityNumber")]
    public required CodedType CityNumber { get; init; }

    /// <summary>Distance computed by the server for a geographic search. Wire element <c>calculatedDistance</c> (optional).</summary>
    [CsdElementName("calculatedDistance")]
    public decimal? CalculatedDistance { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
