using System.Globalization;
using Microsoft.Data.Sqlite;
using Ror.Client.Csd.Models;

namespace Ror.Client.Sync.Storage;

/// <summary>Extraction import into a new file and atomic swap.</summary>
public sealed partial class SqliteRorStore
{
    /// <inheritdoc />
    public async Task<RorImportResult> ImportExtractionAsync(IAsyncEnumerable<CsdEntity> entities, RorImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(options);
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        var history = await GetHistoryAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);

        // The new database is built beside the current one, which stays usable (and untouched) until the swap.
        DeleteDatabaseFiles(RebuildPath);
        RorImportResult result;
        var connection = new SqliteConnection(ConnectionString(RebuildPath, SqliteOpenMode.ReadWriteCreate, pooling: false));
        try
        {
            connection.Open();
            // A crash or an error during the build only loses the build file: the load neither journals nor
            // waits for the disk, and works in a large page cache. WAL and durability come back at the end.
            SchemaMigrations.Apply(connection);
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;";
                pragmas.ExecuteNonQuery();
            }

            // Secondary indexes are built once at the end rather than maintained row by row.
            var indexes = DropSecondaryIndexes(connection);
            using var writer = new EntityRowWriter(connection, _options.KeepRawCsd);
            using var commands = new StoreCommands(connection);
            var context = new RowWriteContext((int)_options.ObtainedUnderProfile, singleEstablishment: null);
            var transaction = connection.BeginTransaction();
            try
            {
                var inBatch = 0;
                await foreach (var entity in entities.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    writer.Write(transaction, entity, context);
                    if (++inBatch == _options.ImportBatchSize)
                    {
                        transaction.Commit();
                        transaction.Dispose();
                        transaction = connection.BeginTransaction();
                        inBatch = 0;
                        options.Progress?.Report(context.Entities);
                    }
                }

                RecreateIndexes(connection, transaction, indexes);
                writer.Finalize(transaction, establishment: null);
                var establishments = CountEstablishments(connection, transaction);
                foreach (var run in history.Reverse())
                {
                    commands.InsertHistory(transaction, run);
                }

                var finishedAt = _timeProvider.GetUtcNow();
                commands.InsertHistory(transaction, new RorSyncRunRecord
                {
                    Kind = RorSyncRunKind.FullRefresh,
                    StartedAt = options.StartedAt ?? options.Checkpoint,
                    FinishedAt = finishedAt,
                    Checkpoint = options.Checkpoint,
                    Added = establishments,
                    Entities = context.Entities,
                });
                commands.WriteCheckpoint(transaction, options.Checkpoint, RorSyncRunKind.FullRefresh, finishedAt);
                commands.SetMetadata(transaction, LastFullRefreshKey, EntityRowWriter.Format(options.Checkpoint)!);
                commands.SetMetadata(transaction, ProfileKey, ((int)_options.ObtainedUnderProfile).ToString(CultureInfo.InvariantCulture));
                commands.SetMetadata(transaction, BuildStateKey, BuildComplete);
                transaction.Commit();
                options.Progress?.Report(context.Entities);
                result = new RorImportResult
                {
                    Entities = context.Entities,
                    Establishments = establishments,
                    OrphanFacilities = context.OrphanFacilities,
                    OrphanProviders = context.OrphanProviders,
                };
            }
            finally
            {
                transaction.Dispose();
            }

            // Make the finished build durable and fold its WAL back before the swap.
            using var flush = connection.CreateCommand();
            flush.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA wal_checkpoint(TRUNCATE);";
            flush.ExecuteNonQuery();
        }
        catch
        {
            connection.Dispose();
            DeleteDatabaseFiles(RebuildPath);
            throw;
        }

        connection.Dispose();
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            SwapLocked();
            EnsureOpenLocked();
        }
        finally
        {
            _writeLock.Release();
        }

        return result;
    }

    /// <summary>
    /// Called when opening: a finished build left by a run killed before its swap is swapped in; an
    /// unfinished one is deleted (the current database was never touched by it).
    /// </summary>
    private void FinishInterruptedRebuild()
    {
        if (!File.Exists(RebuildPath))
        {
            DeleteDatabaseFiles(RebuildPath);
            return;
        }

        string? state = null;
        try
        {
            using var connection = new SqliteConnection(ConnectionString(RebuildPath, SqliteOpenMode.ReadWrite, pooling: false));
            connection.Open();
            if (SchemaMigrations.ReadVersion(connection) > 0)
            {
                state = ReadMetadata(connection, BuildStateKey);
            }
        }
        catch (SqliteException)
        {
            state = null;
        }

        if (state == BuildComplete)
        {
            SwapLocked();
        }
        else
        {
            DeleteDatabaseFiles(RebuildPath);
        }
    }

    /// <summary>Closes every connection to the current file and renames the finished build over it.</summary>
    private void SwapLocked()
    {
        CloseLocked();

        // After a clean close SQLite has removed these; leftovers belong to the file being replaced and must
        // not be replayed into the new one.
        DeleteIfExists(DatabasePath + "-wal");
        DeleteIfExists(DatabasePath + "-shm");
        File.Move(RebuildPath, DatabasePath, overwrite: true);
        DeleteIfExists(RebuildPath + "-wal");
        DeleteIfExists(RebuildPath + "-shm");
    }

    private static List<string> DropSecondaryIndexes(SqliteConnection connection)
    {
        var definitions = new List<(string Name, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                definitions.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in definitions)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP INDEX \"{name}\"";
            command.ExecuteNonQuery();
        }

        return [.. definitions.Select(d => d.Sql)];
    }

    private static void RecreateIndexes(SqliteConnection connection, SqliteTransaction transaction, List<string> definitions)
    {
        foreach (var sql in definitions)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    private static int CountEstablishments(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM establishment";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void DeleteDatabaseFiles(string path)
    {
        DeleteIfExists(path);
        DeleteIfExists(path + "-wal");
        DeleteIfExists(path + "-shm");
        DeleteIfExists(path + "-journal");
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
