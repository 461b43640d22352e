using Microsoft.Data.Sqlite;
using Ror.Client.Sync.Storage;

namespace Ror.Client.Sync.Tests;

public sealed class PreparedCommandTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public PreparedCommandTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (a TEXT, b INTEGER, c REAL, d BLOB, e TEXT)";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private List<object?[]> Rows()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT a, b, c, d, e FROM t ORDER BY rowid";
        using var reader = select.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[5];
            for (var i = 0; i < 5; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void Direct_WithTheBundledLibrary_CallsSqliteDirectly()
    {
        // The store ships with the bundled e_sqlite3: its statements must take the direct path (a provider change that
        // silently fell back would only show as a slower import).
        Assert.NotNull(SqliteNative.Functions);
        using var insert = new PreparedCommand(_connection, "INSERT INTO t VALUES (@p0, @p1, @p2, @p3, @p4)", 5);
        Assert.True(insert.IsDirect);
        using var throughProvider = new PreparedCommand(_connection, "INSERT INTO t VALUES (@p0, @p1, @p2, @p3, @p4)", 5, direct: false);
        Assert.False(throughProvider.IsDirect);

        // The statement's handle is held by the command until it is disposed, once, however many times Dispose is called.
        insert.Dispose();
        insert.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_TypedValues_StoresEachWithItsType(bool direct)
    {
        using var insert = new PreparedCommand(_connection, "INSERT INTO t VALUES (@p0, @p1, @p2, @p3, @p4)", 5, direct);
        using var transaction = _connection.BeginTransaction();

        insert.Text("é中😀").Integer(42).Real(1.5).Blob(new byte[] { 1, 2 }).Text(string.Empty).Run(transaction);
        insert.Text(null).Flag(true).Real(null).Blob(null).Text(null).Run(transaction);
        transaction.Commit();

        var rows = Rows();
        Assert.Equal(new object?[] { "é中😀", 42L, 1.5, new byte[] { 1, 2 }, string.Empty }, rows[0]);
        Assert.Equal(new object?[] { null, 1L, null, null, null }, rows[1]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public unsafe void PinnedValues_ChangedAfterTheRun_TheStoredRowKeepsWhatWasBound(bool direct)
    {
        using var insert = new PreparedCommand(_connection, "INSERT INTO t VALUES (@p0, @p1, @p2, @p3, @p4)", 5, direct);
        using var transaction = _connection.BeginTransaction();
        var buffer = "abcdef"u8.ToArray();
        fixed (byte* bytes = buffer)
        {
            insert.PinnedText(bytes, 3).Integer(1).Real(null).PinnedBlob(bytes + 3, 3).PinnedText(bytes, 0).Run(transaction);

            // SQLite read the values in place during the run; what the buffer holds afterwards is not the row's business.
            "XYZUVW"u8.CopyTo(buffer);
            insert.PinnedText(bytes + 1, 2).Integer(2).Real(null).PinnedBlob(bytes, 0).Text(null).Run(transaction);
        }

        transaction.Commit();
        var rows = Rows();
        Assert.Equal(new object?[] { "abc", 1L, null, "def"u8.ToArray(), string.Empty }, rows[0]);
        Assert.Equal(new object?[] { "YZ", 2L, null, Array.Empty<byte>(), null }, rows[1]);
    }

    [Fact]
    public void Run_TooFewValues_ThrowsAndTheNextRowStartsAfresh()
    {
        using var insert = new PreparedCommand(_connection, "INSERT INTO t VALUES (@p0, @p1, @p2, @p3, @p4)", 5);
        using var transaction = _connection.BeginTransaction();

        var error = Assert.Throws<InvalidOperationException>(() => insert.Text("a").Integer(1).Run(transaction));
        insert.Text("b").Integer(2).Real(null).Blob(null).Text(null).Run(transaction);
        transaction.Commit();

        Assert.Contains("2 bound", error.Message, StringComparison.Ordinal);
        Assert.Equal("b", Assert.Single(Rows())[0]);
    }

    [Fact]
    public void Text_MoreValuesThanParameters_Throws()
    {
        using var insert = new PreparedCommand(_connection, "INSERT INTO t (a) VALUES (@p0)", 1);

        Assert.Throws<InvalidOperationException>(() => insert.Text("a").Text("b"));
    }

    [Fact]
    public void Run_RepeatedWithoutClearing_KeepsNoValueOfThePreviousRow()
    {
        using var insert = new PreparedCommand(_connection, "INSERT INTO t VALUES (@p0, @p1, @p2, @p3, @p4)", 5);
        using var transaction = _connection.BeginTransaction();

        insert.Text("x").Integer(7).Real(2.0).Blob(new byte[] { 9 }).Text("y").Run(transaction);
        insert.Text(null).Integer(null).Real(null).Blob(null).Text(null).Run(transaction);
        transaction.Commit();

        Assert.All(Rows()[1], Assert.Null);
    }
}
