using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ror.Cli.Infrastructure;
using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;

namespace Ror.Cli.Commands;

/// <summary><c>ror import-public &lt;file&gt;</c>: the public weekly file (profile 0 data) into the SQLite database.</summary>
internal static class ImportPublicCommand
{
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The public weekly ROR file (CSD XML, gzip or zip)." };
        var database = new Option<string>("--db") { Description = "The SQLite database file (replaced atomically at the end).", DefaultValueFactory = _ => "ror.db" };
        var command = new Command("import-public", "Load the public weekly ROR file (open data, profile 0) into the SQLite database used by 'sync'.") { file, database };
        CommandActions.Set(command, globals, output, error, async (context, cancellationToken) =>
        {
            var console = context.Console;
            var path = Path.GetFullPath(context.Get(file)!);
            if (!File.Exists(path))
            {
                throw CliException.Usage($"File not found: {path}");
            }

            var databasePath = Path.GetFullPath(context.Get(database)!);
            var started = DateTimeOffset.UtcNow;
            await using var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = databasePath, ObtainedUnderProfile = RorAccessProfile.PublicInformation });
            await store.InitializeAsync(cancellationToken);
            var progress = new ProgressCounter(console, "entities imported");
            console.Progress($"Importing {path} into {databasePath}...");
            var result = await store.ImportExtractionAsync(
                Count(CsdReader.ReadEntitiesFromFileAsync(path, CsdReaderOptions.Default with { CaptureEntityXml = true, ReuseEntityXmlBuffer = true }, cancellationToken), progress),
                new RorImportOptions { Checkpoint = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero), StartedAt = started },
                cancellationToken);
            progress.Done();
            var counts = await store.GetCountsAsync(cancellationToken);
            if (console.Json)
            {
                console.WriteJson(new JsonObject
                {
                    ["file"] = path,
                    ["database"] = databasePath,
                    ["entities"] = result.Entities,
                    ["establishments"] = result.Establishments,
                    ["orphanFacilities"] = result.OrphanFacilities,
                    ["counts"] = SyncCommand.CountsJson(counts),
                });
            }
            else
            {
                console.Line(string.Create(CultureInfo.InvariantCulture, $"Imported {result.Entities:N0} entities, {result.Establishments} establishments ({(DateTimeOffset.UtcNow - started).TotalSeconds:F1} s)"));
                console.Line(SyncCommand.DescribeCounts(databasePath, counts));
            }

            return CliExitCodes.Ok;
        });
        return command;
    }

    private static async IAsyncEnumerable<CsdEntity> Count(IAsyncEnumerable<CsdEntity> entities, ProgressCounter progress)
    {
        await foreach (var entity in entities)
        {
            progress.Increment();
            yield return entity;
        }
    }
}
