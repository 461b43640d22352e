using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Base of everything identified by an <c>entityID</c> (the CSD unique identifier): the five directory entities and the links between them.</summary>
/// <remarks>XSD type <c>uniqueID</c>.</remarks>
[CsdTypeName("uniqueID")]
public abstract record UniqueId
{
    /// <summary>The CSD unique identifier of the entity (identifiant CSD), typically an URN such as <c>urn:uuid:…</c> or a ROR technical identifier. Wire attribute <c>entityID</c> (required).</summary>
    [CsdAttributeName("entityID")]
    public required string EntityId { get; init; }
}
