using Ror.Client.Testing;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Cli.Infrastructure;

/// <summary>
/// The ROR simulator run inside the tool when no environment is configured: a small generated dataset (fixed seed)
/// served over HTTPS with mutual TLS on 127.0.0.1.
/// </summary>
internal sealed class EmbeddedSimulator : IAsyncDisposable
{
    public const int DefaultEstablishmentCount = 40;
    public const int DefaultSeed = 2024;

    private EmbeddedSimulator(RorSimulator simulator, RorDataset dataset)
    {
        Simulator = simulator;
        Dataset = dataset;
    }

    public RorSimulator Simulator { get; }

    /// <summary>The data served, changeable while the simulator runs.</summary>
    public RorDataset Dataset { get; }

    public static async Task<EmbeddedSimulator> StartAsync(CliConsole console, int establishmentCount, CancellationToken cancellationToken, int port = 0, int seed = DefaultSeed)
    {
        var dataset = new RorDataset(new RorDatasetOptions { Seed = seed, EstablishmentCount = establishmentCount });
        var simulator = await StartAsync(dataset, port, cancellationToken);
        console.Progress($"Embedded ROR simulator on {simulator.Simulator.BaseAddress} ({establishmentCount} generated establishments, seed {seed})");
        return simulator;
    }

    /// <summary>Starts a simulator serving <paramref name="dataset"/> (generated data, or a CSD file loaded with <see cref="RorDataset.LoadFileAsync"/>).</summary>
    public static async Task<EmbeddedSimulator> StartAsync(RorDataset dataset, int port, CancellationToken cancellationToken)
    {
        var options = new RorSimulatorOptions { Port = port, KeyAlgorithm = KeyAlgorithm.EcdsaP256 }.UseDataset(dataset);
        var simulator = await RorSimulator.StartAsync(options, cancellationToken);
        return new EmbeddedSimulator(simulator, dataset);
    }

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();
}
