using Microsoft.Data.Sqlite;

namespace Ror.Cli.Tests;

public sealed class SyncAndDemoTests
{
    [Fact]
    public async Task Demo_SmallDataset_RunsTheThreeCasesAndSucceeds()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-demo-");
        try
        {
            var database = Path.Combine(directory.FullName, "demo.db");

            var run = await CliRun.RunAsync("demo", "--db", database, "--establishments", "12", "-q");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Case 1", run.Output, StringComparison.Ordinal);
            Assert.Contains("Incremental sync", run.Output, StringComparison.Ordinal);
            Assert.Contains("1 added, 1 updated, 1 removed, 0 failed", run.Output, StringComparison.Ordinal);
            Assert.Contains("Case 2: read one establishment (TR-Lecture-OffresSanteEtablissement", run.Output, StringComparison.Ordinal);
            Assert.Contains("Case 3: read one internal organisation (TR-Lecture-OffresSanteOrganisationInterne", run.Output, StringComparison.Ordinal);
            Assert.Equal(12L, await CountAsync(database, "SELECT COUNT(*) FROM establishment"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Demo_Json_SummarisesEachCase()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-demo-");
        try
        {
            var run = await CliRun.RunAsync("demo", "--db", Path.Combine(directory.FullName, "demo.db"), "--establishments", "8", "--json");

            Assert.True(run.ExitCode == 0, run.ToString());
            using var json = run.Json();
            var root = json.RootElement;
            Assert.Equal(8, root.GetProperty("fullLoad").GetProperty("establishments").GetInt32());
            Assert.Equal(1, root.GetProperty("incremental").GetProperty("added").GetInt32());
            Assert.Equal(1, root.GetProperty("incremental").GetProperty("removed").GetInt32());
            Assert.True(root.GetProperty("establishment").GetProperty("internalOrganizations").GetInt32() > 0, run.Output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Sync_InitialThenInitialAgain_LoadsThenRefusesWithUsageError()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-sync-");
        try
        {
            var database = Path.Combine(directory.FullName, "ror.db");

            var first = await CliRun.RunAsync("sync", "--mode", "initial", "--db", database, "--json");
            var second = await CliRun.RunAsync("sync", "--mode", "initial", "--db", database);

            Assert.True(first.ExitCode == 0, first.ToString());
            using (var json = first.Json())
            {
                Assert.Equal("FullRefresh", json.RootElement.GetProperty("kind").GetString());
                Assert.Equal(40, json.RootElement.GetProperty("counts").GetProperty("establishments").GetInt32());
            }

            Assert.True(second.ExitCode == 2, second.ToString());
            Assert.Contains("already loaded", second.Error, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Sync_IncrementalOnEmptyDatabase_ExitsWithUsageError()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-sync-");
        try
        {
            var run = await CliRun.RunAsync("sync", "--mode", "incremental", "--db", Path.Combine(directory.FullName, "ror.db"));

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("never loaded", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ImportPublic_CsdFile_LoadsItsEstablishments()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-import-");
        try
        {
            var database = Path.Combine(directory.FullName, "ror.db");

            var run = await CliRun.RunAsync("import-public", CliRun.Fixture("good.xml"), "--db", database, "--json");

            Assert.True(run.ExitCode == 0, run.ToString());
            using var json = run.Json();
            Assert.Equal(1, json.RootElement.GetProperty("establishments").GetInt32());
            Assert.Equal(1L, await CountAsync(database, "SELECT COUNT(*) FROM elementary_unit"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ImportPublic_IntoAFileThatIsNotADatabase_ExitsWithTheStoreCodeAndLeavesTheFile()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-import-");
        try
        {
            var database = Path.Combine(directory.FullName, "notes.db");
            var text = "Not a database: the notes of someone who chose the wrong file name for them, long enough to fill a header.\n";
            await File.WriteAllTextAsync(database, text);

            var run = await CliRun.RunAsync("import-public", CliRun.Fixture("good.xml"), "--db", database);

            Assert.True(run.ExitCode == 7, run.ToString());
            Assert.Contains("cannot be opened as a ROR store", run.Error, StringComparison.Ordinal);
            Assert.Equal(text, await File.ReadAllTextAsync(database));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
