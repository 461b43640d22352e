using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of an address: its metadata.</summary>
/// <remarks>XSD type <c>addressExtension</c>.</remarks>
[CsdTypeName("addressExtension")]
public sealed record AddressExtension : CsdExtension
{
    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
