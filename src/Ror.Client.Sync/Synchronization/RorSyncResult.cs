using Ror.Client.Csd;
using Ror.Client.Sync.Storage;

namespace Ror.Client.Sync.Synchronization;

/// <summary>The summary of a synchronisation run.</summary>
public sealed record RorSyncResult
{
    /// <summary>Full refresh (extraction) or incremental (Notif + Lecture EG).</summary>
    public required RorSyncRunKind Kind { get; init; }

    /// <summary>Establishments added (for a full refresh: every establishment of the new database).</summary>
    public int Added { get; init; }

    /// <summary>Establishments whose subtree was replaced.</summary>
    public int Updated { get; init; }

    /// <summary>Establishments removed (unknown to the ROR, or closed under <see cref="RorClosedEstablishmentPolicy.Remove"/>).</summary>
    public int Removed { get; init; }

    /// <summary>Establishments that failed; each is retried by the next run.</summary>
    public EquatableList<RorSyncFailure> Failures { get; init; } = [];

    /// <summary>CSD entities stored (full refresh).</summary>
    public long Entities { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long the run took.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>The checkpoint after the run: the instant the store is current up to.</summary>
    public required DateTimeOffset Checkpoint { get; init; }
}
