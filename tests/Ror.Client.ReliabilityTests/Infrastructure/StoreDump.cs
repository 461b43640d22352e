using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>
/// The content of a SQLite store, table by table, each table's rows rendered as text and sorted: two stores hold the same
/// data when their dumps are equal. The run bookkeeping that legitimately differs between two runs reaching the same state
/// is left out: <c>sync_history</c>, <c>sync_checkpoint</c> (run times) and the <c>last_full_refresh</c> metadata row.
/// <c>sync_retry</c> is kept: an establishment still waiting for a retry is a difference.
/// </summary>
public sealed class StoreDump
{
    private static readonly HashSet<string> ExcludedTables = new(StringComparer.Ordinal) { "sync_history", "sync_checkpoint" };
    private static readonly HashSet<string> ExcludedMetadata = new(StringComparer.Ordinal) { "last_full_refresh" };

    private StoreDump(SortedDictionary<string, List<string>> tables)
    {
        Tables = tables;
    }

    /// <summary>Rows per table, sorted ordinally.</summary>
    public IReadOnlyDictionary<string, List<string>> Tables { get; }

    /// <summary>The number of data rows (every dumped table).</summary>
    public int RowCount => Tables.Values.Sum(rows => rows.Count);

    /// <summary>Reads the database file (read-only, no pooling, so the file is not held afterwards).</summary>
    public static StoreDump Read(string path)
    {
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new StoreDump(tables);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var names = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var table in names.Where(name => !ExcludedTables.Contains(name)))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                if (table == "store_metadata" && ExcludedMetadata.Contains(reader.GetString(0)))
                {
                    continue;
                }

                rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) + "=" + Render(reader, i))));
            }

            rows.Sort(StringComparer.Ordinal);
            tables[table] = rows;
        }

        return new StoreDump(tables);
    }

    /// <summary>Fails with the first differing table and a few of its differing rows when <paramref name="actual"/> differs from <paramref name="expected"/>.</summary>
    public static void AssertEqual(StoreDump expected, StoreDump actual, string because)
    {
        Assert.True(expected.RowCount > 0, $"{because}: the reference store is empty, the comparison would prove nothing.");
        var tableNames = expected.Tables.Keys.Union(actual.Tables.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var table in tableNames)
        {
            var want = expected.Tables.GetValueOrDefault(table) ?? [];
            var got = actual.Tables.GetValueOrDefault(table) ?? [];
            if (want.SequenceEqual(got, StringComparer.Ordinal))
            {
                continue;
            }

            var missing = want.Except(got, StringComparer.Ordinal).ToList();
            var extra = got.Except(want, StringComparer.Ordinal).ToList();
            Assert.Fail(
                $"{because}: table {table} differs ({want.Count} row(s) expected, {got.Count} found; {missing.Count} missing, {extra.Count} unexpected)."
                + $"\nFirst missing: {Shorten(missing.FirstOrDefault())}\nFirst unexpected: {Shorten(extra.FirstOrDefault())}");
        }
    }

    private static string Render(SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return "NULL";
        }

        var value = reader.GetValue(ordinal);
        return value is byte[] bytes ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
    }

    private static string Shorten(string? row) => row is null ? "(none)" : row.Length <= 400 ? row : row[..400] + "…";
}
