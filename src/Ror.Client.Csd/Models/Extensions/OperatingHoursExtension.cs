using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of opening hours.</summary>
/// <remarks>XSD type <c>operatingHoursExtension</c>.</remarks>
[CsdTypeName("operatingHoursExtension")]
public sealed record OperatingHoursExtension : CsdExtension
{
    /// <summary>Type of hours (type d'horaires), TRE_R252-TypeHoraires. Wire element <c>operatingHoursType</c> (optional).</summary>
    [CsdElementName("operatingHoursType")]
    public CodedType? HoursType { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
