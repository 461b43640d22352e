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

    /// <summary>
    /// Whether each entity's CSD XML is kept in its row (<c>raw_csd</c>), so that fields without a column
    /// survive and <see cref="IRorStore.GetEstablishmentDocumentAsync"/> can rebuild the models. Default true.
    /// </summary>
    public bool KeepRawCsd { get; init; } = true;

    /// <summary>Entities written per transaction during an extraction import. Default 5000.</summary>
    public int ImportBatchSize { get; init; } = 5000;
}
