using Microsoft.Data.Sqlite;

namespace Ror.Client.Sync.Storage;

/// <summary>The statements of the write connection besides entity rows: subtree deletion, retries, checkpoint, history.</summary>
internal sealed class StoreCommands : IDisposable
{
    private static readonly string[] SubtreeTables =
    [
        "internal_organization", "internal_organization_activity_field", "service", "ue_service", "device", "ue_device",
        "provider", "provider_link", "capacity",
    ];

    /// <summary>The tables of rows owned by an establishment or one of its internal organisations, keyed on the owner.</summary>
    private static readonly string[] OwnedTables = ["location", "contact", "contact_point"];

    /// <summary>
    /// The condition selecting an establishment's owned rows through their key: the rows owned by the establishment itself
    /// or by one of its internal organisations (whose rows must therefore still be there) that carry the establishment's id.
    /// </summary>
    /// <param name="parameter">The SQL parameter holding the establishment's idNat_Struct.</param>
    internal static string OwnedByEstablishment(string parameter) =>
        $"owner_id IN (SELECT {parameter} UNION ALL SELECT id FROM internal_organization WHERE establishment_id = {parameter}) AND establishment_id = {parameter}";

    private readonly List<PreparedCommand> _deleteSubtree;
    private readonly PreparedCommand _deleteEstablishment;
    private readonly PreparedCommand _selectLegalEntityOf;
    private readonly PreparedCommand _deleteUnusedLegalEntity;
    private readonly PreparedCommand _deleteUnusedLegalEntityContacts;
    private readonly PreparedCommand _deleteUnusedLegalEntityContactPoints;
    private readonly PreparedCommand _deleteUnusedLegalEntityLocation;
    private readonly PreparedCommand _deleteRetry;
    private readonly PreparedCommand _upsertRetry;
    private readonly PreparedCommand _insertHistory;
    private readonly PreparedCommand _upsertCheckpoint;
    private readonly PreparedCommand _setMetadata;
    private readonly PreparedCommand _setRawCsd;

    public StoreCommands(SqliteConnection connection)
    {
        // The owned rows first: they are found through the internal organisations, deleted next.
        _deleteSubtree =
        [
            .. OwnedTables.Select(t => new PreparedCommand(connection, $"DELETE FROM {t} WHERE {OwnedByEstablishment("@p0")}", 1)),
            .. SubtreeTables.Select(t => new PreparedCommand(connection, $"DELETE FROM {t} WHERE establishment_id = @p0", 1)),
        ];
        _deleteEstablishment = new(connection, "DELETE FROM establishment WHERE id = @p0", 1);
        _selectLegalEntityOf = new(connection, "SELECT coalesce(legal_entity_id, '') FROM establishment WHERE id = @p0", 1);
        const string unused = "NOT EXISTS (SELECT 1 FROM establishment WHERE legal_entity_id = @p0)";
        _deleteUnusedLegalEntity = new(connection, $"DELETE FROM legal_entity WHERE id = @p0 AND {unused}", 1);
        _deleteUnusedLegalEntityContacts = new(connection, $"DELETE FROM contact WHERE owner_kind = 'legal_entity' AND owner_id = @p0 AND {unused}", 1);
        _deleteUnusedLegalEntityContactPoints = new(connection, $"DELETE FROM contact_point WHERE owner_kind = 'legal_entity' AND owner_id = @p0 AND {unused}", 1);
        _deleteUnusedLegalEntityLocation = new(connection, $"DELETE FROM location WHERE owner_kind = 'legal_entity' AND owner_id = @p0 AND {unused}", 1);
        _deleteRetry = new(connection, "DELETE FROM sync_retry WHERE establishment_id = @p0", 1);
        _upsertRetry = new(connection, """
            INSERT INTO sync_retry (establishment_id, first_failed_at, last_failed_at, attempts, reason) VALUES (@p0, @p1, @p1, 1, @p2)
            ON CONFLICT (establishment_id) DO UPDATE SET last_failed_at = excluded.last_failed_at, attempts = attempts + 1, reason = excluded.reason
            """, 3);
        _insertHistory = new(connection, """
            INSERT INTO sync_history (run_kind, started_at, finished_at, checkpoint, added, updated, removed, failed, entities)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
            """, 9);
        _upsertCheckpoint = new(connection, "INSERT OR REPLACE INTO sync_checkpoint (id, checkpoint, run_kind, written_at) VALUES (1, @p0, @p1, @p2)", 3);
        _setMetadata = new(connection, "INSERT OR REPLACE INTO store_metadata (key, value) VALUES (@p0, @p1)", 2);
        _setRawCsd = new(connection, "UPDATE establishment SET raw_csd = @p1 WHERE id = @p0", 2);
    }

