using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ror.Cli.Infrastructure;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;

namespace Ror.Cli.Commands;

/// <summary><c>ror sync</c>: usage case 1, the local SQLite copy of the ROR offer.</summary>
internal static class SyncCommand
{
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "auto: full load when never loaded or due, incremental otherwise; initial: first load from the extraction (refused if already loaded); incremental: TR-Notif + Lecture EG of each changed establishment; full: reload from the extraction.",
            DefaultValueFactory = _ => "auto",
        };
        mode.AcceptOnlyFromAmong("auto", "initial", "incremental", "full");
        var database = new Option<string>("--db") { Description = "The SQLite database file.", DefaultValueFactory = _ => "ror.db" };
        var concurrency = new Option<int>("--concurrency") { Description = "Lecture EG calls in flight during an incremental run.", DefaultValueFactory = _ => 4 };
        var command = new Command("sync", "Synchronise the ROR offer into a SQLite database (usage case 1): extraction, then TR-Notif + Lecture EG.")
        {
            mode, database, concurrency,
        };
        CommandActions.Set(command, globals, output, error, async (context, cancellationToken) =>
        {
            if (context.Get(concurrency) is < 1 or > 64)
            {
                throw CliException.Usage("--concurrency takes 1 to 64.");
            }

            await using var connection = await RorConnection.OpenAsync(context, cancellationToken);
            var databasePath = Path.GetFullPath(context.Get(database)!);
            var (result, counts) = await RunAsync(context.Console, connection, context.Get(mode)!, databasePath, context.Get(concurrency), null, cancellationToken);
            Print(context.Console, databasePath, result, counts);
            return result.Failures.Count == 0 ? CliExitCodes.Ok : CliExitCodes.Service;
        });
        return command;
    }

    internal static async Task<(RorSyncResult Result, RorStoreCounts Counts)> RunAsync(
        CliConsole console,
        RorConnection connection,
        string mode,
        string databasePath,
        int concurrency,
        RorClosedEstablishmentPolicy? closedPolicy,
        CancellationToken cancellationToken)
    {
        var syncOptions = new RorSyncOptions
        {
            DatabasePath = databasePath,
            ObtainedUnderProfile = connection.ObtainedProfile,
            MaxConcurrency = concurrency,
            ClosedEstablishments = closedPolicy ?? RorClosedEstablishmentPolicy.Keep,
        };
        await using var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = databasePath, ObtainedUnderProfile = connection.ObtainedProfile });
        await store.InitializeAsync(cancellationToken);
        using var synchronizer = new RorSynchronizer(new RorClientSyncSource(connection.Client), store, syncOptions);
        var progress = new SyncProgressPrinter(console);
        var checkpoint = await store.GetCheckpointAsync(cancellationToken);
        var result = mode switch
        {
            "initial" when checkpoint is not null => throw CliException.Usage($"{databasePath} is already loaded (data current up to {checkpoint.Value:O}): use --mode incremental, or --mode full to reload."),
            "initial" or "full" => await synchronizer.RunFullRefreshAsync(progress, cancellationToken),
            "incremental" when checkpoint is null => throw CliException.Usage($"{databasePath} was never loaded: run --mode initial first."),
            "incremental" => await synchronizer.RunIncrementalAsync(progress, cancellationToken),
            _ => await synchronizer.RunAsync(progress, cancellationToken),
        };
        return (result, await store.GetCountsAsync(cancellationToken));
    }

    private static void Print(CliConsole console, string databasePath, RorSyncResult result, RorStoreCounts counts)
    {
        if (console.Json)
        {
            var failures = new JsonArray();
            foreach (var failure in result.Failures)
            {
                failures.Add(new JsonObject { ["establishmentId"] = failure.EstablishmentId, ["reason"] = failure.Reason });
            }

            console.WriteJson(new JsonObject
            {
                ["database"] = databasePath,
                ["kind"] = result.Kind.ToString(),
                ["added"] = result.Added,
                ["updated"] = result.Updated,
                ["removed"] = result.Removed,
                ["entities"] = result.Entities,
                ["failures"] = failures,
                ["checkpoint"] = result.Checkpoint.ToString("O", CultureInfo.InvariantCulture),
                ["durationSeconds"] = Math.Round(result.Duration.TotalSeconds, 3),
                ["counts"] = CountsJson(counts),
            });
            return;
        }

        console.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Kind}: {result.Added} added, {result.Updated} updated, {result.Removed} removed, {result.Failures.Count} failed ({result.Entities:N0} entities, {result.Duration.TotalSeconds:F1} s)"));
        foreach (var failure in result.Failures)
        {
            console.Line($"  ✗ {failure.EstablishmentId}: {failure.Reason}");
        }

        console.Line(DescribeCounts(databasePath, counts));
    }

    internal static string DescribeCounts(string databasePath, RorStoreCounts counts) => string.Create(
        CultureInfo.InvariantCulture,
        $"{databasePath}: {counts.LegalEntities} EJ, {counts.Establishments} EG, {counts.InternalOrganizations} internal organisations ({counts.ElementaryUnits} UE), {counts.Services} services, {counts.Devices} devices, {counts.Providers} professionals");

    internal static JsonObject CountsJson(RorStoreCounts counts) => new()
    {
        ["legalEntities"] = counts.LegalEntities,
        ["establishments"] = counts.Establishments,
        ["internalOrganizations"] = counts.InternalOrganizations,
        ["elementaryUnits"] = counts.ElementaryUnits,
        ["services"] = counts.Services,
        ["devices"] = counts.Devices,
        ["providers"] = counts.Providers,
        ["pendingRetries"] = counts.PendingRetries,
    };
}
