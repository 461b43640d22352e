namespace Ror.Client.Sync.Synchronization;

/// <summary>An establishment a run could not synchronise; it is retried by the next run.</summary>
public sealed record RorSyncFailure
{
    /// <summary>idNat_Struct of the establishment.</summary>
    public required string EstablishmentId { get; init; }

    /// <summary>Error type and message (no data from the ROR).</summary>
    public required string Reason { get; init; }
}
