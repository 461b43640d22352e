namespace Ror.Client.Sync.Synchronization;

/// <summary>A progress report of a synchronisation run.</summary>
public sealed record RorSyncProgress
{
    /// <summary>The current phase.</summary>
    public required RorSyncPhase Phase { get; init; }

    /// <summary>CSD entities stored so far (extraction import).</summary>
    public long Entities { get; init; }

    /// <summary>Establishments processed so far (incremental run).</summary>
    public int Establishments { get; init; }

    /// <summary>Establishments to process in this run, when known.</summary>
    public int? EstablishmentsTotal { get; init; }

    /// <summary>Bytes of the extraction read so far, when the source reports them.</summary>
    public long Bytes { get; init; }
}
