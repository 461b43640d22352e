namespace Ror.Client.Testing.Faults;

/// <summary>
/// The fault injection of a running simulator (off until something is scripted or rated). A request first consults
/// the plan of its transaction, then, for SOAP transactions when that plan did not decide (empty script, no rated fault
/// drawn), the plan shared by every SOAP transaction (<see cref="Soap"/>). Requests that the simulator cannot classify (wrong media type, malformed envelope) never
/// get injected faults.
/// </summary>
/// <example>
/// <code>
/// ror.Faults.For(SimulatedTransaction.EstablishmentRead).Enqueue(InjectedFault.ServiceUnavailable(TimeSpan.FromSeconds(1)), count: 2);
/// ror.Faults.Extraction.SetRate(InjectedFault.ConnectionReset(), 0.1);
/// </code>
/// </example>
public sealed class RorSimulatorFaults
{
    private readonly Lock _randomGate = new();
    private readonly Random _random;
    private readonly Dictionary<SimulatedTransaction, FaultPlan> _plans;
    private long _injected;

    internal RorSimulatorFaults(int seed)
    {
        _random = new Random(seed);
        _plans = Enum.GetValues<SimulatedTransaction>().ToDictionary(t => t, t => new FaultPlan(t.ToString(), Draw));
        Soap = new FaultPlan("Soap", Draw);
    }

    /// <summary>The plan shared by every SOAP transaction, consulted when the transaction's own plan does not decide.</summary>
    public FaultPlan Soap { get; }

    /// <summary>The plan of the REST extraction endpoint.</summary>
    public FaultPlan Extraction => _plans[SimulatedTransaction.Extraction];

    /// <summary>The number of faults injected since start or the last <see cref="Reset"/>.</summary>
    public long InjectedCount => Interlocked.Read(ref _injected);

    /// <summary>The plan of one transaction.</summary>
    /// <param name="transaction">The transaction.</param>
    /// <returns>Its plan.</returns>
    public FaultPlan For(SimulatedTransaction transaction) =>
        _plans.TryGetValue(transaction, out FaultPlan? plan)
            ? plan
            : throw new ArgumentOutOfRangeException(nameof(transaction), transaction, "Unknown transaction.");

    /// <summary>Clears every plan and the injected count.</summary>
    public void Reset()
    {
        foreach (FaultPlan plan in _plans.Values)
        {
            plan.Clear();
        }

        Soap.Clear();
        Interlocked.Exchange(ref _injected, 0);
    }

    internal InjectedFault? Take(SimulatedTransaction transaction)
    {
        InjectedFault? fault = null;
        bool decided = For(transaction).TryTake(out fault);
        if (!decided && transaction != SimulatedTransaction.Extraction)
        {
            Soap.TryTake(out fault);
        }

        if (fault is not null)
        {
            Interlocked.Increment(ref _injected);
        }

        return fault;
    }

    private double Draw()
    {
        lock (_randomGate)
        {
            return _random.NextDouble();
        }
    }
}
