namespace Ror.Client.Perf;

/// <summary>The <c>soap-call</c> and <c>extraction-stream</c> figures, against the local simulator.</summary>
public static class NetworkFigures
{
    /// <summary>The SOAP call figures.</summary>
    /// <param name="ClientMicroseconds">Mean µs per IRorClient call.</param>
    /// <param name="RawMicroseconds">Mean µs per raw HttpClient call parsed with XDocument.</param>
    public sealed record SoapResult(double ClientMicroseconds, double RawMicroseconds);

    /// <summary>Measures the network figures and prints them.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The SOAP call figures, or <see langword="null"/> when they could not be measured.</returns>
    public static Task<SoapResult?> MeasureAsync(PerfReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.Missing("soap-call", "IRorClient is not in this build");
        report.Missing("extraction-stream", "IRorClient is not in this build");
        return Task.FromResult<SoapResult?>(null);
    }
}
