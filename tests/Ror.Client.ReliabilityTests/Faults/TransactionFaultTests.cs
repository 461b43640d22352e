using Ror.Client.Errors;
using Ror.Client.ReliabilityTests.Infrastructure;
using Ror.Client.Testing;
using Ror.Client.Testing.Faults;

namespace Ror.Client.ReliabilityTests.Faults;

/// <summary>
/// Faults injected by the simulator on each transaction (TR-Notif, Lecture EG, Lecture OI, extraction read), through a real
/// client over mutual TLS. Each test checks the outcome and the exact number of requests the simulator received.
/// The client retries twice (3 attempts at most).
/// </summary>
public sealed class TransactionFaultTests : IAsyncLifetime
{
    private SimulatorHarness _harness = null!;

    public static TheoryData<SimulatedTransaction> Transactions => new()
    {
        SimulatedTransaction.Notification,
        SimulatedTransaction.EstablishmentRead,
        SimulatedTransaction.InternalOrganizationRead,
        SimulatedTransaction.Extraction,
    };

    public async Task InitializeAsync() => _harness = await SimulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private RorSimulator Ror => _harness.Simulator;

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_NoFault_SucceedsWithOneRequest(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();

        var result = await RunAsync(scope, transaction);

        Assert.Null(result.Error);
        Assert.True(result.Count > 0, $"{transaction}: the answer is empty.");
        Assert.Equal(1, Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_LatencyPastAttemptTimeoutOnce_SucceedsOnSecondAttempt(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient(o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(1));
        Ror.Faults.For(transaction).Enqueue(InjectedFault.Latency(TimeSpan.FromSeconds(4)));

        var result = await RunAsync(scope, transaction);

        Assert.Null(result.Error);
        Assert.Equal(2, Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_LatencyPastAttemptTimeoutEveryAttempt_ThrowsUnavailableAfterThreeRequests(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient(o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(1));
        Ror.Faults.For(transaction).Enqueue(InjectedFault.Latency(TimeSpan.FromSeconds(4)), count: 3);

        var result = await RunAsync(scope, transaction);

        Assert.IsType<RorUnavailableException>(result.Error);
        Assert.Equal(3, Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_ServiceUnavailableBurstWithRetryAfter_SucceedsAfterRetries(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();
        Ror.Faults.For(transaction).Enqueue(InjectedFault.ServiceUnavailable(TimeSpan.FromSeconds(1)), count: 2);

        var result = await RunAsync(scope, transaction);

        Assert.Null(result.Error);
        Assert.Equal(3, Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_ServiceUnavailableBurstWithoutRetryAfter_SucceedsAfterRetries(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();
        Ror.Faults.For(transaction).Enqueue(InjectedFault.ServiceUnavailable(), count: 2);

        var result = await RunAsync(scope, transaction);

        Assert.Null(result.Error);
        Assert.Equal(3, Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_ServiceUnavailableLongerThanRetries_ThrowsUnavailableWith503(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();
        Ror.Faults.For(transaction).Enqueue(InjectedFault.ServiceUnavailable(), count: 3);

        var result = await RunAsync(scope, transaction);

        var error = Assert.IsType<RorUnavailableException>(result.Error);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_HtmlServerErrorOnce_SucceedsAfterOneRetry(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();
        Ror.Faults.For(transaction).Enqueue(InjectedFault.HtmlServerError());

        var result = await RunAsync(scope, transaction);

        Assert.Null(result.Error);
        Assert.Equal(2, Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_ConnectionResetMidBody_ThrowsTypedErrorOrRecovers(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();
        Ror.Faults.For(transaction).Enqueue(InjectedFault.ConnectionReset(64), count: 3);

        var result = await RunAsync(scope, transaction);

        AssertOutcome(transaction, result, "ConnectionReset", Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_TruncatedBody_ThrowsTypedError(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();
        Ror.Faults.For(transaction).Enqueue(InjectedFault.TruncatedBody(64), count: 3);

        var result = await RunAsync(scope, transaction);

        AssertOutcome(transaction, result, "TruncatedBody", Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_MalformedXml_ThrowsResponseInvalidWithoutRetry(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();
        Ror.Faults.For(transaction).Enqueue(InjectedFault.MalformedXml(), count: 3);

        var result = await RunAsync(scope, transaction);

        AssertOutcome(transaction, result, "MalformedXml", Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_SlowDrip_SucceedsWithOneRequest(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient();
        Ror.Faults.For(transaction).Enqueue(InjectedFault.SlowDrip(512, TimeSpan.FromMilliseconds(5)));

        var result = await RunAsync(scope, transaction);

        Assert.Null(result.Error);
        Assert.True(result.Count > 0, "The dripped answer was read whole.");
        Assert.Equal(1, Ror.Counters.Get(transaction));
    }

    [Theory]
    [MemberData(nameof(Transactions))]
    public async Task Transaction_CircuitBreaker_OpensOnFailuresThenClosesAfterBreakDuration(SimulatedTransaction transaction)
    {
        await using var scope = _harness.CreateClient(o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.CircuitBreakerEnabled = true;
            o.Resilience.CircuitBreakerMinimumThroughput = 2;
            o.Resilience.CircuitBreakerFailureRatio = 0.5;
            o.Resilience.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30);
            o.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(1);
        });
        Ror.Faults.For(transaction).Enqueue(InjectedFault.ServiceUnavailable(), count: 2);

        var first = await RunAsync(scope, transaction);
        var second = await RunAsync(scope, transaction);
        var whileOpen = await RunAsync(scope, transaction);
        var receivedWhileOpen = Ror.Counters.Get(transaction);

        Assert.IsType<RorUnavailableException>(first.Error);
        Assert.IsType<RorUnavailableException>(second.Error);
        Assert.IsType<RorUnavailableException>(whileOpen.Error);
        Assert.Equal(2, receivedWhileOpen);

        // Half-open after the break duration: the next call is let through and, succeeding, closes the circuit.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var probe = await RunAsync(scope, transaction);
        var after = await RunAsync(scope, transaction);

        Assert.Null(probe.Error);
        Assert.Null(after.Error);
        Assert.Equal(4, Ror.Counters.Get(transaction));
    }

    private static void AssertOutcome(SimulatedTransaction transaction, Outcome result, string fault, long received)
    {
        var expected = FaultExpectations.For(fault, transaction);
        var actual = result.Error?.GetType();
        var typeMatches = actual is not null && (expected.ExactType ? actual == expected.Error : expected.Error.IsAssignableFrom(actual));
        Assert.True(
            typeMatches && expected.Requests == received,
            $"{fault} on {transaction}: expected {expected.Error.Name} after {expected.Requests} request(s), got {actual?.Name ?? "success"} after {received}: {result.Error?.Message}");
    }

    private async Task<Outcome> RunAsync(ClientScope scope, SimulatedTransaction transaction)
    {
        var count = 0;
        var error = await Guard.CaptureAsync(async ct => count = await _harness.InvokeAsync(scope.Client, transaction, ct), TimeSpan.FromSeconds(60));
        if (error is not null and not RorException)
        {
            Assert.Fail($"{transaction}: an exception outside the RorException family escaped: {error}");
        }

        return new Outcome(count, error);
    }

    private sealed record Outcome(int Count, Exception? Error);
}
