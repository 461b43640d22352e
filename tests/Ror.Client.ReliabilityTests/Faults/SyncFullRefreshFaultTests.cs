using Ror.Client.ReliabilityTests.Infrastructure;
using Ror.Client.Testing;

namespace Ror.Client.ReliabilityTests.Faults;

/// <summary>
/// Faults on the extraction GET while the synchroniser loads or rebuilds its store (<c>RunFullRefreshAsync</c>), through a
/// real client over mutual TLS into a real SQLite store. Each test compares the store with one synchronised without
/// faults from the same data, and counts the extraction requests the simulator received.
/// </summary>
public sealed class SyncFullRefreshFaultTests : IAsyncLifetime
{
    /// <summary>Where a reset or a truncation cuts the extraction body: after some entities were imported.</summary>
    private const int BytesBeforeBreak = 96 * 1024;

    private SyncHarness _rig = null!;

    public async Task InitializeAsync() => _rig = await SyncHarness.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private long ExtractionRequests => _rig.Ror.Counters.Get(SimulatedTransaction.Extraction);

    [Theory]
    [MemberData(nameof(SyncFaults.Recovering), MemberType = typeof(SyncFaults))]
    public async Task InitialLoad_RecoverableExtractionFault_SucceedsWithExactRequestsAndEqualsCleanRun(string fault, int requests)
    {
        var clean = _rig.CreateNode("clean");
        var faulty = _rig.CreateNode("faulty", SyncFaults.ClientFor(fault));
        Assert.Null(await clean.FullRefreshAsync());
        _rig.Ror.Counters.Reset();
        SyncFaults.Enqueue(_rig.Ror.Faults.Extraction, fault, BytesBeforeBreak);

        var error = await faulty.FullRefreshAsync();

        Assert.True(error is null, $"{fault}: the load failed: {error}");
        Assert.Equal(requests, ExtractionRequests);
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), $"{fault}: the loaded store");
    }

    [Theory]
    [MemberData(nameof(SyncFaults.Failing), MemberType = typeof(SyncFaults))]
    public async Task InitialLoad_ExtractionFails_ThrowsTypedErrorStoresNothingAndRerunEqualsCleanRun(string fault, Type expected, int requests)
    {
        var clean = _rig.CreateNode("clean");
        long received = 0;
        var faulty = _rig.CreateNode("faulty", SyncFaults.ClientFor(fault), decorate: source => new InterruptingSyncSource(source)
        {
            AfterEntity = count =>
            {
                received = count;
                return Task.CompletedTask;
            },
        });
        Assert.Null(await clean.FullRefreshAsync());
        _rig.Ror.Counters.Reset();
        SyncFaults.Enqueue(_rig.Ror.Faults.Extraction, fault, BytesBeforeBreak);

        var error = await faulty.FullRefreshAsync();

        Assert.True(error?.GetType() == expected, $"{fault}: expected {expected.Name}, got {error?.GetType().Name ?? "success"}: {error?.Message}");
        Assert.Equal(requests, ExtractionRequests);
        if (fault is "ConnectionResetMidBody" or "TruncatedBody")
        {
            Assert.True(received > SyncNode.ImportBatchSize, $"{fault}: the body must break after at least one import batch was written, it broke after {received} entities.");
        }

        Assert.Null(await faulty.Store.GetCheckpointAsync(CancellationToken.None));
        Assert.Equal(0, (await faulty.Store.GetCountsAsync(CancellationToken.None)).Establishments);

        var rerun = await faulty.FullRefreshAsync();

        Assert.True(rerun is null, $"{fault}: the rerun failed: {rerun}");
        Assert.Equal(requests + 1, ExtractionRequests);
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), $"{fault}: the store after the rerun");
    }

    [Theory]
    [MemberData(nameof(SyncFaults.Failing), MemberType = typeof(SyncFaults))]
    public async Task FullRefresh_ExtractionFails_ThrowsTypedErrorLeavesCurrentDatabaseUntouchedAndRerunEqualsCleanRun(string fault, Type expected, int requests)
    {
        var clean = _rig.CreateNode("clean");
        var faulty = _rig.CreateNode("faulty", SyncFaults.ClientFor(fault));
        Assert.Null(await clean.FullRefreshAsync());
        Assert.Null(await faulty.FullRefreshAsync());
        _rig.ChangeTheRor();
        Assert.Null(await clean.FullRefreshAsync());
        var before = faulty.Dump();
        var checkpoint = await faulty.Store.GetCheckpointAsync(CancellationToken.None);
        _rig.Ror.Counters.Reset();
        SyncFaults.Enqueue(_rig.Ror.Faults.Extraction, fault, BytesBeforeBreak);

        var error = await faulty.FullRefreshAsync();

        Assert.True(error?.GetType() == expected, $"{fault}: expected {expected.Name}, got {error?.GetType().Name ?? "success"}: {error?.Message}");
        Assert.Equal(requests, ExtractionRequests);
        StoreDump.AssertEqual(before, faulty.Dump(), $"{fault}: the current database after the failed refresh");
        Assert.Equal(checkpoint, await faulty.Store.GetCheckpointAsync(CancellationToken.None));

        var rerun = await faulty.FullRefreshAsync();

        Assert.True(rerun is null, $"{fault}: the rerun failed: {rerun}");
        Assert.Equal(requests + 1, ExtractionRequests);
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), $"{fault}: the store after the rerun");
    }
}
