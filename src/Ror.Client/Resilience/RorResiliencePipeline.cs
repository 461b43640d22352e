using System.Net.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Ror.Client.Diagnostics;
using Ror.Client.Transport;

namespace Ror.Client.Resilience;

/// <summary>Builds the resilience pipeline of a ROR client: total timeout, retry, circuit breaker, attempt timeout (outermost first).</summary>
internal static class RorResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, string clientName, RorResilienceOptions options, ILogger logger)
    {
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.TotalTimeout });

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "Retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = options.HonorRetryAfter,
                ShouldHandle = args => RorTransientFailures.IsTransient(args.Outcome),
                OnRetry = args =>
                {
                    RorClientInstrumentation.Retries.Add(1, new KeyValuePair<string, object?>(RorClientTelemetry.ClientNameTag, clientName));
                    var cause = args.Outcome.Exception?.GetType().Name ?? "HTTP " + (int?)args.Outcome.Result?.StatusCode;
                    RorClientLog.Retrying(logger, clientName, args.AttemptNumber + 1, RorCallState.Current?.Transaction ?? "HTTP request", args.RetryDelay, cause);
                    return default;
                },
            });
        }

        if (options.CircuitBreakerEnabled)
        {
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                Name = "CircuitBreaker",
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = args => RorTransientFailures.IsTransient(args.Outcome),
                OnOpened = args =>
                {
                    RorClientLog.CircuitOpened(logger, clientName, args.BreakDuration);
                    return default;
                },
                OnClosed = _ =>
                {
                    RorClientLog.CircuitClosed(logger, clientName);
                    return default;
                },
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
    }
}
