using System.Diagnostics;
using System.Globalization;
using Ror.Client.Csd.Models;
using Ror.Client.Csd;
using Ror.Client.Sync.Storage;
using Ror.Client.Testing.Data;

// Measures an initial synchronisation against streaming-parsing the same extraction.
//   generate <file> <establishments>   writes a generated extraction (CSD XML)
//   parse <file>                       streams the file through CsdReader, storing nothing
//   sync <file> <database> [raw|noraw] imports the file into a new SQLite store
// Run each step in its own process so that the peak working set belongs to that step.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: generate <file> <establishments> | parse <file> | sync <file> <database> [raw|noraw]");
    return 2;
}

var stopwatch = Stopwatch.StartNew();
var process = Process.GetCurrentProcess();
var cpuAtStart = process.TotalProcessorTime;
long entities;
switch (args[0])
{
    case "generate":
    {
        var generator = new RorDatasetGenerator(new RorDatasetOptions { EstablishmentCount = int.Parse(args[2], CultureInfo.InvariantCulture) });
        await using var file = File.Create(args[1]);
        await using var writer = CsdStreamingWriter.Create(file);
        foreach (var organization in generator.EnumerateOrganizations())
        {
            await writer.WriteOrganizationAsync(organization);
        }

        foreach (var service in generator.EnumerateServices())
        {
            await writer.WriteServiceAsync(service);
        }

        foreach (var facility in generator.EnumerateFacilities())
        {
            await writer.WriteFacilityAsync(facility);
        }

        foreach (var provider in generator.EnumerateProviders())
        {
            await writer.WriteProviderAsync(provider);
        }

        foreach (var device in generator.EnumerateDevices())
        {
            await writer.WriteDeviceAsync(device);
        }

        await writer.CompleteAsync();
        entities = writer.EntityCount;
        break;
    }

    case "parse":
    {
        entities = 0;
        await foreach (var entity in CsdReader.ReadEntitiesFromFileAsync(args[1]))
        {
            entities++;
        }

        break;
    }

    case "sync":
    {
        foreach (var leftover in new[] { args[2], args[2] + "-wal", args[2] + "-shm" }.Where(File.Exists))
        {
            File.Delete(leftover);
        }

        var keepRaw = args.Length < 4 || args[3] != "noraw";
        await using var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = args[2], KeepRawCsd = keepRaw });
        var result = await store.ImportExtractionAsync(
            CsdReader.ReadEntitiesFromFileAsync(args[1]),
            new RorImportOptions { Checkpoint = DateTimeOffset.UtcNow },
            CancellationToken.None);
        entities = result.Entities;
        var counts = await store.GetCountsAsync(CancellationToken.None);
        Console.WriteLine($"stored: {counts.Establishments} EG, {counts.InternalOrganizations} OI ({counts.ElementaryUnits} UE), {counts.Providers} provider rows, database {new FileInfo(args[2]).Length / 1048576.0:F0} MB, raw CSD {(keepRaw ? "kept" : "off")}");
        break;
    }

    default:
        Console.Error.WriteLine($"unknown step '{args[0]}'");
        return 2;
}

stopwatch.Stop();
process.Refresh();
var cpu = process.TotalProcessorTime - cpuAtStart;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{args[0]}: {entities} entities, {stopwatch.Elapsed.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU, {entities / stopwatch.Elapsed.TotalSeconds:F0} entities/s, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
if (args[0] == "generate")
{
    Console.WriteLine($"file: {new FileInfo(args[1]).Length / 1048576.0:F0} MB");
}

return 0;
