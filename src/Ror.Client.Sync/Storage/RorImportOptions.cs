namespace Ror.Client.Sync.Storage;

/// <summary>How an extraction is imported by <see cref="IRorStore.ImportExtractionAsync"/>.</summary>
public sealed record RorImportOptions
{
    /// <summary>The checkpoint the imported data is current up to: when the extraction was requested.</summary>
    public required DateTimeOffset Checkpoint { get; init; }

    /// <summary>When the import started, for the history row.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Receives the number of entities stored after each batch.</summary>
    public IProgress<long>? Progress { get; init; }
}
