using Ror.Client.Errors;
using Ror.Client.ReliabilityTests.Infrastructure;
using Ror.Client.Sync.Synchronization;
using Ror.Client.Testing;
using Ror.Client.Testing.Faults;

namespace Ror.Client.ReliabilityTests.Faults;

/// <summary>
/// Faults on TR-Notif and on the Lecture EG of some establishments during an incremental run (<c>RunIncrementalAsync</c>),
/// through a real client over mutual TLS into a real SQLite store. Both stores are loaded, the ROR changes (four
/// establishments renamed, one added: five Lecture EG per run), then the clean store runs without faults and the other
/// with them; after the faults stop, both must hold the same data. The synchroniser reads one establishment at a time so
/// that scripted faults land on known establishments.
/// </summary>
public sealed class SyncIncrementalFaultTests : IAsyncLifetime
{
    private SyncHarness _rig = null!;

    public async Task InitializeAsync() => _rig = await SyncHarness.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private RorSimulator Ror => _rig.Ror;

    private long Requests(SimulatedTransaction transaction) => Ror.Counters.Get(transaction);

    /// <summary>
    /// An hour later, with the faults gone: the next incremental run succeeds, reads <paramref name="expectedReads"/>
    /// establishments (and lists changes <paramref name="expectedNotifications"/> times when given), and leaves the faulty
    /// store equal to the clean one.
    /// </summary>
    private async Task AssertNextRunEqualsCleanRunAsync(SyncNode clean, SyncNode faulty, long expectedReads, long? expectedNotifications, string label)
    {
        _rig.Time.Advance(TimeSpan.FromHours(1));
        Ror.Counters.Reset();
        var next = await faulty.IncrementalAsync();

        Assert.True(next is null, $"{label}The next run failed: {next}");
        Assert.Empty(faulty.LastResult!.Failures);
        if (expectedNotifications is { } notifications)
        {
            Assert.Equal(notifications, Requests(SimulatedTransaction.Notification));
        }

        Assert.Equal(expectedReads, Requests(SimulatedTransaction.EstablishmentRead));
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), $"{label}The store after the next run");
    }

    [Theory]
    [MemberData(nameof(SyncFaults.Recovering), MemberType = typeof(SyncFaults))]
    public async Task Incremental_RecoverableNotificationFault_SucceedsWithExactRequestsAndEqualsCleanRun(string fault, int requests)
    {
        var (clean, faulty, changed) = await PrepareAsync(SyncFaults.ClientFor(fault));
        SyncFaults.Enqueue(Ror.Faults.For(SimulatedTransaction.Notification), fault);

        var error = await faulty.IncrementalAsync();

        Assert.True(error is null, $"{fault}: the run failed: {error}");
        Assert.Empty(faulty.LastResult!.Failures);
        Assert.Equal(requests, Requests(SimulatedTransaction.Notification));
        Assert.Equal(changed.Count, Requests(SimulatedTransaction.EstablishmentRead));
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), $"{fault}: the store after the run");
    }

    [Theory]
    [MemberData(nameof(SyncFaults.Failing), MemberType = typeof(SyncFaults))]
    public async Task Incremental_NotificationFails_ThrowsTypedErrorChangesNothingAndRerunEqualsCleanRun(string fault, Type expected, int requests)
    {
        var (clean, faulty, changed) = await PrepareAsync(SyncFaults.ClientFor(fault));
        var before = faulty.Dump();
        var checkpoint = await faulty.Store.GetCheckpointAsync(CancellationToken.None);
        SyncFaults.Enqueue(Ror.Faults.For(SimulatedTransaction.Notification), fault);

        var error = await faulty.IncrementalAsync();

        Assert.True(error?.GetType() == expected, $"{fault}: expected {expected.Name}, got {error?.GetType().Name ?? "success"}: {error?.Message}");
        Assert.Equal(requests, Requests(SimulatedTransaction.Notification));
        Assert.Equal(0, Requests(SimulatedTransaction.EstablishmentRead));
        StoreDump.AssertEqual(before, faulty.Dump(), $"{fault}: the store after the failed run");
        Assert.Equal(checkpoint, await faulty.Store.GetCheckpointAsync(CancellationToken.None));

        var rerun = await faulty.IncrementalAsync();

        Assert.True(rerun is null, $"{fault}: the rerun failed: {rerun}");
        Assert.Equal(requests + 1, Requests(SimulatedTransaction.Notification));
        Assert.Equal(changed.Count, Requests(SimulatedTransaction.EstablishmentRead));
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), $"{fault}: the store after the rerun");
    }

    [Theory]
    [MemberData(nameof(SyncFaults.Recovering), MemberType = typeof(SyncFaults))]
    public async Task Incremental_RecoverableLectureFault_SucceedsWithExactRequestsAndEqualsCleanRun(string fault, int requests)
    {
        var (clean, faulty, changed) = await PrepareAsync(SyncFaults.ClientFor(fault));
        var plan = Ror.Faults.For(SimulatedTransaction.EstablishmentRead).EnqueueSuccess(2);
        SyncFaults.Enqueue(plan, fault);

        var error = await faulty.IncrementalAsync();

        Assert.True(error is null, $"{fault}: the run failed: {error}");
        Assert.Empty(faulty.LastResult!.Failures);
        Assert.Equal(1, Requests(SimulatedTransaction.Notification));
        Assert.Equal(changed.Count - 1 + requests, Requests(SimulatedTransaction.EstablishmentRead));
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), $"{fault}: the store after the run");
    }

    [Theory]
    [MemberData(nameof(SyncFaults.Failing), MemberType = typeof(SyncFaults))]
    public async Task Incremental_LectureFailsOnOneEstablishment_ReportsItFailedCommitsTheOthersAndNextRunEqualsCleanRun(string fault, Type expected, int requests)
    {
        var (clean, faulty, changed) = await PrepareAsync(SyncFaults.ClientFor(fault));
        var plan = Ror.Faults.For(SimulatedTransaction.EstablishmentRead).EnqueueSuccess(2);
        SyncFaults.Enqueue(plan, fault);

        var error = await faulty.IncrementalAsync();

        Assert.True(error is null, $"{fault}: one failing establishment must not fail the run: {error}");
        var failure = Assert.Single(faulty.LastResult!.Failures);
        Assert.Equal(changed[2], failure.EstablishmentId);
        Assert.StartsWith(expected.Name + ":", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(changed.Count - 1 + requests, Requests(SimulatedTransaction.EstablishmentRead));
        foreach (var id in changed.Where(id => id != changed[2]))
        {
            Assert.True(await faulty.EstablishmentNameAsync(id) == CurrentName(id), $"{fault}: establishment {id} must be committed.");
        }

        Assert.True(await faulty.EstablishmentNameAsync(changed[2]) != CurrentName(changed[2]), $"{fault}: the failed establishment must keep its previous state.");

        await AssertNextRunEqualsCleanRunAsync(clean, faulty, expectedReads: 1, expectedNotifications: null, $"{fault}: ");
    }

    [Fact]
    public async Task Incremental_LectureFaultsOnSomeEstablishments_ReportsThemFailedCommitsOthersAndNextRunEqualsCleanRun()
    {
        var (clean, faulty, changed) = await PrepareAsync();

        // One establishment after the other: #0 fine, #1 503 past the retries (3 requests), #2 malformed (1), #3 reset
        // mid-body (1), #4 one 503 absorbed by a retry (2).
        Ror.Faults.For(SimulatedTransaction.EstablishmentRead)
            .EnqueueSuccess()
            .Enqueue(InjectedFault.ServiceUnavailable(), count: 3)
            .Enqueue(InjectedFault.MalformedXml())
            .Enqueue(InjectedFault.ConnectionReset(256))
            .Enqueue(InjectedFault.ServiceUnavailable());
        string[] failed = [changed[1], changed[2], changed[3]];
        string[] committed = [changed[0], changed[4]];

        var error = await faulty.IncrementalAsync();

        Assert.True(error is null, $"A failing establishment must not fail the run: {error}");
        Assert.Equal(failed, faulty.LastResult!.Failures.Select(f => f.EstablishmentId));
        Assert.StartsWith("RorUnavailableException", faulty.LastResult.Failures[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("RorResponseInvalidException", faulty.LastResult.Failures[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("RorUnavailableException", faulty.LastResult.Failures[2].Reason, StringComparison.Ordinal);
        Assert.Equal(1 + 3 + 1 + 1 + 2, Requests(SimulatedTransaction.EstablishmentRead));
        foreach (var id in committed)
        {
            Assert.True(await faulty.EstablishmentNameAsync(id) == CurrentName(id), $"Establishment {id} (no fault or a recovered one) must be committed.");
        }

        foreach (var id in failed)
        {
            Assert.True(await faulty.EstablishmentNameAsync(id) != CurrentName(id), $"Establishment {id} (failed) must keep its previous state.");
        }

        Assert.Equal(failed, (await faulty.Store.GetPendingRetriesAsync(CancellationToken.None)).Select(r => r.EstablishmentId));

        await AssertNextRunEqualsCleanRunAsync(clean, faulty, expectedReads: failed.Length, expectedNotifications: 1, string.Empty);
    }

    [Fact]
    public async Task Incremental_CircuitBreakerOpensOnLectureFailures_FailsTheRestFastThenNextRunClosesItAndEqualsCleanRun()
    {
        // No retries; the breaker samples every call of the client (the load's extraction GET and TR-Notif included) and
        // opens at 4 calls or more with half of them failed.
        var (clean, faulty, changed) = await PrepareAsync(o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.CircuitBreakerEnabled = true;
            o.Resilience.CircuitBreakerMinimumThroughput = 4;
            o.Resilience.CircuitBreakerFailureRatio = 0.5;
            o.Resilience.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30);
            o.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(1);
        });
        Ror.Faults.For(SimulatedTransaction.EstablishmentRead).Enqueue(InjectedFault.ServiceUnavailable(), count: 2);

        var error = await faulty.IncrementalAsync();

        // Extraction and TR-Notif succeeded, #0 and #1 get a 503 (2 of 4 calls failed: open), #2 to #4 fail without reaching the server.
        Assert.True(error is null, $"An open circuit must not fail the run: {error}");
        Assert.Equal(changed, faulty.LastResult!.Failures.Select(f => f.EstablishmentId));
        Assert.All(faulty.LastResult.Failures, f => Assert.StartsWith("RorUnavailableException", f.Reason, StringComparison.Ordinal));
        Assert.Equal(1, Requests(SimulatedTransaction.Notification));
        Assert.Equal(2, Requests(SimulatedTransaction.EstablishmentRead));

        // After the break duration the next call (TR-Notif) is the half-open probe; it succeeds and closes the circuit.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await AssertNextRunEqualsCleanRunAsync(clean, faulty, expectedReads: changed.Count, expectedNotifications: 1, string.Empty);
    }

    [Fact]
    public async Task Incremental_RandomFaultRatesWithConcurrentReads_EveryErrorTypedAndConvergesToCleanRunOnceFaultsStop()
    {
        // Four Lecture EG in flight at once; faults drawn at random (seeded) rather than scripted, so only the outcome is
        // asserted; the ROR changes between runs and the clean node catches up once at the end.
        var (clean, faulty, _) = await PrepareAsync(faultySync: o => o.MaxConcurrency = 4);
        Ror.Faults.For(SimulatedTransaction.Notification).SetRate(InjectedFault.ServiceUnavailable(), 0.4);
        Ror.Faults.For(SimulatedTransaction.EstablishmentRead)
            .SetRate(InjectedFault.ServiceUnavailable(), 0.3)
            .SetRate(InjectedFault.ConnectionReset(256), 0.15)
            .SetRate(InjectedFault.MalformedXml(), 0.15)
            .SetRate(InjectedFault.HtmlServerError(), 0.1);

        var runs = Soak.Scale(4);
        var ids = _rig.Dataset.DescribeEstablishments().Select(e => e.StructureId).Order(StringComparer.Ordinal).ToList();
        for (var run = 0; run < runs; run++)
        {
            // The ROR keeps changing between runs: two more establishments renamed each time.
            foreach (var id in new[] { ids[(2 * run) % ids.Count], ids[((2 * run) + 1) % ids.Count] })
            {
                _rig.Dataset.UpdateEstablishment(id, b => b with { Establishment = b.Establishment with { PrimaryName = $"RENOMME AU PASSAGE {run} {id}" } });
            }

            _rig.Time.Advance(TimeSpan.FromHours(1));
            var error = await faulty.IncrementalAsync();

            Assert.True(error is null or RorException, $"Run {run}: an exception outside the RorException family escaped: {error}");
            Assert.All(faulty.LastResult?.Failures ?? [], f => Assert.Matches("^Ror[A-Za-z]*Exception: ", f.Reason));
            _rig.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.True(Ror.Faults.InjectedCount > 0, "The rates must have injected faults.");
        Ror.Faults.Reset();
        Assert.Null(await clean.IncrementalAsync());
        Assert.Empty(clean.LastResult!.Failures);
        var final = await faulty.IncrementalAsync();

        Assert.True(final is null, $"The run after the faults stopped failed: {final}");
        Assert.Empty(faulty.LastResult!.Failures);
        StoreDump.AssertEqual(clean.Dump(), faulty.Dump(), "The store once the faults stopped");
    }

    private string? CurrentName(string id) => _rig.Dataset.FindEstablishment(id)?.Establishment.PrimaryName;

    /// <summary>
    /// Loads a clean and a faulty node, changes the ROR, runs the clean node's incremental sync, and resets the counters.
    /// </summary>
    private async Task<(SyncNode Clean, SyncNode Faulty, IReadOnlyList<string> Changed)> PrepareAsync(
        Action<RorClientOptions>? faultyClient = null,
        Action<RorSyncOptions>? faultySync = null)
    {
        var clean = _rig.CreateNode("clean");
        var faulty = _rig.CreateNode("faulty", faultyClient, faultySync);
        Assert.Null(await clean.FullRefreshAsync());
        Assert.Null(await faulty.FullRefreshAsync());
        var changed = _rig.ChangeTheRor();
        Ror.Counters.Reset();
        Assert.Null(await clean.IncrementalAsync());
        Assert.Empty(clean.LastResult!.Failures);
        Assert.True(
            Requests(SimulatedTransaction.EstablishmentRead) == changed.Count,
            $"The clean run must read exactly the {changed.Count} changed establishments, it read {Requests(SimulatedTransaction.EstablishmentRead)}.");
        Ror.Counters.Reset();
        return (clean, faulty, changed);
    }
}
