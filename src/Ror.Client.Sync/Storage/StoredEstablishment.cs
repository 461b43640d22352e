using Ror.Client.Csd;
using Ror.Client.Csd.Access;

namespace Ror.Client.Sync.Storage;

/// <summary>A stored establishment (EG, entité géographique).</summary>
public sealed record StoredEstablishment
{
    /// <summary>idNat_Struct of the EG (FINESS établissement prefixed with 1, or SIRET prefixed with 3…).</summary>
    public required string Id { get; init; }

    /// <summary>The <c>entityID</c> it had in the last document it came from (opaque, secondary).</summary>
    public required string EntityId { get; init; }

    /// <summary>idNat_Struct of its EJ, when known.</summary>
    public string? LegalEntityId { get; init; }

    /// <summary>Dénomination.</summary>
    public required string Name { get; init; }

    /// <summary>Establishment category code (catégorie d'établissement).</summary>
    public string? CategoryCode { get; init; }

    /// <summary>Usual name.</summary>
    public string? UseName { get; init; }

    /// <summary>Département of its location (2A/2B for Corsica, three characters overseas).</summary>
    public string? Department { get; init; }

    /// <summary>Creation date.</summary>
    public DateOnly? CreationDate { get; init; }

    /// <summary>Closing date; set for a closed establishment.</summary>
    public DateOnly? ClosingDate { get; init; }

    /// <summary>The ROR's last update time of the EG record.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The access profile the data was obtained under.</summary>
    public required RorAccessProfile ObtainedUnder { get; init; }

    /// <summary>Its contacts, filtered for the caller's profile.</summary>
    public EquatableList<StoredContact> Contacts { get; init; } = [];
}
