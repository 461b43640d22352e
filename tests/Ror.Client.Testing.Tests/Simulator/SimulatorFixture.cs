namespace Ror.Client.Testing.Tests.Simulator;

/// <summary>One simulator with default options shared by a test class (tests reset what they change).</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public RorSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() => Simulator = await RorSimulator.StartAsync(new RorSimulatorOptions());

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}
