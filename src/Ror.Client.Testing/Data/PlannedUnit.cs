namespace Ror.Client.Testing.Data;

/// <summary>One internal organisation (OI) of a planned establishment tree.</summary>
internal sealed class PlannedUnit
{
    public required int Ordinal { get; init; }

    public required string EntityId { get; init; }

    public required string InternalId { get; init; }

    /// <summary>TRE_R207 code: 1 pôle, 2 service, 3 UF, 4 UE.</summary>
    public required string TypeCode { get; init; }

    /// <summary>Ordinal of the parent OI, or -1 when the OI hangs directly under the establishment.</summary>
    public required int Parent { get; init; }

    public required string Name { get; init; }

    /// <summary>The unit template, for UE only.</summary>
    public UnitTemplate? Template { get; init; }

    /// <summary>The champs d'activité (TRE_R227): exactly one for a UE, the union of the descendants' otherwise (RG_ALIM_006).</summary>
    public List<string> Fields { get; } = [];

    public List<int> Services { get; } = [];

    public List<int> Devices { get; } = [];

    public bool IsSensitive { get; init; }

    public required RecordDates Dates { get; init; }

    public bool IsElementaryUnit => Template is not null;
}
