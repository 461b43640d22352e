namespace Ror.Client.Sync.Storage;

/// <summary>An establishment whose last read or write failed; the next run reads it again whatever the checkpoint.</summary>
public sealed record RorSyncRetryEntry
{
    /// <summary>The establishment's idNat_Struct.</summary>
    public required string EstablishmentId { get; init; }

    /// <summary>The first failure.</summary>
    public required DateTimeOffset FirstFailedAt { get; init; }

    /// <summary>The last failure.</summary>
    public required DateTimeOffset LastFailedAt { get; init; }

    /// <summary>How many runs failed on it.</summary>
    public required int Attempts { get; init; }

    /// <summary>Why the last attempt failed (error type and message, no data).</summary>
    public required string Reason { get; init; }
}
