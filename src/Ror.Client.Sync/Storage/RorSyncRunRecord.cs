namespace Ror.Client.Sync.Storage;

/// <summary>One finished synchronisation run, as recorded in the <c>sync_history</c> table.</summary>
public sealed record RorSyncRunRecord
{
    /// <summary>The kind of run.</summary>
    public required RorSyncRunKind Kind { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The checkpoint the run reached, or null when it did not move the checkpoint.</summary>
    public DateTimeOffset? Checkpoint { get; init; }

    /// <summary>Establishments added.</summary>
    public int Added { get; init; }

    /// <summary>Establishments whose subtree was replaced.</summary>
    public int Updated { get; init; }

    /// <summary>Establishments removed.</summary>
    public int Removed { get; init; }

    /// <summary>Establishments that failed and wait for a retry.</summary>
    public int Failed { get; init; }

    /// <summary>CSD entities stored.</summary>
    public long Entities { get; init; }
}
