using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Testing.Tests.Transactions;

/// <summary>One simulator serving a small generated dataset, shared by the transaction tests of a class.</summary>
public sealed class DatasetSimulatorFixture : IAsyncLifetime
{
    public static readonly RorDatasetOptions Options = new() { Seed = 21, EstablishmentCount = 80 };

    public RorDataset Dataset { get; } = new(Options);

    public RorSimulator Simulator { get; private set; } = null!;

    internal DatasetSimulatorClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(Dataset));
        Client = new DatasetSimulatorClient(Simulator);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
