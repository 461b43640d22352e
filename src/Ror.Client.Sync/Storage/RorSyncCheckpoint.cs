namespace Ror.Client.Sync.Storage;

/// <summary>
/// Where synchronisation stands: every change the ROR made before <see cref="Value"/> is in the store
/// (establishments that failed are listed for retry separately).
/// </summary>
public sealed record RorSyncCheckpoint
{
    /// <summary>The instant the data is current up to: the start of the run that wrote it.</summary>
    public required DateTimeOffset Value { get; init; }

    /// <summary>When the database was last rebuilt from an extraction.</summary>
    public DateTimeOffset? LastFullRefresh { get; init; }
}
