namespace Ror.Client.Testing.Tests.Simulator;

/// <summary>One simulator with ECDSA certificates (fast to generate) shared by a test class; tests reset what they change.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public RorSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() => Simulator = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = Ror.Client.Testing.Certificates.KeyAlgorithm.EcdsaP256 });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}
