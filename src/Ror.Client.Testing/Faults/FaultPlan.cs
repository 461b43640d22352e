namespace Ror.Client.Testing.Faults;

/// <summary>
/// The faults planned for one endpoint or transaction: a script (a queue consumed one fault per request, first) and
/// rates (a probability per request, drawn from the simulator's seeded random generator, when the script is empty).
/// Thread-safe; changeable while the simulator runs.
/// </summary>
/// <example>
/// Two 503 answers, then normal answers: <c>ror.Faults.Extraction.Enqueue(InjectedFault.ServiceUnavailable(), count: 2);</c>
/// </example>
public sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly Queue<InjectedFault?> _script = new();
    private readonly List<(InjectedFault Fault, double Rate)> _rates = [];
    private readonly Func<double> _draw;

    internal FaultPlan(string name, Func<double> draw)
    {
        Name = name;
        _draw = draw;
    }

    /// <summary>The endpoint or transaction this plan applies to (for diagnostics).</summary>
    public string Name { get; }

    /// <summary>The number of scripted entries not consumed yet (faults and normal answers).</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _script.Count;
            }
        }
    }

    /// <summary>Scripts a fault for the next <paramref name="count"/> requests (after those already scripted).</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="count">How many consecutive requests get it.</param>
    /// <returns>This plan, to chain calls.</returns>
    public FaultPlan Enqueue(InjectedFault fault, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            for (int i = 0; i < count; i++)
            {
                _script.Enqueue(fault);
            }
        }

        return this;
    }

    /// <summary>Scripts normal answers (no fault, rates not drawn) for the next <paramref name="count"/> requests.</summary>
    /// <param name="count">How many consecutive requests are answered normally.</param>
    /// <returns>This plan, to chain calls.</returns>
    public FaultPlan EnqueueSuccess(int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            for (int i = 0; i < count; i++)
            {
                _script.Enqueue(null);
            }
        }

        return this;
    }

    /// <summary>
    /// Injects a fault into a proportion of the requests that the script does not cover. Setting a rate for a fault of the
    /// same <see cref="InjectedFault.Kind"/> replaces it; a rate of 0 removes it.
    /// </summary>
    /// <param name="fault">The fault.</param>
    /// <param name="rate">The probability per request, 0 to 1. The rates of a plan add up to 1 at most.</param>
    /// <returns>This plan, to chain calls.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is outside 0..1, or the rates would add up to more than 1.</exception>
    public FaultPlan SetRate(InjectedFault fault, double rate)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (double.IsNaN(rate) || rate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A fault rate is a probability between 0 and 1.");
        }

        lock (_gate)
        {
            double others = _rates.Where(r => r.Fault.Kind != fault.Kind).Sum(r => r.Rate);
            if (others + rate > 1 + 1e-9)
            {
                throw new ArgumentOutOfRangeException(nameof(rate), rate, $"The fault rates of '{Name}' would add up to {others + rate}, more than 1.");
            }

            _rates.RemoveAll(r => r.Fault.Kind == fault.Kind);
            if (rate > 0)
            {
                _rates.Add((fault, rate));
            }
        }

        return this;
    }

    /// <summary>Removes the script and every rate.</summary>
    /// <returns>This plan, to chain calls.</returns>
    public FaultPlan Clear()
    {
        lock (_gate)
        {
            _script.Clear();
            _rates.Clear();
        }

        return this;
    }

    /// <summary>Takes the fault for one request: <see langword="null"/> when the request is answered normally.</summary>
    /// <param name="fault">The fault decided by this plan, if it decided.</param>
    /// <returns>Whether this plan decided: a scripted entry (fault or success) was consumed, or a rated fault was drawn.</returns>
    internal bool TryTake(out InjectedFault? fault)
    {
        lock (_gate)
        {
            if (_script.TryDequeue(out fault))
            {
                return true;
            }

            if (_rates.Count == 0)
            {
                return false;
            }

            double draw = _draw();
            double cumulative = 0;
            foreach ((InjectedFault candidate, double rate) in _rates)
            {
                cumulative += rate;
                if (draw < cumulative)
                {
                    fault = candidate;
                    return true;
                }
            }

            return false;
        }
    }
}
