namespace Ror.Client.Resilience;

/// <summary>
/// Retry, timeout and circuit breaker settings of the HTTP pipeline shared by the SOAP and REST calls.
/// Only transient failures are retried (connection errors, HTTP 408, 429 and 5xx without a SOAP fault);
/// a SOAP business fault, TLS and authentication failures are never retried.
/// </summary>
public sealed class RorResilienceOptions
{
    /// <summary>Maximum number of retries after the first attempt (0 disables retries). Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential back-off (with jitter). Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest delay between two attempts, <c>Retry-After</c> included. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a <c>Retry-After</c> header sets the delay before the next attempt. Default <see langword="true"/>.</summary>
    public bool HonorRetryAfter { get; set; } = true;

    /// <summary>
    /// Time limit of one attempt, up to the response headers. Default 30 s (the ANS test client waits 30 s;
    /// the ROR is required to answer within 5 s).
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of a call, all attempts and delays included, up to the response headers. Default 2 min.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether the circuit breaker is enabled. Default <see langword="true"/>.</summary>
    public bool CircuitBreakerEnabled { get; set; } = true;

    /// <summary>Failure ratio over <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit. Default 0.5.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Minimum number of attempts in the sampling window before the circuit can open. Default 10.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>Sampling window of the circuit breaker. Default 30 s.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call. Default 30 s.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
