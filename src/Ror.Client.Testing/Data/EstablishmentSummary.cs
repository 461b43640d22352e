using Ror.Client.Csd;

namespace Ror.Client.Testing.Data;

/// <summary>
/// What TR-Notif needs to know about an establishment, cheap to compute even for a generated one:
/// its idNat_Struct, when its offer last changed, and the champs and publics of its units.
/// </summary>
public sealed record EstablishmentSummary
{
    /// <summary>The idNat_Struct of the establishment (EG).</summary>
    public required string StructureId { get; init; }

    /// <summary>The <c>entityID</c> of the establishment's <c>organization</c>.</summary>
    public required string EntityId { get; init; }

    /// <summary>The latest <c>record/@updated</c> among the entities of the establishment.</summary>
    public required DateTimeOffset LastUpdated { get; init; }

    /// <summary>The champs d'activité (TRE_R227 codes) of the units, ordinal order.</summary>
    public EquatableList<string> ActivityFields { get; init; } = [];

    /// <summary>The publics pris en charge (TRE_R239 codes) of the units, ordinal order.</summary>
    public EquatableList<string> SupportedPatients { get; init; } = [];
}
