using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A service of the service directory: an operational activity (activité opérationnelle).</summary>
/// <remarks>XSD type <c>service</c>.</remarks>
[CsdTypeName("service")]
public sealed record Service : CsdEntity
{
    /// <summary>The operational activity (activité opérationnelle), TRE_R211-ActiviteOperationnelle. Wire element <c>codedType</c> (required).</summary>
    [CsdElementName("codedType")]
    public required CodedType Code { get; init; }

    /// <summary>ROR extension: activity families. Wire element <c>extension</c> (optional).</summary>
    [CsdElementName("extension")]
    public ServiceExtension? Extension { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required override Metadata Record { get; init; }
}
