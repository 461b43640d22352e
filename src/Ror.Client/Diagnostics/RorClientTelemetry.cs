namespace Ror.Client.Diagnostics;

/// <summary>
/// Names of the traces and metrics the client emits, to subscribe to them (e.g. OpenTelemetry
/// <c>AddSource(RorClientTelemetry.SourceName)</c> and <c>AddMeter(RorClientTelemetry.MeterName)</c>).
/// No telemetry carries a message body, a person identifier or a secret.
/// </summary>
public static class RorClientTelemetry
{
    /// <summary>Name of the <see cref="System.Diagnostics.ActivitySource"/>: one activity per transaction.</summary>
    public const string SourceName = "Ror.Client";

    /// <summary>Name of the <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string MeterName = "Ror.Client";

    /// <summary>Histogram of the duration of a transaction, in seconds, tagged with <see cref="TransactionTag"/>, <see cref="OutcomeTag"/> and <see cref="ClientNameTag"/>.</summary>
    public const string TransactionDurationMetric = "ror.client.transaction.duration";

    /// <summary>Counter of HTTP attempts (first tries and retries), tagged with <see cref="ClientNameTag"/> and <see cref="RetryTag"/>.</summary>
    public const string AttemptsMetric = "ror.client.http.attempts";

    /// <summary>Counter of retries, tagged with <see cref="ClientNameTag"/>.</summary>
    public const string RetriesMetric = "ror.client.http.retries";

    /// <summary>Tag: official name of the ROR transaction.</summary>
    public const string TransactionTag = "ror.transaction";

    /// <summary>Tag: outcome of a transaction (<c>success</c>, <c>service_fault</c>, <c>unavailable</c>, <c>authentication</c>, <c>invalid_response</c>, <c>configuration</c>, <c>not_found</c>, <c>cancelled</c>, <c>error</c>).</summary>
    public const string OutcomeTag = "ror.outcome";

    /// <summary>Tag: name of the ROR client (empty for the default client).</summary>
    public const string ClientNameTag = "ror.client.name";

    /// <summary>Tag: whether an attempt is a retry.</summary>
    public const string RetryTag = "ror.retry";
}
