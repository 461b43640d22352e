namespace Ror.Client.Sync.Storage;

/// <summary>A stored capacity of a unit: beds, places, crisis capacity or housing of one type.</summary>
public sealed record StoredCapacity
{
    /// <summary><c>beds</c>, <c>places</c>, <c>crisis_t0</c>, <c>crisis_t60</c> or <c>residential</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Housing type code (TRE_R242) for <c>residential</c>; null otherwise.</summary>
    public string? TypeCode { get; init; }

    /// <summary>Total capacity.</summary>
    public int? Total { get; init; }

    /// <summary>Available capacity (wire <c>avaible</c>).</summary>
    public int? Available { get; init; }

    /// <summary>When the figures were last updated.</summary>
    public DateTimeOffset? Updated { get; init; }
}
