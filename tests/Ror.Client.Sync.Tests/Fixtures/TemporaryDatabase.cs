using Microsoft.Data.Sqlite;

namespace Ror.Client.Sync.Tests.Fixtures;

/// <summary>A directory under the temp path for database files, deleted at the end of the test.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ror-sync-tests", Guid.NewGuid().ToString("N"));

    public TemporaryDatabase()
    {
        Directory.CreateDirectory(_directory);
    }

    public string PathOf(string name = "ror.db") => Path.Combine(_directory, name);

    /// <summary>
    /// Every row of every data table, in a canonical order, for "same state" comparisons. The
    /// <c>sync_history</c> and <c>sync_checkpoint</c> tables are left out (they hold run times).
    /// </summary>
    public static IReadOnlyList<string> Dump(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('sync_history', 'sync_checkpoint') ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            var tableRows = new List<string>();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
                tableRows.Add(table + ": " + string.Join("|", values));
            }

            tableRows.Sort(StringComparer.Ordinal);
            rows.AddRange(tableRows);
        }

        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp directory is cleaned by the OS.
        }
    }
}
