using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A device of the device directory: a specific piece of equipment (équipement spécifique).</summary>
/// <remarks>XSD type <c>device</c>.</remarks>
[CsdTypeName("device")]
public sealed record Device : CsdEntity
{
    /// <summary>Business identifiers. Wire element <c>otherID</c> (zero or more).</summary>
    [CsdElementName("otherID")]
    public EquatableList<OtherId> OtherIds { get; init; } = [];

    /// <summary>The kind of equipment (équipement), TRE_R212-Equipement. Wire element <c>codedType</c> (required).</summary>
    [CsdElementName("codedType")]
    public required CodedType Code { get; init; }

    /// <summary>ROR extension: number of units in service. Wire element <c>extension</c> (optional).</summary>
    [CsdElementName("extension")]
    public DeviceExtension? Extension { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required override Metadata Record { get; init; }
}
