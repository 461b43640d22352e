namespace Ror.Client.Testing.Errors;

/// <summary>
/// The forced errors of a running simulator, changeable at any time from any thread. The first matching rule, in
/// insertion order, wins.
/// </summary>
public sealed class ForcedErrorRules
{
    private readonly Lock _gate = new();
    private readonly List<ForcedError> _rules = [];

    internal ForcedErrorRules(IEnumerable<ForcedError> initial)
    {
        _rules.AddRange(initial);
    }

    /// <summary>The number of rules.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rules.Count;
            }
        }
    }

    /// <summary>Adds a rule after the existing ones.</summary>
    /// <param name="error">The forced error.</param>
    public void Add(ForcedError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            _rules.Add(error);
        }
    }

    /// <summary>Removes a rule (compared by value).</summary>
    /// <param name="error">The forced error.</param>
    /// <returns>Whether a rule was removed.</returns>
    public bool Remove(ForcedError error)
    {
        lock (_gate)
        {
            return _rules.Remove(error);
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    internal ForcedError? Find(SimulatedTransaction transaction, string? identifier)
    {
        lock (_gate)
        {
            return _rules.Find(rule => rule.Matches(transaction, identifier));
        }
    }
}
