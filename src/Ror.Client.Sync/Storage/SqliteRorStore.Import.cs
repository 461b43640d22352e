using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Sync.Storage;

/// <summary>Extraction import into a new file and atomic swap.</summary>
public sealed partial class SqliteRorStore
{
    /// <summary>Entities whose rows are handed from the reading thread of the import to the storing one at a time.</summary>
    private const int PipelineBatch = 64;

    /// <summary>
    /// Recorded batches that may wait for the storing thread (2,048 entities: their text and raw CSD, in buffers of 256 KB
    /// or more, some 8 MB for an extraction). The two threads take turns at setting the pace: establishments and
    /// professionals cost more to read, internal organisations and their child rows more to store. Measured at national
    /// scale (100,000 establishments, alternated): 8 batches 36.1–36.7 s, 32 batches 33.9–34.9 s at the same peak working
    /// set, 64 batches 32.7–34.6 s for 40 MB more.
    /// </summary>
    private const int PipelineDepth = 32;

    /// <summary>
    /// Page size of a rebuilt database. Rows carry their raw CSD (a few KB): with the 4 KiB default most of them
    /// spill into overflow chains, which the bulk load pays for on every insert; 32 KiB pages hold them inline.
    /// </summary>
    private const int RebuildPageSize = 32768;

    /// <summary>
    /// SQLite's page cache for a rebuild, in KiB. Measured with every index kept during the load: 32 MiB load as fast as
    /// 128 MiB at 2,000, 30,000 and 100,000 establishments, for about 100 MiB less peak working set (a larger cache paid
    /// off only while the indexes were built at the end, by scans of the tables).
    /// </summary>
    private const int RebuildCacheKibibytes = 32 * 1024;

    /// <summary>Child rows written per statement during an import (measured: 16 rows cost about half as much per row as one).</summary>
    private const int ImportRowsPerStatement = 16;

