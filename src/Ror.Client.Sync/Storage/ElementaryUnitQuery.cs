namespace Ror.Client.Sync.Storage;

/// <summary>Criteria of <see cref="IRorStore.FindElementaryUnitsAsync"/>; criteria left null are not applied.</summary>
public sealed record ElementaryUnitQuery
{
    /// <summary>Champ d'activité (TRE_R227 code, e.g. <c>04</c>).</summary>
    public string? ActivityField { get; init; }

    /// <summary>Département (e.g. <c>75</c>, <c>2A</c>, <c>974</c>) of the unit, or of its establishment when the unit has no location.</summary>
    public string? Department { get; init; }

    /// <summary>Care mode code (TRE_R213).</summary>
    public string? CareMode { get; init; }

    /// <summary>Whether units of closed establishments or closed units are returned. Default false.</summary>
    public bool IncludeClosed { get; init; }

    /// <summary>Most units returned. Default 1000.</summary>
    public int Limit { get; init; } = 1000;
}
