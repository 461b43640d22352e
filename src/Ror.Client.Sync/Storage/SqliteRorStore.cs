using System.Globalization;
using Microsoft.Data.Sqlite;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// The SQLite implementation of <see cref="IRorStore"/>: a relational schema a user can query with
/// SQL (tables <c>legal_entity</c>, <c>establishment</c>, <c>internal_organization</c>, view
/// <c>elementary_unit</c>, <c>service</c>, <c>device</c>, <c>provider</c>, <c>location</c>,
/// <c>contact</c>, <c>contact_point</c>, <c>capacity</c> and the <c>sync_*</c> tables), in WAL mode.
/// </summary>
/// <remarks>
/// Writes go through one connection with prepared statements, one at a time; reads open pooled
/// connections and run alongside writes. The schema is versioned with <c>PRAGMA user_version</c>.
/// </remarks>
public sealed partial class SqliteRorStore : IRorStore
{
    private const string BuildStateKey = "build_state";
    private const string BuildComplete = "complete";
    private const string ProfileKey = "obtained_under_profile";
    private const string LastFullRefreshKey = "last_full_refresh";

    private readonly SqliteRorStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string _writeConnectionString;
    private readonly string _readConnectionString;
    private SqliteConnection? _writeConnection;
    private EntityRowWriter? _rowWriter;
    private StoreCommands? _commands;
    private volatile bool _open;
    private volatile string? _generationAtOpen;
    private bool _disposed;

