using Ror.Client.Errors;
using Ror.Client.Testing.Faults;

namespace Ror.Client.ReliabilityTests.Faults;

/// <summary>
/// The faults the synchronisation suites inject, by name (theory data stays serialisable), with the client setting each
/// needs. The clients retry twice (3 attempts at most).
/// </summary>
public static class SyncFaults
{
    /// <summary>Attempt timeout of the latency scenarios; the injected latency is three times longer.</summary>
    public static readonly TimeSpan ShortAttemptTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Faults the client's retries absorb, with the number of requests the transaction then takes.</summary>
    public static TheoryData<string, int> Recovering => new()
    {
        { "ServiceUnavailableBurstWithRetryAfter", 3 },
        { "ServiceUnavailableBurstWithoutRetryAfter", 3 },
        { "LatencyPastAttemptTimeoutOnce", 2 },
        { "HtmlServerErrorOnce", 2 },
        { "SlowDrip", 1 },
    };

    /// <summary>Faults that make the transaction fail, with the typed exception and the number of requests it took.</summary>
    public static TheoryData<string, Type, int> Failing => new()
    {
        { "ConnectionResetMidBody", typeof(RorUnavailableException), 1 },
        { "TruncatedBody", typeof(RorUnavailableException), 1 },
        { "MalformedXml", typeof(RorResponseInvalidException), 1 },
        { "ServiceUnavailableLongerThanRetries", typeof(RorUnavailableException), 3 },
        { "LatencyPastAttemptTimeoutEveryAttempt", typeof(RorUnavailableException), 3 },
    };

    /// <summary>Scripts the named fault on <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan of the transaction.</param>
    /// <param name="name">A name of <see cref="Recovering"/> or <see cref="Failing"/>.</param>
    /// <param name="bytesBeforeBreak">Where a reset or a truncation cuts the body.</param>
    public static void Enqueue(FaultPlan plan, string name, int bytesBeforeBreak = 64)
    {
        _ = name switch
        {
            "ServiceUnavailableBurstWithRetryAfter" => plan.Enqueue(InjectedFault.ServiceUnavailable(TimeSpan.FromSeconds(1)), count: 2),
            "ServiceUnavailableBurstWithoutRetryAfter" => plan.Enqueue(InjectedFault.ServiceUnavailable(), count: 2),
            "LatencyPastAttemptTimeoutOnce" => plan.Enqueue(InjectedFault.Latency(ShortAttemptTimeout * 3)),
            "HtmlServerErrorOnce" => plan.Enqueue(InjectedFault.HtmlServerError()),
            "SlowDrip" => plan.Enqueue(InjectedFault.SlowDrip(4096, TimeSpan.FromMilliseconds(5))),
            "ConnectionResetMidBody" => plan.Enqueue(InjectedFault.ConnectionReset(bytesBeforeBreak)),
            "TruncatedBody" => plan.Enqueue(InjectedFault.TruncatedBody(bytesBeforeBreak)),
            "MalformedXml" => plan.Enqueue(InjectedFault.MalformedXml()),
            "ServiceUnavailableLongerThanRetries" => plan.Enqueue(InjectedFault.ServiceUnavailable(), count: 3),
            "LatencyPastAttemptTimeoutEveryAttempt" => plan.Enqueue(InjectedFault.Latency(ShortAttemptTimeout * 3), count: 3),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown fault."),
        };
    }

    /// <summary>The client setting the named fault needs: a short attempt timeout for the latency faults.</summary>
    public static Action<RorClientOptions>? ClientFor(string name) =>
        name.StartsWith("Latency", StringComparison.Ordinal) ? o => o.Resilience.AttemptTimeout = ShortAttemptTimeout : null;
}
