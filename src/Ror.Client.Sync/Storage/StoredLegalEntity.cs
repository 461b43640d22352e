using Ror.Client.Csd;

namespace Ror.Client.Sync.Storage;

/// <summary>A stored legal entity (EJ, entité juridique).</summary>
public sealed record StoredLegalEntity
{
    /// <summary>idNat_Struct of the EJ.</summary>
    public required string Id { get; init; }

    /// <summary>The <c>entityID</c> it had in the last document it came from (opaque, secondary).</summary>
    public required string EntityId { get; init; }

    /// <summary>Raison sociale.</summary>
    public required string Name { get; init; }

    /// <summary>Legal status code (statut juridique).</summary>
    public string? LegalStatusCode { get; init; }

    /// <summary>Its contacts, filtered for the caller's profile.</summary>
    public EquatableList<StoredContact> Contacts { get; init; } = [];
}
