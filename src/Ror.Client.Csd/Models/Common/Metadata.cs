using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Metadata of an item (métadonnées, XSD type <c>record</c>): when it was created and updated in the source directory, its status and the source directory.</summary>
/// <remarks>XSD type <c>record</c>.</remarks>
[CsdTypeName("record")]
public sealed record Metadata
{
    /// <summary>Reconciliation data of the source directory (extension de métadonnées). Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<RecordExtension> Extensions { get; init; } = [];

    /// <summary>When the item was created (date de création). Wire attribute <c>created</c> (required).</summary>
    [CsdAttributeName("created")]
    public required DateTimeOffset Created { get; init; }

    /// <summary>When the item was last updated (date de mise à jour). Wire attribute <c>updated</c> (required).</summary>
    [CsdAttributeName("updated")]
    public required DateTimeOffset Updated { get; init; }

    /// <summary>The status of the item (statut), e.g. <c>Ok</c>. Wire attribute <c>status</c> (required).</summary>
    [CsdAttributeName("status")]
    public required string Status { get; init; }

    /// <summary>The URI of the source directory, e.g. the regional ROR (répertoire source). Wire attribute <c>sourceDirectory</c> (optional).</summary>
    [CsdAttributeName("sourceDirectory")]
    public string? SourceDirectory { get; init; }
}
