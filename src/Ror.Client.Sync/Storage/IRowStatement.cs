using Microsoft.Data.Sqlite;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// A parameterised statement that the row writer binds value by value, then runs: either prepared on a connection
/// (<see cref="PreparedCommand"/>) or recorded to be run later on another thread (<see cref="RowRecorder"/>).
/// </summary>
internal interface IRowStatement : IDisposable
{
    /// <summary>Binds the next parameter to a text value (null becomes SQL NULL).</summary>
    IRowStatement Text(string? value);

    /// <summary>Binds the next parameter to an integer (null becomes SQL NULL).</summary>
    IRowStatement Integer(long? value);

    /// <summary>Binds the next parameter to a boolean stored as 0 or 1.</summary>
    IRowStatement Flag(bool value);

    /// <summary>Binds the next parameter to a real number (null becomes SQL NULL).</summary>
    IRowStatement Real(double? value);

    /// <summary>Binds the next parameter to bytes (null becomes SQL NULL).</summary>
    IRowStatement Blob(ReadOnlyMemory<byte>? value);

    /// <summary>
    /// Runs the statement with the parameters bound since the last run, inside <paramref name="transaction"/>; a recorded
    /// statement takes no transaction (null) and runs inside the one its recording is replayed in.
    /// </summary>
    void Run(SqliteTransaction? transaction);
}

/// <summary>Where the row writer gets its statements from.</summary>
internal interface IRowStatementFactory
{
    /// <summary>A statement for <paramref name="sql"/>, which declares <paramref name="parameterCount"/> parameters.</summary>
    IRowStatement Prepare(string sql, int parameterCount);
}

/// <summary>Statements prepared on an open connection.</summary>
/// <param name="connection">The connection.</param>
internal sealed class ConnectionStatementFactory(SqliteConnection connection) : IRowStatementFactory
{
    /// <inheritdoc />
    public IRowStatement Prepare(string sql, int parameterCount) => new PreparedCommand(connection, sql, parameterCount);
}
