using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Reconciliation data attached to metadata (extension de métadonnées).</summary>
/// <remarks>XSD type <c>recordExtension</c>.</remarks>
[CsdTypeName("recordExtension")]
public sealed record RecordExtension : CsdExtension
{
    /// <summary>The identifier of the item in the source system, used for reconciliation (misspelled on the wire). Wire element <c>recognation</c> (optional).</summary>
    [CsdElementName("recognation")]
    public string? Recognition { get; init; }

    /// <summary>Comments (commentaires). Wire element <c>comments</c> (optional).</summary>
    [CsdElementName("comments")]
    public string? Comments { get; init; }
}
