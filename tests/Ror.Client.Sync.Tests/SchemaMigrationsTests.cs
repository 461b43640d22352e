using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Tests.Fixtures;

namespace Ror.Client.Sync.Tests;

public sealed partial class SchemaMigrationsTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Apply_NewDatabase_GivesTheSchemaOfEveryScriptAppliedInTurn()
    {
        using (var created = Open("created.db"))
        {
            SchemaMigrations.Apply(created);
        }

        using (var stepwise = Open("stepwise.db"))
        {
            for (var version = 0; version < SchemaMigrations.CurrentVersion; version++)
            {
                using var command = stepwise.CreateCommand();
                command.CommandText = SchemaMigrations.Scripts[version] + $"\nPRAGMA user_version = {version + 1};";
                command.ExecuteNonQuery();
            }
        }

        var expected = Describe(_database.PathOf("stepwise.db"));
        var actual = Describe(_database.PathOf("created.db"));

        // Every kind of object is there, so that an empty description cannot pass.
        Assert.Contains(expected, line => line.StartsWith("object table internal_organization ", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("object index ix_capacity_establishment ", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("object view elementary_unit ", StringComparison.Ordinal));
        Assert.Contains(expected, line => line == "table contact rowid 0");
        Assert.Contains(expected, line => line == "table establishment rowid 1");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Apply_NewDatabase_RunsOneTransactionAndOpeningAgainChangesNothing()
    {
        using var connection = Open();
        SchemaMigrations.Apply(connection);
        Assert.Equal(SchemaMigrations.CurrentVersion, SchemaMigrations.ReadVersion(connection));
        var before = Describe(_database.PathOf());

        SchemaMigrations.Apply(connection);

        Assert.Equal(SchemaMigrations.CurrentVersion, SchemaMigrations.ReadVersion(connection));
        Assert.Equal(before, Describe(_database.PathOf()));
    }

    [Fact]
    public void Apply_NewDatabaseWhoseScriptFails_LeavesNoTableBehind()
    {
        using var connection = Open();
        using (var command = connection.CreateCommand())
        {
            // A table of the schema already there (but no version): the creation fails and is rolled back as a whole.
            command.CommandText = "CREATE TABLE sync_retry (x INTEGER);";
            command.ExecuteNonQuery();
        }

        Assert.Throws<SqliteException>(() => SchemaMigrations.Apply(connection));

        Assert.Equal(0, SchemaMigrations.ReadVersion(connection));
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sqlite_master";
        Assert.Equal(1L, count.ExecuteScalar());
    }

    private SqliteConnection Open(string name = "ror.db")
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.PathOf(name), Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The schema of a database as lines that do not depend on how it was reached: each object, each table's columns
    /// and whether it has a rowid, each index's columns, and each view's SQL with its spacing normalised.
    /// </summary>
    private static List<string> Describe(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var lines = new List<string>();
        Read(connection, "SELECT 'object ' || type || ' ' || name || ' on ' || tbl_name FROM sqlite_master ORDER BY type, name", lines);
        Read(connection, "SELECT 'table ' || name || ' rowid ' || (1 - wr) || '' FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", lines);
        Read(connection, """
            SELECT 'column ' || m.name || ' ' || c.cid || ' ' || c.name || ' ' || c.type || ' notnull ' || c."notnull" || ' default ' || coalesce(c.dflt_value, '-') || ' pk ' || c.pk
            FROM sqlite_master m JOIN pragma_table_xinfo(m.name) c WHERE m.type = 'table' ORDER BY m.name, c.cid
            """, lines);
        Read(connection, """
            SELECT 'index ' || m.name || ' ' || i.name || ' unique ' || i."unique" || ' ' || i.origin || ' partial ' || i.partial
            FROM sqlite_master m JOIN pragma_index_list(m.name) i WHERE m.type = 'table' ORDER BY m.name, i.name
            """, lines);
        Read(connection, """
            SELECT 'key ' || m.name || ' ' || x.seqno || ' ' || coalesce(x.name, '<rowid>') || ' desc ' || x."desc" || ' ' || x.coll || ' key ' || x."key"
            FROM sqlite_master m JOIN pragma_index_xinfo(m.name) x WHERE m.type = 'index' ORDER BY m.name, x.seqno
            """, lines);
        var views = new List<string>();
        Read(connection, "SELECT sql FROM sqlite_master WHERE type = 'view' ORDER BY name", views);
        lines.AddRange(views.Select(view => "view " + Spaces().Replace(view, " ").Trim()));
        return lines;
    }

    private static void Read(SqliteConnection connection, string sql, List<string> lines)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
