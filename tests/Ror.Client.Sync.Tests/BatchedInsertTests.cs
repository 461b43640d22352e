using Microsoft.Data.Sqlite;
using Ror.Client.Sync.Storage;

namespace Ror.Client.Sync.Tests;

public sealed class BatchedInsertTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public BatchedInsertTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, r REAL) WITHOUT ROWID; CREATE TABLE log (k TEXT, n INTEGER, r REAL)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private List<(string? K, long? N, double? R)> Rows(string table)
    {
        using var select = _connection.CreateCommand();
        select.CommandText = $"SELECT k, n, r FROM {table} ORDER BY rowid";
        if (table == "t")
        {
            select.CommandText = "SELECT k, n, r FROM t ORDER BY k";
        }

        using var reader = select.ExecuteReader();
        var rows = new List<(string?, long?, double?)>();
        while (reader.Read())
        {
            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetDouble(2)));
        }

        return rows;
    }

    [Fact]
    public void EndRow_FullStatement_WritesItsRowsAndKeepsTheRestUntilFlush()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO log (k, n, r)", 3, rowsPerStatement: 3);
        using var transaction = _connection.BeginTransaction();

        for (var i = 1; i <= 7; i++)
        {
            insert.Text($"row{i}").Integer(i).Real(i / 2.0).EndRow(transaction);
        }

        Assert.Equal(6, Rows("log").Count);
        Assert.Equal(1, insert.PendingRows);

        insert.Flush(transaction);
        transaction.Commit();

        var rows = Rows("log");
        Assert.Equal(Enumerable.Range(1, 7).Select(i => ((string?)$"row{i}", (long?)i, (double?)(i / 2.0))), rows);
        Assert.Equal(0, insert.PendingRows);
    }

    [Fact]
    public void Flush_NullsAndEmptyText_KeepTheirValues()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO log (k, n, r)", 3, rowsPerStatement: 4);
        using var transaction = _connection.BeginTransaction();

        insert.Text(null).Integer(null).Real(null).EndRow(transaction);
        insert.Text(string.Empty).Integer(0).Real(0).EndRow(transaction);
        insert.Text("é中😀").Integer(long.MinValue).Real(-1.25).EndRow(transaction);
        insert.Flush(transaction);
        transaction.Commit();

        Assert.Equal(
            [(null, null, null), (string.Empty, 0L, 0.0), ("é中😀", long.MinValue, -1.25)],
            Rows("log"));
    }

    [Fact]
    public void Flush_OrReplaceWithTheSameKeyTwiceInOneStatement_KeepsTheLastRowLikeOneStatementPerRow()
    {
        using var batched = new BatchedInsert(_connection, "INSERT OR REPLACE INTO t (k, n, r)", 3, rowsPerStatement: 8);
        using var transaction = _connection.BeginTransaction();

        batched.Text("a").Integer(1).Real(null).EndRow(transaction);
        batched.Text("b").Integer(2).Real(null).EndRow(transaction);
        batched.Text("a").Integer(3).Real(null).EndRow(transaction);
        batched.Flush(transaction);
        transaction.Commit();

        Assert.Equal([("a", 3L, null), ("b", 2L, null)], Rows("t"));
    }

    [Fact]
    public void EndRow_TooFewValues_ThrowsAndTheNextRowStartsAfresh()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO log (k, n, r)", 3, rowsPerStatement: 2);
        using var transaction = _connection.BeginTransaction();
        insert.Text("first").Integer(1).Real(1).EndRow(transaction);

        var error = Assert.Throws<InvalidOperationException>(() => insert.Text("broken").Integer(2).EndRow(transaction));
        insert.Text("second").Integer(3).Real(3).EndRow(transaction);
        insert.Flush(transaction);
        transaction.Commit();

        Assert.Contains("2 given", error.Message, StringComparison.Ordinal);
        Assert.Equal(["first", "second"], Rows("log").Select(r => r.K));
    }

    [Fact]
    public void Text_MoreValuesThanColumns_Throws()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO log (k, n, r)", 3, rowsPerStatement: 2);

        Assert.Throws<InvalidOperationException>(() => insert.Text("a").Integer(1).Real(1).Text("extra"));
    }

    [Fact]
    public void DiscardPartialRow_AfterAFailureWhileBuildingARow_KeepsTheEndedRows()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO log (k, n, r)", 3, rowsPerStatement: 4);
        using var transaction = _connection.BeginTransaction();
        insert.Text("kept").Integer(1).Real(1).EndRow(transaction);
        insert.Text("half").Integer(2);

        insert.DiscardPartialRow();
        insert.Text("next").Integer(3).Real(3).EndRow(transaction);
        insert.Flush(transaction);
        transaction.Commit();

        Assert.Equal(["kept", "next"], Rows("log").Select(r => r.K));
    }

    [Fact]
    public void EndRow_OneRowPerStatement_WritesEachRowAtOnce()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO log (k, n, r)", 3, rowsPerStatement: 1);
        using var transaction = _connection.BeginTransaction();

        insert.Text("a").Integer(1).Real(null).EndRow(transaction);

        Assert.Single(Rows("log"));
        Assert.Equal(0, insert.PendingRows);
    }

    [Fact]
    public void Constructor_InvalidSql_ThrowsAtOnce()
    {
        Assert.Throws<SqliteException>(() => new BatchedInsert(_connection, "INSERT INTO missing (k, n, r)", 3, rowsPerStatement: 4));
    }
}
