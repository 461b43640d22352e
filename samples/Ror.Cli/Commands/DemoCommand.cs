using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Ror.Cli.Infrastructure;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Offer;
using Ror.Client.Sync.Synchronization;
using Ror.Client.Testing.Data;

namespace Ror.Cli.Commands;

/// <summary>
/// <c>ror demo</c>: the three usage cases of the ANS onboarding pathway, end to end, against the embedded simulator
/// (no certificate to provide, no network).
/// </summary>
internal static class DemoCommand
{
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var database = new Option<string>("--db") { Description = "The SQLite database the demo creates (replaced if it exists).", DefaultValueFactory = _ => "ror-demo.db" };
        var establishments = new Option<int>("--establishments") { Description = "How many establishments the simulator generates.", DefaultValueFactory = _ => EmbeddedSimulator.DefaultEstablishmentCount };
        var seed = new Option<int>("--seed") { Description = "The seed of the generated data (same seed, same data).", DefaultValueFactory = _ => EmbeddedSimulator.DefaultSeed };
        var command = new Command("demo", "Run the three ROR usage cases end to end against an embedded simulator: sync into SQLite (full then incremental), read an establishment, read an internal organisation.")
        {
            database, establishments, seed,
        };
        CommandActions.Set(command, globals, output, error, (context, cancellationToken) =>
        {
            var count = context.Get(establishments);
            if (count is < 5 or > 5000)
            {
                throw CliException.Usage("--establishments takes 5 to 5000.");
            }

            return RunAsync(context.Console, Path.GetFullPath(context.Get(database)!), count, context.Get(seed), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string databasePath, int establishmentCount, int seed, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var summary = new JsonObject();
        console.Line($"ROR demo: the three usage cases of the ANS pathway, against an embedded simulator ({establishmentCount} generated establishments, seed {seed}).");
        console.Line("No certificate to provide and no network: the simulator issues the client certificate and is the only trusted server.");
        await using var simulator = await EmbeddedSimulator.StartAsync(console, establishmentCount, cancellationToken, seed: seed);
        await using var connection = RorConnection.ForSimulator(simulator);
        console.Line($"Simulator: {simulator.Simulator.SoapEndpoint} (SOAP 1.2, mutual TLS)");
        summary["simulator"] = simulator.Simulator.SoapEndpoint.ToString();

        // Case 1: full load, changes in the ROR, incremental sync.
        DeleteDatabase(databasePath);
        console.Line();
        console.Line($"Case 1: keep a local copy of the offer in SQLite ({databasePath})");
        var step = Stopwatch.StartNew();
        var (full, fullCounts) = await SyncCommand.RunAsync(console, connection, "initial", databasePath, 4, RorClosedEstablishmentPolicy.Remove, cancellationToken);
        console.Line(string.Create(CultureInfo.InvariantCulture, $"  1. Full load from the extraction: {full.Added} establishments, {full.Entities:N0} entities in {step.Elapsed.TotalSeconds:F1} s"));
        console.Line($"     {SyncCommand.DescribeCounts(Path.GetFileName(databasePath), fullCounts)}");
        summary["fullLoad"] = new JsonObject { ["establishments"] = full.Added, ["entities"] = full.Entities, ["seconds"] = Seconds(step), ["counts"] = SyncCommand.CountsJson(fullCounts) };

        var dataset = simulator.Dataset;
        // Open establishments only: the generated data has a few closed ones, which the demo's policy removes.
        var bundles = dataset.EnumerateEstablishments().Where(static b => b.Establishment.Extensions.All(static e => e.ClosingDate is null)).ToList();
        var showcase = bundles.OrderByDescending(static b => b.Facilities.Count).ThenBy(static b => b.StructureId, StringComparer.Ordinal).First();
        var closed = bundles.First(b => b.StructureId != showcase.StructureId && b.Facilities.Count > 0);
        var newName = showcase.Establishment.PrimaryName + " (RENOMME)";
        dataset.UpdateEstablishment(showcase.StructureId, bundle => bundle with { Establishment = bundle.Establishment with { PrimaryName = newName } });
        dataset.CloseEstablishment(closed.StructureId, DateOnly.FromDateTime(DateTime.Today.AddDays(-1)));
        var added = dataset.AddEstablishment(dataset.Generator.GenerateEstablishment(establishmentCount + 7));
        console.Line("  2. Meanwhile in the ROR:");
        console.Line($"       updated {showcase.StructureId} (renamed \"{newName}\")");
        console.Line($"       closed  {closed.StructureId} (closing date yesterday; the demo removes closed establishments)");
        console.Line($"       added   {added.StructureId} \"{added.Establishment.PrimaryName}\"");

        step.Restart();
        var (incremental, incrementalCounts) = await SyncCommand.RunAsync(console, connection, "incremental", databasePath, 4, RorClosedEstablishmentPolicy.Remove, cancellationToken);
        console.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"  3. Incremental sync (TR-Notif since the checkpoint, then Lecture EG of each change): {incremental.Added} added, {incremental.Updated} updated, {incremental.Removed} removed, {incremental.Failures.Count} failed in {step.Elapsed.TotalSeconds:F1} s"));
        console.Line($"     {SyncCommand.DescribeCounts(Path.GetFileName(databasePath), incrementalCounts)}");
        summary["incremental"] = new JsonObject
        {
            ["added"] = incremental.Added,
            ["updated"] = incremental.Updated,
            ["removed"] = incremental.Removed,
            ["failed"] = incremental.Failures.Count,
            ["seconds"] = Seconds(step),
            ["counts"] = SyncCommand.CountsJson(incrementalCounts),
        };

        // Case 2: one establishment.
        console.Line();
        console.Line($"Case 2: read one establishment (TR-Lecture-OffresSanteEtablissement {showcase.StructureId})");
        step.Restart();
        var establishmentOffer = await connection.Client.GetEstablishmentOfferAsync(showcase.StructureId, cancellationToken: cancellationToken);
        PrintIndented(console, establishmentOffer.Document);
        console.Line(string.Create(CultureInfo.InvariantCulture, $"  facilityNumber {establishmentOffer.FacilityNumber?.ToString(CultureInfo.InvariantCulture) ?? "-"}, {establishmentOffer.ElementaryUnitCount} UE returned ({step.Elapsed.TotalSeconds:F1} s)"));
        summary["establishment"] = new JsonObject
        {
            ["id"] = showcase.StructureId,
            ["facilityNumber"] = establishmentOffer.FacilityNumber,
            ["elementaryUnits"] = establishmentOffer.ElementaryUnitCount,
            ["internalOrganizations"] = establishmentOffer.Document.Facilities.Count,
        };

        // Case 3: one internal organisation of that establishment (a service with its units when there is one).
        var graph = new RorOffer(establishmentOffer.Document);
        var target = graph.InternalOrganizations.FirstOrDefault(static n => n.Level == InternalOrganizationLevel.Service && n.Children.Count > 0 && n.Identifier is not null)
            ?? graph.InternalOrganizations.FirstOrDefault(static n => n.Identifier is not null);
        if (target is not null)
        {
            console.Line();
            console.Line($"Case 3: read one internal organisation (TR-Lecture-OffresSanteOrganisationInterne {target.Identifier})");
            step.Restart();
            var organisationOffer = await connection.Client.GetInternalOrganizationOfferAsync(target.Identifier!, cancellationToken);
            PrintIndented(console, organisationOffer.Document);
            console.Line(string.Create(CultureInfo.InvariantCulture, $"  {organisationOffer.Document.Facilities.Count} internal organisation(s) returned ({step.Elapsed.TotalSeconds:F1} s)"));
            summary["organisation"] = new JsonObject { ["id"] = target.Identifier, ["internalOrganizations"] = organisationOffer.Document.Facilities.Count };
        }

        console.Line();
        var counters = simulator.Simulator.Counters;
        console.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"Summary: {incrementalCounts.Establishments} establishments in {Path.GetFileName(databasePath)}; incremental sync {incremental.Added} added / {incremental.Updated} updated / {incremental.Removed} removed; {counters.Total} calls to the simulator; {total.Elapsed.TotalSeconds:F1} s in all."));
        console.Line($"Next: 'ror simulator' to run it for your own application, 'ror check' against PLATINES once your certificate is ready.");
        summary["database"] = databasePath;
        summary["requests"] = counters.Total;
        summary["seconds"] = Seconds(total);
        if (console.Json)
        {
            console.WriteJson(summary);
        }

        return CliExitCodes.Ok;
    }

    private static double Seconds(Stopwatch watch) => Math.Round(watch.Elapsed.TotalSeconds, 3);

    private static void PrintIndented(CliConsole console, CsdDocument document)
    {
        if (console.Json)
        {
            return;
        }

        using var buffer = new StringWriter();
        OfferPrinter.Print(new CliConsole(buffer, TextWriter.Null, json: false, quiet: true), document, maxDepthLines: 12);
        foreach (var line in buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            console.Line("  " + line.TrimEnd('\r'));
        }
    }

    private static void DeleteDatabase(string databasePath)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal", ".rebuild", ".rebuild-wal", ".rebuild-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }
}
