namespace Ror.Client.Testing.Faults;

/// <summary>
/// One transport fault to inject into a simulator answer. Create it with the factory methods, then queue it or give
/// it a rate on a <see cref="FaultPlan"/>.
/// </summary>
public sealed record InjectedFault
{
    private InjectedFault(FaultKind kind)
    {
        Kind = kind;
    }

    /// <summary>What happens to the answer.</summary>
    public FaultKind Kind { get; }

    /// <summary>The added latency (<see cref="FaultKind.Latency"/>) or the pause between chunks (<see cref="FaultKind.SlowDrip"/>).</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>The <c>Retry-After</c> of a <see cref="FaultKind.ServiceUnavailable"/> answer, sent in whole seconds; none when <see langword="null"/>.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>
    /// The number of body bytes sent before the abort (<see cref="FaultKind.ConnectionReset"/>,
    /// <see cref="FaultKind.TruncatedBody"/>) or the chunk size (<see cref="FaultKind.SlowDrip"/>).
    /// </summary>
    public int ByteCount { get; private init; }

    /// <summary>Delays the answer, which is then normal.</summary>
    /// <param name="delay">The added latency (honours client disconnection).</param>
    /// <returns>The fault.</returns>
    public static InjectedFault Latency(TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return new(FaultKind.Latency) { Delay = delay };
    }

    /// <summary>Answers HTTP 503 Service Unavailable.</summary>
    /// <param name="retryAfter">When given, sent as <c>Retry-After</c> in whole seconds (rounded up).</param>
    /// <returns>The fault.</returns>
    public static InjectedFault ServiceUnavailable(TimeSpan? retryAfter = null)
    {
        if (retryAfter is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, nameof(retryAfter));
        }

        return new(FaultKind.ServiceUnavailable) { RetryAfter = retryAfter };
    }

    /// <summary>Answers HTTP 500 with an HTML error page.</summary>
    /// <returns>The fault.</returns>
    public static InjectedFault HtmlServerError() => new(FaultKind.HtmlServerError);

    /// <summary>Starts the real answer, then aborts the connection.</summary>
    /// <param name="bytesBeforeReset">The number of body bytes sent before the abort.</param>
    /// <returns>The fault.</returns>
    public static InjectedFault ConnectionReset(int bytesBeforeReset = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytesBeforeReset);
        return new(FaultKind.ConnectionReset) { ByteCount = bytesBeforeReset };
    }

    /// <summary>Declares the complete length, sends part of the answer, then aborts the connection.</summary>
    /// <param name="bytesSent">The number of body bytes sent before the abort.</param>
    /// <returns>The fault.</returns>
    public static InjectedFault TruncatedBody(int bytesSent = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytesSent);
        return new(FaultKind.TruncatedBody) { ByteCount = bytesSent };
    }

    /// <summary>Answers HTTP 200 with a body that is not well-formed XML.</summary>
    /// <returns>The fault.</returns>
    public static InjectedFault MalformedXml() => new(FaultKind.MalformedXml);

    /// <summary>Sends the real answer slowly, in small chunks with pauses.</summary>
    /// <param name="chunkSize">The chunk size in bytes.</param>
    /// <param name="delayBetweenChunks">The pause between chunks; 10 ms when <see langword="null"/>.</param>
    /// <returns>The fault.</returns>
    public static InjectedFault SlowDrip(int chunkSize = 16, TimeSpan? delayBetweenChunks = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        TimeSpan delay = delayBetweenChunks ?? TimeSpan.FromMilliseconds(10);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero, nameof(delayBetweenChunks));
        return new(FaultKind.SlowDrip) { ByteCount = chunkSize, Delay = delay };
    }
}
