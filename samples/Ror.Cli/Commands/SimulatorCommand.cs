using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ror.Cli.Infrastructure;
using Ror.Client.Testing;
using Ror.Client.Testing.Data;

namespace Ror.Cli.Commands;

/// <summary><c>ror simulator</c>: runs the local ROR simulator until Ctrl+C and writes the client certificate files.</summary>
internal static class SimulatorCommand
{
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = "HTTPS port on 127.0.0.1 (0: a free port).", DefaultValueFactory = _ => 8443 };
        var directory = new Option<string>("--output", "-o") { Description = "Where to write client.pfx, client.pem/client.key and ca.pem.", DefaultValueFactory = _ => "ror-simulator" };
        var password = new Option<string>("--password") { Description = "Password of client.pfx.", DefaultValueFactory = _ => "changeit" };
        var extraction = new Option<string?>("--extraction") { Description = "Serve this CSD file (e.g. the public weekly file) instead of generated data, through every transaction and the extraction." };
        var establishments = new Option<int>("--establishments") { Description = "How many establishments to generate.", DefaultValueFactory = _ => EmbeddedSimulator.DefaultEstablishmentCount };
        var seed = new Option<int>("--seed") { Description = "The seed of the generated data.", DefaultValueFactory = _ => EmbeddedSimulator.DefaultSeed };
        var command = new Command("simulator", "Run the local ROR simulator (HTTPS with mutual TLS on 127.0.0.1) until Ctrl+C, and write the client certificate (PFX and PEM) and CA files.")
        {
            port, directory, password, extraction, establishments, seed,
        };
        CommandActions.Set(command, globals, output, error, (context, cancellationToken) => RunAsync(
            context,
            context.Get(port),
            context.Get(directory)!,
            context.Get(password)!,
            context.Get(extraction),
            context.Get(establishments),
            context.Get(seed),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, int port, string directory, string password, string? extractionFile, int establishmentCount, int seed, CancellationToken cancellationToken)
    {
        var console = context.Console;
        if (port is < 0 or > 65535)
        {
            throw CliException.Usage("--port takes 0 to 65535.");
        }

        if (establishmentCount is < 1 or > RorDatasetOptions.MaximumEstablishmentCount)
        {
            throw CliException.Usage($"--establishments takes 1 to {RorDatasetOptions.MaximumEstablishmentCount}.");
        }

        RorDataset dataset;
        string description;
        if (extractionFile is not null)
        {
            var path = Path.GetFullPath(extractionFile);
            if (!File.Exists(path))
            {
                throw CliException.Usage($"File not found: {path}");
            }

            dataset = await RorDataset.LoadFileAsync(path, cancellationToken: cancellationToken);
            description = $"data of {path}";
        }
        else
        {
            dataset = new RorDataset(new RorDatasetOptions { Seed = seed, EstablishmentCount = establishmentCount });
            description = string.Create(CultureInfo.InvariantCulture, $"{establishmentCount} generated establishments, seed {seed}");
        }

        await using var embedded = await EmbeddedSimulator.StartAsync(dataset, port, cancellationToken);
        var simulator = embedded.Simulator;
        var files = await SimulatorFiles.WriteAsync(simulator, Path.GetFullPath(directory), password, cancellationToken);
        if (console.Json)
        {
            console.WriteJson(new JsonObject
            {
                ["baseAddress"] = simulator.BaseAddress.ToString(),
                ["soapEndpoint"] = simulator.SoapEndpoint.ToString(),
                ["extractionEndpoint"] = simulator.ExtractionEndpoint.ToString(),
                ["clientPfx"] = files.Pfx,
                ["clientPfxPasswordFile"] = files.Pfx + ".password.txt",
                ["clientPem"] = files.CertificatePem,
                ["clientKey"] = files.KeyPem,
                ["caBundle"] = files.CaBundle,
                ["data"] = description,
            });
        }
        else
        {
            console.Line($"ROR simulator listening on {simulator.BaseAddress}");
            console.Line($"  SOAP 1.2 endpoint : {simulator.SoapEndpoint}");
            console.Line($"  Extraction (GET)  : {simulator.ExtractionEndpoint}");
            console.Line($"  Data              : {description}");
            console.Line($"  Client PFX        : {files.Pfx} (password in {Path.GetFileName(files.Pfx)}.password.txt)");
            console.Line($"  Client PEM / key  : {files.CertificatePem} / {files.KeyPem}");
            console.Line($"  CA bundle         : {files.CaBundle}");
            console.Line();
            console.Line("Configuration for the client (appsettings.json):");
            console.Line(SimulatorConfigurationJson(simulator, files));
            console.Line("Press Ctrl+C to stop.");
        }

        await console.Out.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: a normal stop.
        }

        console.Progress("Simulator stopped.");
        return CliExitCodes.Ok;
    }

    private static string SimulatorConfigurationJson(RorSimulator simulator, SimulatorFiles files) =>
        new JsonObject
        {
            ["Ror"] = new JsonObject
            {
                ["Environment"] = "Simulator",
                ["Environments"] = new JsonObject
                {
                    ["Simulator"] = new JsonObject
                    {
                        ["SoapEndpoint"] = simulator.SoapEndpoint.ToString(),
                        ["ExtractionEndpoint"] = simulator.ExtractionEndpoint.ToString(),
                        ["TrustAnchors"] = new JsonObject { ["CaBundlePath"] = files.CaBundle, ["RevocationMode"] = "NoCheck" },
                    },
                },
                ["ClientCertificate"] = new JsonObject { ["Path"] = files.Pfx, ["Password"] = files.PfxPassword },
            },
        }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
}
