using Ror.Client.Csd.Access;

namespace Ror.Client.Sync.Storage;

/// <summary>Settings of a <see cref="SqliteRorStore"/>.</summary>
public sealed record SqliteRorStoreOptions
{
    /// <summary>Path of the SQLite database file. Created with its schema when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// The access profile the data is obtained under (the profile of the vendor's ROR access). Stored with
    /// every establishment; queries filter down from it to the caller's profile. Default: profile 1, the widest.
    /// </summary>
    public RorAccessProfile ObtainedUnderProfile { get; init; } = RorAccessProfile.UnscheduledCareRegulation;

    /// <summary>Entities written per transaction during an extraction import. Default 5000.</summary>
    public int ImportBatchSize { get; init; } = 5000;
}
