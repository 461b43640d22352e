using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// A local copy of the ROR offer, keyed on business identifiers (idNat_Struct, identifiantOI, idNat_PS),
/// with the synchronisation state (checkpoint, history, retries) stored alongside the data so that
/// both commit together.
/// </summary>
public interface IRorStore : IAsyncDisposable
{
    /// <summary>Opens the database, applies missing schema migrations and finishes an interrupted rebuild. Idempotent; the other methods call it when needed.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The current checkpoint, or null when the store was never loaded.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<RorSyncCheckpoint?> GetCheckpointAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Replaces an establishment's whole subtree (EJ, EG, OI, UE and what hangs on them) with a full
    /// Lecture EG answer, in one transaction, and clears its retry entry.
    /// </summary>
    /// <param name="offer">The answer: exactly one establishment (organisation with a parent) and its offer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see cref="RorStoreChange.Added"/> or <see cref="RorStoreChange.Updated"/>.</returns>
    /// <exception cref="ArgumentException">The document does not hold exactly one establishment.</exception>
    Task<RorStoreChange> ReplaceEstablishmentAsync(CsdDocument offer, CancellationToken cancellationToken);

    /// <summary>Removes an establishment and its subtree (and its EJ when no other establishment uses it) in one transaction, and clears its retry entry.</summary>
    /// <param name="establishmentId">idNat_Struct of the EG.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see cref="RorStoreChange.Removed"/>, or <see cref="RorStoreChange.None"/> when it was not stored.</returns>
    Task<RorStoreChange> RemoveEstablishmentAsync(string establishmentId, CancellationToken cancellationToken);

    /// <summary>
    /// Builds a new database from an extraction, in batches and constant memory, then swaps it in place
    /// of the current one atomically. The checkpoint, the full-refresh time and a history row are
    /// committed with the data; an interrupted import leaves the current database untouched.
    /// </summary>
    /// <param name="entities">The extraction's entities, in directory order (as the CSD reader streams them).</param>
    /// <param name="options">Checkpoint and progress.</param>
    /// <param name="cancellationToken">Cancels the import; the current database stays as it was.</param>
    Task<RorImportResult> ImportExtractionAsync(IAsyncEnumerable<CsdEntity> entities, RorImportOptions options, CancellationToken cancellationToken);

    /// <summary>The establishments waiting for a retry.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<RorSyncRetryEntry>> GetPendingRetriesAsync(CancellationToken cancellationToken);

    /// <summary>Records that an establishment failed, so that the next run reads it again.</summary>
    /// <param name="establishmentId">idNat_Struct of the EG.</param>
    /// <param name="reason">Error type and message, without data.</param>
    /// <param name="failedAt">When it failed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task RecordFailureAsync(string establishmentId, string reason, DateTimeOffset failedAt, CancellationToken cancellationToken);

    /// <summary>Writes a run's history row and, when it has one, its checkpoint, in one transaction.</summary>
    /// <param name="run">The finished run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task CompleteRunAsync(RorSyncRunRecord run, CancellationToken cancellationToken);

    /// <summary>The last runs, newest first.</summary>
    /// <param name="count">Most rows returned.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<RorSyncRunRecord>> GetHistoryAsync(int count, CancellationToken cancellationToken);

    /// <summary>An establishment's tree (EJ, EG, internal organisations with contacts and capacities) as a caller with <paramref name="profile"/> may see it.</summary>
    /// <param name="establishmentId">idNat_Struct of the EG (for a FINESS, <c>1</c> + FINESS).</param>
    /// <param name="profile">The caller's access profile.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The tree, or null when the establishment is not stored.</returns>
    Task<StoredEstablishmentTree?> GetEstablishmentTreeAsync(string establishmentId, RorAccessProfile profile, CancellationToken cancellationToken);

    /// <summary>
    /// An establishment's subtree (EJ, EG, internal organisations, services, professionals, devices) as
    /// CSD models rebuilt from the stored raw CSD, filtered with <see cref="RorAccessPolicy"/> for the
    /// caller's profile.
    /// </summary>
    /// <param name="establishmentId">idNat_Struct of the EG.</param>
    /// <param name="profile">The caller's access profile.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The document, or null when the establishment is not stored.</returns>
    /// <exception cref="RorStoreException">The establishment was stored without raw CSD.</exception>
    Task<CsdDocument?> GetEstablishmentDocumentAsync(string establishmentId, RorAccessProfile profile, CancellationToken cancellationToken);

    /// <summary>Elementary units matching the criteria, as a caller with <paramref name="profile"/> may see them.</summary>
    /// <param name="query">The criteria.</param>
    /// <param name="profile">The caller's access profile.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<StoredInternalOrganization>> FindElementaryUnitsAsync(ElementaryUnitQuery query, RorAccessProfile profile, CancellationToken cancellationToken);

    /// <summary>How many objects the store holds.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<RorStoreCounts> GetCountsAsync(CancellationToken cancellationToken);
}
