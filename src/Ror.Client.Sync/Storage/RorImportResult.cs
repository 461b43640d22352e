namespace Ror.Client.Sync.Storage;

/// <summary>The outcome of an extraction import.</summary>
public sealed record RorImportResult
{
    /// <summary>CSD entities read from the extraction.</summary>
    public required long Entities { get; init; }

    /// <summary>Establishments (EG) now stored.</summary>
    public required int Establishments { get; init; }

    /// <summary>Facilities skipped because their establishment was not in the extraction.</summary>
    public long OrphanFacilities { get; init; }

    /// <summary>Professionals skipped because none of their links reached a stored establishment.</summary>
    public long OrphanProviders { get; init; }
}