    /// <inheritdoc />
    public async Task<RorImportResult> ImportExtractionAsync(IAsyncEnumerable<CsdEntity> entities, RorImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<RorSyncRunRecord> history;
        if (!_open && !File.Exists(DatabasePath) && !DatabaseFiles(RebuildPath).Any(File.Exists))
        {
            // A store with no database yet (and no build left over) is not created only to be replaced at the swap: the
            // build becomes its first database, with no history to carry over.
            ObjectDisposedException.ThrowIf(_disposed, this);
            CreateDirectory();
            history = [];
        }
        else
        {
            await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
            history = await GetHistoryAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        }

        // One build of a database at a time, in this process or another: the lock is held until the build is swapped in.
        using var buildLock = BuildLock.TryAcquire(BuildLockPath)
            ?? throw new RorStoreException($"A full refresh of '{DatabasePath}' is already in progress, in this process or another; only one may build it at a time.");

        // The new database is built beside the current one, which stays usable (and untouched) until the swap.
        DeleteDatabaseFiles(RebuildPath);
        RorImportResult result;
        var connection = new SqliteConnection(ConnectionString(RebuildPath, SqliteOpenMode.ReadWriteCreate, pooling: false));
        BackgroundFileSync? backgroundSync = null;
        try
        {
            connection.Open();

            // A crash or an error during the build only loses the build file: the build (its schema included) neither
            // journals nor waits for the disk, and works in a large page cache. WAL and durability come back at the end.
            // The page size only takes effect before the first table is created.
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = $"PRAGMA page_size = {RebuildPageSize.ToString(CultureInfo.InvariantCulture)}; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -{RebuildCacheKibibytes.ToString(CultureInfo.InvariantCulture)}; PRAGMA temp_store = FILE;";
                pragmas.ExecuteNonQuery();
            }

            SchemaMigrations.Apply(connection);

            // The load writes the file without syncing it; its pages go to the disk in the background after each commit,
            // so that the sync that makes the build durable at the end finds little left to write.
            backgroundSync = new BackgroundFileSync(RebuildPath);

            // Every index is kept up during the load. Dropping the entity tables' secondary indexes and building them at
            // the end measured no faster at 30,000 and 100,000 establishments (the storing thread, the longer side, does
            // the same work either way, and each build scans the tables' raw CSD), and slower at 2,000.
            // The entities' rows are recorded by a writer on the reading thread and replayed here (see below); the
            // services and devices wait in staging tables until the end.
            EntityRowWriter.CreateStagingTables(connection);
            using var commands = new StoreCommands(connection);
            var context = new RowWriteContext((int)_options.ObtainedUnderProfile, singleEstablishment: null, intoEmptyStore: true);
            var recorder = new RowRecorder();
            using var replayer = new RowReplayer(connection, recorder);
            var transaction = connection.BeginTransaction();
            try
            {
                // Two threads. One reads the extraction and turns each entity into rows at once (model walking,
                // formatting, UTF-8 encoding, batching the child rows), recorded as statements and values, with the raw
                // CSD of entities the reader did not capture serialised there too. This one binds and steps them in
                // SQLite. The recordings go from the first to the second in batches of 64 entities through a bounded
                // channel; they hold no entity, so the entities die young on the thread that made them, and the
                // collections have little to copy. Entities keep their order, and so do the statements.
                var recorded = Channel.CreateBounded<RowRecording>(PipelineOptions());
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

                // The recordings (with the raw CSD copied into them) go back and forth between the threads instead of
                // becoming garbage (an extraction is some 100 MB of raw CSD per 40,000 entities).
                var recordings = new ConcurrentQueue<RowRecording>();
                var recording = Task.Run(
                    () => ReadAndRecordAsync(entities, new ImportRecorder(recorder, recordings, context, _options.KeepRawCsd, _options.ImportBatchSize), recorded.Writer, stop),
                    CancellationToken.None);
                try
                {
                    await foreach (var batch in recorded.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                    {
                        transaction = replayer.Replay(batch, transaction, stored =>
                        {
                            transaction.Commit();
                            transaction.Dispose();
                            transaction = connection.BeginTransaction();
                            backgroundSync.Request();
                            options.Progress?.Report(stored);
                            return transaction;
                        });
                        batch.Clear();
                        recordings.Enqueue(batch);
                    }

                    // The channel also completes when reading or recording fails: its exception (a malformed extraction, a
                    // cut download, an entity the rows cannot hold, a cancellation) surfaces here, before anything is
                    // finalised. Once it is awaited, the context the reading thread filled in is read here.
                    await recording.ConfigureAwait(false);
                }
                catch
                {
                    // Stop the reading thread and wait for it: nothing may still read the source once this method returns.
                    await stop.CancelAsync().ConfigureAwait(false);
                    await StoppedAsync(recording).ConfigureAwait(false);
                    throw;
                }
                finally
                {
                    // Both threads are done with the recordings given back (those still in the channel after a failure are
                    // left to the collector): their buffers go back to the shared pools, so the next import, in this store
                    // or another, reuses them instead of allocating some 40 MB of large buffers again.
                    while (recordings.TryDequeue(out var done))
                    {
                        done.Return();
                    }
                }

                EntityRowWriter.Finalize(connection, transaction, establishment: null);
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

            // The load neither journals nor syncs, so the build is made durable before it is marked complete. Once in WAL
            // mode with full sync (the switch rewrites the file's header in place), the database file is synced: every
            // page the load wrote unsynced is then on the disk. Only after that is the "complete" marker committed
            // (synced in the WAL) and folded back (the checkpoint syncs the file again). A power loss at any point leaves
            // either a build that is not marked complete (deleted at next open) or a complete and durable one.
            using (var mode = connection.CreateCommand())
            {
                mode.CommandText = "PRAGMA synchronous = FULL; PRAGMA journal_mode = WAL;";
                mode.ExecuteNonQuery();
            }

            backgroundSync.Flush();
            WriteBuildState(connection, commands, BuildComplete);
        }
        catch
        {
            connection.Dispose();
            backgroundSync?.Dispose();
            DeleteDatabaseFiles(RebuildPath);
            throw;
        }

        connection.Dispose();
        backgroundSync.Dispose();
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

    private static BoundedChannelOptions PipelineOptions() => new(PipelineDepth)
    {
        SingleReader = true,
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.Wait,
    };

    /// <summary>Waits for the reading thread once told to stop; its own failure is not the one reported.</summary>
    private static async Task StoppedAsync(Task reading)
    {
        try
        {
            await reading.ConfigureAwait(false);
        }
        catch
        {
            // The storing side failed first, or the import was cancelled: that exception is the one reported.
        }
    }

    /// <summary>
    /// The reading thread of the import: reads the entities, turns them into rows at once, and hands the recorded
    /// statements over, one recording per <see cref="PipelineBatch"/> entities, with a commit point every
    /// <see cref="SqliteRorStoreOptions.ImportBatchSize"/> entities.
    /// </summary>
    private static async Task ReadAndRecordAsync(IAsyncEnumerable<CsdEntity> entities, ImportRecorder producer, ChannelWriter<RowRecording> channel, CancellationTokenSource stop)
    {
        try
        {
            using var raw = producer.KeepRawCsd ? new RawCsdWriter() : null;
            using var writer = new EntityRowWriter(producer.Recorder, producer.KeepRawCsd, ImportRowsPerStatement);
            var context = producer.Context;
            var sinceCommit = 0;
            var inBatch = 0;
            var recording = producer.NextRecording();
            await foreach (var entity in entities.WithCancellation(stop.Token).ConfigureAwait(false))
            {
                // The entity's XML as read when the reader kept it (CsdReaderOptions.CaptureEntityXml), else written again
                // into the writer's buffer. Either way the recording copies it at once: the entity and its array then die
                // young on this thread, instead of being held until the storing thread has run the batch, outliving a few
                // collections and being copied into the older generations.
                ReadOnlyMemory<byte>? rawCsd = raw is null ? null
                    : CsdReader.TryGetEntityXml(entity, out var captured) ? captured : raw.WriteToBuffer(entity);
                writer.Write(null, entity, rawCsd, context);
                if (++sinceCommit == producer.CommitEvery)
                {
                    // The child rows still buffered go into this transaction.
                    writer.Flush(null);
                    recording.AddCommit(context.Entities);
                    sinceCommit = 0;
                }

                if (++inBatch == PipelineBatch)
                {
                    await channel.WriteAsync(recording, stop.Token).ConfigureAwait(false);
                    recording = producer.NextRecording();
                    inBatch = 0;
                }
            }

            writer.Flush(null);
            if (recording.OperationCount > 0)
            {
                await channel.WriteAsync(recording, stop.Token).ConfigureAwait(false);
            }
        }
        catch
        {
            // Stop reading at once: the storing thread learns of the failure when the channel completes.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            // The failure itself travels through this task, so that it keeps its type and stack.
            channel.TryComplete();
        }
    }

    /// <summary>What the reading thread of an import records with.</summary>
    /// <param name="Recorder">Records the rows' statements (its statements are replayed on the storing side).</param>
    /// <param name="Recordings">Recordings given back by the storing side once replayed, to reuse.</param>
    /// <param name="Context">The import's row context, filled in by the reading thread only.</param>
    /// <param name="KeepRawCsd">Whether rows keep their raw CSD.</param>
    /// <param name="CommitEvery">Entities per transaction.</param>
    private sealed record ImportRecorder(RowRecorder Recorder, ConcurrentQueue<RowRecording> Recordings, RowWriteContext Context, bool KeepRawCsd, int CommitEvery)
    {
        public RowRecording NextRecording()
        {
            var recording = Recordings.TryDequeue(out var reused) ? reused : new RowRecording(KeepRawCsd ? RowRecording.BatchWithRawCsdBytes : RowRecording.TextBytes);
            Recorder.Current = recording;
            return recording;
        }
    }

    /// <summary>
    /// Called when opening: a finished build left by a run killed before its swap is swapped in; an
    /// unfinished one is deleted (the current database was never touched by it). A build whose lock is
    /// held belongs to a run in progress (in this process or another) and is left alone.
    /// </summary>
    private void FinishInterruptedRebuild()
    {
        if (!DatabaseFiles(RebuildPath).Any(File.Exists))
        {
            return;
        }

        using var buildLock = BuildLock.TryAcquire(BuildLockPath);
        if (buildLock is null)
        {
            return;
        }

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

    /// <summary>
    /// Closes every connection to the current file and renames the finished build over it, then names the new
    /// generation of the file, so that the other stores over it reopen it before their next read or write.
    /// </summary>
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
        WriteGeneration();
    }

    /// <summary>Commits a build state in its own transaction, then folds the WAL back into the database file, synced.</summary>
    private void WriteBuildState(SqliteConnection connection, StoreCommands commands, string state)
    {
        using (var transaction = connection.BeginTransaction())
        {
            commands.SetMetadata(transaction, BuildStateKey, state);
            transaction.Commit();
        }

        // The checkpoint names the main database: without a schema it also visits the temporary one (staging tables),
        // which answers busy once, and Microsoft.Data.Sqlite sleeps 150 ms before trying again.
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA main.wal_checkpoint(TRUNCATE);";
        using var reader = checkpoint.ExecuteReader();
        if (!reader.Read() || reader.GetInt64(0) != 0 || reader.GetInt64(1) != reader.GetInt64(2))
        {
            throw new RorStoreException($"The rebuilt database '{RebuildPath}' could not be written back from its write-ahead log.");
        }
    }

    private static int CountEstablishments(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM establishment";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>A SQLite database file and the files SQLite may keep beside it.</summary>
    private static string[] DatabaseFiles(string path) => [path, path + "-wal", path + "-shm", path + "-journal"];

    private static void DeleteDatabaseFiles(string path)
    {
        foreach (var file in DatabaseFiles(path))
        {
            DeleteIfExists(file);
        }
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
