using Ror.Client.Errors;
using Ror.Client.ReliabilityTests.Infrastructure;
using Ror.Client.Testing;
using Ror.Client.Testing.Faults;

namespace Ror.Client.ReliabilityTests.Faults;

/// <summary>
/// The ROR stops in the middle of a synchronisation and a new server comes up on the same port with the same data and
/// certificate authority; the same client and store carry on. The resumed synchronisation must reach the state of a run
/// that saw no restart.
/// </summary>
public sealed class SyncServerRestartTests : IAsyncLifetime
{
    private SyncHarness _rig = null!;

    public async Task InitializeAsync() => _rig = await SyncHarness.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task InitialLoad_ServerStoppedMidExtraction_FailsTypedStoresNothingAndRerunAfterRestartEqualsCleanRun()
    {
        var clean = _rig.CreateNode("clean");
        Assert.Null(await clean.FullRefreshAsync());
        InterruptingSyncSource interrupting = null!;
        var faulty = _rig.CreateNode("faulty", decorate: source => interrupting = new InterruptingSyncSource(source));

        // The body trickles (2 KiB every 20 ms) so that it is still in flight when the server goes down after 5 entities.
        long received = 0;
        interrupting.AfterEntity = count =>
        {
            received = count;
            return count == 5 ? _rig.Simulator.StopAsync(TimeSpan.FromMilliseconds(100)) : Task.CompletedTask;
        };
        var first = _rig.Ror;
        first.Counters.Reset();
        first.Faults.Extraction.Enqueue(InjectedFault.SlowDrip(2048, TimeSpan.FromMilliseconds(20)));

        var error = await faulty.FullRefreshAsync();

        Assert.True(error is RorUnavailableException, $"Expected RorUnavailableException, got {error?.GetType().Name ?? "success"}: {error?.Message}");
        Assert.Equal(1, first.Counters.Get(SimulatedTransaction.Extraction));
        Assert.True(received < clean.LastResult!.Entities, $"The body must break before its end: {received} of {clean.LastResult.Entities} entities received.");
        Assert.Null(await faulty.Store.GetCheckpointAsync(CancellationToken.None));
        Assert.Equal(0, (await faulty.Store.GetCountsAsync(CancellationToken.None)).Establishments);

        interrupting.AfterEntity = null;
        await _rig.Simulator.StartAgainAsync();
        var rerun = await faulty.FullRefreshAsync();

        Assert.True(rerun is null, $"The rerun against the restarted server failed: {rerun}");
        Assert.Equal(1, _rig.Ror.Counters.Get(SimulatedTransaction.Extraction));
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), "The store loaded after the restart");
    }

    [Fact]
    public async Task Incremental_ServerStoppedMidRun_EstablishmentsReadWhileDownFailAndNextRunEqualsCleanRun()
    {
        var clean = _rig.CreateNode("clean");
        InterruptingSyncSource interrupting = null!;
        var faulty = _rig.CreateNode("faulty", decorate: source => interrupting = new InterruptingSyncSource(source));
        Assert.Null(await clean.FullRefreshAsync());
        Assert.Null(await faulty.FullRefreshAsync());
        var changed = _rig.ChangeTheRor();
        Assert.Null(await clean.IncrementalAsync());

        // Down before the second Lecture EG, up again before the fourth: #1 and #2 meet a closed port.
        interrupting.BeforeEstablishmentRead = index => index switch
        {
            1 => _rig.Simulator.StopAsync(TimeSpan.FromMilliseconds(200)),
            3 => _rig.Simulator.StartAgainAsync(),
            _ => Task.CompletedTask,
        };
        var first = _rig.Ror;
        first.Counters.Reset();

        var error = await faulty.IncrementalAsync();

        Assert.True(error is null, $"The run must survive the restart: {error}");
        Assert.Equal([changed[1], changed[2]], faulty.LastResult!.Failures.Select(f => f.EstablishmentId));
        Assert.All(faulty.LastResult.Failures, f => Assert.StartsWith("RorUnavailableException", f.Reason, StringComparison.Ordinal));
        Assert.Equal(1, first.Counters.Get(SimulatedTransaction.Notification));
        Assert.Equal(1, first.Counters.Get(SimulatedTransaction.EstablishmentRead));
        Assert.Equal(2, _rig.Ror.Counters.Get(SimulatedTransaction.EstablishmentRead));

        interrupting.BeforeEstablishmentRead = null;
        _rig.Time.Advance(TimeSpan.FromHours(1));
        _rig.Ror.Counters.Reset();
        var next = await faulty.IncrementalAsync();

        Assert.True(next is null, $"The next run failed: {next}");
        Assert.Empty(faulty.LastResult!.Failures);
        Assert.Equal(2, _rig.Ror.Counters.Get(SimulatedTransaction.EstablishmentRead));
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), "The store after the next run");
    }
}