    /// <summary>Deletes an establishment and every row that hangs on it; returns the idNat_Struct of its EJ ("" when none), or null when it was not stored.</summary>
    public string? DeleteEstablishment(SqliteTransaction transaction, string establishment)
    {
        var legalEntity = (string?)_selectLegalEntityOf.Scalar(transaction, establishment);
        foreach (var command in _deleteSubtree)
        {
            command.Execute(transaction, establishment);
        }

        _deleteEstablishment.Execute(transaction, establishment);
        return legalEntity;
    }

    /// <summary>Deletes an EJ and its rows when no establishment refers to it any more.</summary>
    public void DeleteLegalEntityIfUnused(SqliteTransaction transaction, string? legalEntity)
    {
        if (string.IsNullOrEmpty(legalEntity))
        {
            return;
        }

        _deleteUnusedLegalEntityContacts.Execute(transaction, legalEntity);
        _deleteUnusedLegalEntityContactPoints.Execute(transaction, legalEntity);
        _deleteUnusedLegalEntityLocation.Execute(transaction, legalEntity);
        _deleteUnusedLegalEntity.Execute(transaction, legalEntity);
    }

    public void DeleteRetry(SqliteTransaction transaction, string establishment) => _deleteRetry.Execute(transaction, establishment);

    public void RecordFailure(SqliteTransaction transaction, string establishment, string failedAt, string reason) =>
        _upsertRetry.Execute(transaction, establishment, failedAt, reason);

    public void InsertHistory(SqliteTransaction transaction, RorSyncRunRecord run) =>
        _insertHistory.Execute(
            transaction,
            run.Kind.ToString(),
            EntityRowWriter.Format(run.StartedAt),
            EntityRowWriter.Format(run.FinishedAt),
            EntityRowWriter.Format(run.Checkpoint),
            run.Added,
            run.Updated,
            run.Removed,
            run.Failed,
            run.Entities);

    public void WriteCheckpoint(SqliteTransaction transaction, DateTimeOffset checkpoint, RorSyncRunKind kind, DateTimeOffset writtenAt) =>
        _upsertCheckpoint.Execute(transaction, EntityRowWriter.Format(checkpoint), kind.ToString(), EntityRowWriter.Format(writtenAt));

    public void SetMetadata(SqliteTransaction transaction, string key, string value) => _setMetadata.Execute(transaction, key, value);

    public void SetRawCsd(SqliteTransaction transaction, string establishment, string? rawCsd) => _setRawCsd.Execute(transaction, establishment, rawCsd);

    public void Dispose()
    {
        foreach (var command in _deleteSubtree)
        {
            command.Dispose();
        }

        _deleteEstablishment.Dispose();
        _selectLegalEntityOf.Dispose();
        _deleteUnusedLegalEntity.Dispose();
        _deleteUnusedLegalEntityContacts.Dispose();
        _deleteUnusedLegalEntityContactPoints.Dispose();
        _deleteUnusedLegalEntityLocation.Dispose();
        _deleteRetry.Dispose();
        _upsertRetry.Dispose();
        _insertHistory.Dispose();
        _upsertCheckpoint.Dispose();
        _setMetadata.Dispose();
        _setRawCsd.Dispose();
    }
}