    /// <summary>Creates a store over a database file; nothing is opened until first use.</summary>
    /// <param name="options">The file and settings.</param>
    /// <param name="timeProvider">The clock (for retry and history times); the system clock by default.</param>
    public SqliteRorStore(SqliteRorStoreOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ImportBatchSize, 1);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        DatabasePath = Path.GetFullPath(options.DatabasePath);
        _writeConnectionString = ConnectionString(DatabasePath, SqliteOpenMode.ReadWriteCreate, pooling: true);
        _readConnectionString = ConnectionString(DatabasePath, SqliteOpenMode.ReadOnly, pooling: true);
    }

    /// <summary>Creates a store over a database file with default settings.</summary>
    /// <param name="databasePath">Path of the SQLite file.</param>
    public SqliteRorStore(string databasePath)
        : this(new SqliteRorStoreOptions { DatabasePath = databasePath })
    {
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The schema version this library creates and migrates to.</summary>
    public static int SchemaVersion => SchemaMigrations.CurrentVersion;

    private string RebuildPath => DatabasePath + ".rebuild";

    private string BuildLockPath => DatabasePath + ".build-lock";

    private string GenerationPath => DatabasePath + ".generation";

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpenLocked();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<RorSyncCheckpoint?> GetCheckpointAsync(CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenRead();
        string? checkpoint;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT checkpoint FROM sync_checkpoint WHERE id = 1";
            checkpoint = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        if (checkpoint is null)
        {
            return null;
        }

        var lastFullRefresh = ReadMetadata(connection, LastFullRefreshKey);
        return new RorSyncCheckpoint
        {
            Value = ParseTime(checkpoint)!.Value,
            LastFullRefresh = ParseTime(lastFullRefresh),
        };
    }

    /// <inheritdoc />
    public async Task<RorStoreChange> ReplaceEstablishmentAsync(CsdDocument offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var establishments = offer.Organizations.Where(o => o.Parent is not null).ToList();
        if (establishments.Count != 1)
        {
            throw new ArgumentException($"A Lecture EG answer holds exactly one establishment (an organization with a parent); this document holds {establishments.Count}.", nameof(offer));
        }

        var establishment = RorKeys.ForOrganization(establishments[0]);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpenLocked();
            using var transaction = _writeConnection!.BeginTransaction();
            var previousLegalEntity = _commands!.DeleteEstablishment(transaction, establishment);
            var context = new RowWriteContext((int)_options.ObtainedUnderProfile, establishment);
            _rowWriter!.WriteDocument(transaction, offer, context);
            _rowWriter.Finalize(transaction, establishment);
            _commands.DeleteLegalEntityIfUnused(transaction, previousLegalEntity);
            _commands.DeleteRetry(transaction, establishment);
            transaction.Commit();
            return previousLegalEntity is null ? RorStoreChange.Added : RorStoreChange.Updated;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<RorStoreChange> RemoveEstablishmentAsync(string establishmentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(establishmentId);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpenLocked();
            using var transaction = _writeConnection!.BeginTransaction();
            var previousLegalEntity = _commands!.DeleteEstablishment(transaction, establishmentId);
            _commands.DeleteLegalEntityIfUnused(transaction, previousLegalEntity);
            _commands.DeleteRetry(transaction, establishmentId);
            transaction.Commit();
            return previousLegalEntity is null ? RorStoreChange.None : RorStoreChange.Removed;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RorSyncRetryEntry>> GetPendingRetriesAsync(CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenRead();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT establishment_id, first_failed_at, last_failed_at, attempts, reason FROM sync_retry ORDER BY establishment_id";
        var entries = new List<RorSyncRetryEntry>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new RorSyncRetryEntry
            {
                EstablishmentId = reader.GetString(0),
                FirstFailedAt = ParseTime(reader.GetString(1))!.Value,
                LastFailedAt = ParseTime(reader.GetString(2))!.Value,
                Attempts = reader.GetInt32(3),
                Reason = reader.GetString(4),
            });
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task RecordFailureAsync(string establishmentId, string reason, DateTimeOffset failedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(establishmentId);
        ArgumentNullException.ThrowIfNull(reason);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpenLocked();
            using var transaction = _writeConnection!.BeginTransaction();
            _commands!.RecordFailure(transaction, establishmentId, EntityRowWriter.Format(failedAt)!, reason);
            transaction.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task CompleteRunAsync(RorSyncRunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpenLocked();
            using var transaction = _writeConnection!.BeginTransaction();
            _commands!.InsertHistory(transaction, run);
            if (run.Checkpoint is { } checkpoint)
            {
                _commands.WriteCheckpoint(transaction, checkpoint, run.Kind, run.FinishedAt);
            }

            transaction.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RorSyncRunRecord>> GetHistoryAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenRead();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_kind, started_at, finished_at, checkpoint, added, updated, removed, failed, entities FROM sync_history ORDER BY id DESC LIMIT @count";
        command.Parameters.AddWithValue("@count", count);
        var runs = new List<RorSyncRunRecord>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            runs.Add(ReadHistory(reader));
        }

        return runs;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_disposed)
            {
                CloseLocked();
                _disposed = true;
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_open && !IsReplaced())
        {
            return;
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
    }

    private void EnsureOpenLocked()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_open && IsReplaced())
        {
            // Another store (in this process or another) swapped a full refresh in: the connections still reach the file
            // it replaced, and what they wrote would be lost. Reopen the database that is at the path now.
            CloseLocked();
        }

        if (_open)
        {
            return;
        }

        CreateDirectory();
        FinishInterruptedRebuild();

        // Read before the file is opened: a swap between the two then shows as a newer generation at the next operation.
        _generationAtOpen = ReadGeneration();
        var connection = new SqliteConnection(_writeConnectionString);
        try
        {
            connection.Open();
            Configure(connection, synchronous: "NORMAL");
            SchemaMigrations.Apply(connection);
            EnsureProfile(connection);
            _rowWriter = new EntityRowWriter(connection, _options.KeepRawCsd);
            _commands = new StoreCommands(connection);
            _writeConnection = connection;
            _open = true;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new RorStoreException($"The database '{DatabasePath}' cannot be opened as a ROR store: {exception.Message}", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Creates the folder of the database file if need be.</summary>
    private void CreateDirectory()
    {
        var directory = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    private void EnsureProfile(SqliteConnection connection)
    {
        var stored = ReadMetadata(connection, ProfileKey);
        var wanted = ((int)_options.ObtainedUnderProfile).ToString(CultureInfo.InvariantCulture);
        if (stored == wanted)
        {
            return;
        }

        // Data obtained under another profile stays what it is; new writes are labelled with the new profile.
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO store_metadata (key, value) VALUES (@key, @value)";
        command.Parameters.AddWithValue("@key", ProfileKey);
        command.Parameters.AddWithValue("@value", wanted);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    private void CloseLocked()
    {
        _open = false;
        _rowWriter?.Dispose();
        _rowWriter = null;
        _commands?.Dispose();
        _commands = null;
        if (_writeConnection is not null)
        {
            SqliteConnection.ClearPool(_writeConnection);
            _writeConnection.Dispose();
            _writeConnection = null;
        }

        using var reader = new SqliteConnection(_readConnectionString);
        SqliteConnection.ClearPool(reader);
    }

    /// <summary>
    /// Whether the database file was replaced by a full refresh since this store opened it: each swap writes a new name
    /// into <c>&lt;database&gt;.generation</c> right after it (a small file, read in microseconds).
    /// </summary>
    private bool IsReplaced() => ReadGeneration() is { } current && !string.Equals(current, _generationAtOpen, StringComparison.Ordinal);

    /// <summary>The name of the last full refresh swapped in, or <see langword="null"/> when there has been none (or it cannot be read now).</summary>
    private string? ReadGeneration()
    {
        // Most stores never see a refresh from elsewhere: no exception thrown and caught on each of their operations.
        if (!File.Exists(GenerationPath))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(GenerationPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Names a new generation of the database file (atomically: a reader sees the old name or the new one).</summary>
    private void WriteGeneration()
    {
        var temporary = GenerationPath + "." + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, Guid.NewGuid().ToString("N"));
        File.Move(temporary, GenerationPath, overwrite: true);
    }

    private SqliteConnection OpenRead()
    {
        var connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        return connection;
    }

    private static void Configure(SqliteConnection connection, string synchronous)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY;";
        command.ExecuteNonQuery();
    }

    private static string ConnectionString(string path, SqliteOpenMode mode, bool pooling) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = pooling,
            DefaultTimeout = 60,
        }.ToString();

    private static string? ReadMetadata(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM store_metadata WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        return (string?)command.ExecuteScalar();
    }

    private static RorSyncRunRecord ReadHistory(SqliteDataReader reader) => new()
    {
        Kind = Enum.Parse<RorSyncRunKind>(reader.GetString(0)),
        StartedAt = ParseTime(reader.GetString(1))!.Value,
        FinishedAt = ParseTime(reader.GetString(2))!.Value,
        Checkpoint = reader.IsDBNull(3) ? null : ParseTime(reader.GetString(3)),
        Added = reader.GetInt32(4),
        Updated = reader.GetInt32(5),
        Removed = reader.GetInt32(6),
        Failed = reader.GetInt32(7),
        Entities = reader.GetInt64(8),
    };

    private static DateTimeOffset? ParseTime(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static DateOnly? ParseDate(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static RorAccessProfile ParseProfile(long value) => RorAccessProfiles.FromNumber((int)value);
}
