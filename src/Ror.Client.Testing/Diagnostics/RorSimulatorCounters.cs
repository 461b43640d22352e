namespace Ror.Client.Testing.Diagnostics;

/// <summary>
/// Requests received by a running simulator, per transaction and in total, faulted and refused ones included (TLS
/// refusals excepted: they never become requests). Thread-safe.
/// </summary>
public sealed class RorSimulatorCounters
{
    private readonly long[] _byTransaction = new long[Enum.GetValues<SimulatedTransaction>().Length];
    private long _total;

    /// <summary>
    /// Every HTTP request received, including those refused before classification (wrong method, media type or path,
    /// malformed envelope).
    /// </summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>The requests classified as one transaction.</summary>
    /// <param name="transaction">The transaction.</param>
    /// <returns>Its count since start or the last <see cref="Reset"/>.</returns>
    public long Get(SimulatedTransaction transaction) => Interlocked.Read(ref _byTransaction[Index(transaction)]);

    /// <summary>Sets every counter back to zero.</summary>
    public void Reset()
    {
        for (int i = 0; i < _byTransaction.Length; i++)
        {
            Interlocked.Exchange(ref _byTransaction[i], 0);
        }

        Interlocked.Exchange(ref _total, 0);
    }

    internal void CountRequest() => Interlocked.Increment(ref _total);

    internal void Count(SimulatedTransaction transaction) => Interlocked.Increment(ref _byTransaction[Index(transaction)]);

    private int Index(SimulatedTransaction transaction)
    {
        int index = (int)transaction;
        return index >= 0 && index < _byTransaction.Length
            ? index
            : throw new ArgumentOutOfRangeException(nameof(transaction), transaction, "Unknown transaction.");
    }
}
