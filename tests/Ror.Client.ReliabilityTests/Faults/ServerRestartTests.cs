using Ror.Client.Errors;
using Ror.Client.ReliabilityTests.Infrastructure;
using Ror.Client.Testing;

namespace Ror.Client.ReliabilityTests.Faults;

/// <summary>The ROR goes away and comes back on the same port while one client keeps its pooled connections.</summary>
public sealed class ServerRestartTests
{
    [Fact]
    public async Task Client_ServerStoppedThenRestartedOnSamePort_FailsTypedWhileDownAndRecoversAfter()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        await using var scope = harness.CreateClient();
        await harness.InvokeAsync(scope.Client, SimulatedTransaction.EstablishmentRead);
        Exception? whileDown = null;

        await harness.RestartAsync(async () =>
            whileDown = await Guard.CaptureAsync(ct => harness.InvokeAsync(scope.Client, SimulatedTransaction.EstablishmentRead, ct)));
        var error = await Guard.CaptureAsync(ct => harness.InvokeAsync(scope.Client, SimulatedTransaction.EstablishmentRead, ct));

        Assert.True(whileDown is RorUnavailableException, $"While the server is down: expected RorUnavailableException, got {whileDown}");
        Assert.Null(error);
        Assert.Equal(1, harness.Simulator.Counters.Get(SimulatedTransaction.EstablishmentRead));
    }
}
