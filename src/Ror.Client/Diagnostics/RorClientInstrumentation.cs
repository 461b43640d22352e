using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ror.Client.Errors;

namespace Ror.Client.Diagnostics;

/// <summary>The activity source and instruments of the client.</summary>
internal static class RorClientInstrumentation
{
    private static readonly string? Version = typeof(RorClientInstrumentation).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource ActivitySource = new(RorClientTelemetry.SourceName, Version);

    public static readonly Meter Meter = new(RorClientTelemetry.MeterName, Version);

    public static readonly Histogram<double> TransactionDuration = Meter.CreateHistogram<double>(
        RorClientTelemetry.TransactionDurationMetric, unit: "s", description: "Duration of a ROR transaction, retries included.");

    public static readonly Counter<long> Attempts = Meter.CreateCounter<long>(
        RorClientTelemetry.AttemptsMetric, unit: "{attempt}", description: "HTTP attempts sent to the ROR, retries included.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        RorClientTelemetry.RetriesMetric, unit: "{retry}", description: "HTTP retries after a transient failure.");

    /// <summary>The outcome tag value of an exception (or success when <see langword="null"/>).</summary>
    public static string OutcomeOf(Exception? exception) => exception switch
    {
        null => "success",
        OperationCanceledException => "cancelled",
        RorServiceFaultException => "service_fault",
        RorUnavailableException => "unavailable",
        RorAuthenticationException => "authentication",
        RorResponseInvalidException => "invalid_response",
        RorConfigurationException => "configuration",
        RorNotFoundException => "not_found",
        _ => "error",
    };

    public static void RecordTransaction(string clientName, string transaction, TimeSpan duration, Exception? exception) =>
        TransactionDuration.Record(
            duration.TotalSeconds,
            new KeyValuePair<string, object?>(RorClientTelemetry.TransactionTag, transaction),
            new KeyValuePair<string, object?>(RorClientTelemetry.OutcomeTag, OutcomeOf(exception)),
            new KeyValuePair<string, object?>(RorClientTelemetry.ClientNameTag, clientName));
}
