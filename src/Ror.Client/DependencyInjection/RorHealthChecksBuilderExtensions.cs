using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ror.Client.DependencyInjection;

/// <summary>Registers health checks of ROR clients.</summary>
public static class RorHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a health check of a ROR client: the client certificate is usable (present, private key, dates, usage) and the
    /// SOAP endpoint answers over mutual TLS. Degraded when the certificate expires within its warning period.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="clientName">Name of the ROR client (empty for the default client).</param>
    /// <param name="name">Name of the health check. Default <c>ror</c> (or <c>ror-{clientName}</c>).</param>
    /// <param name="failureStatus">Status reported on failure. Default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags of the health check.</param>
    /// <returns>The same builder.</returns>
    public static IHealthChecksBuilder AddRorHealthCheck(
        this IHealthChecksBuilder builder,
        string clientName = "",
        string? name = null,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(clientName);
        return builder.Add(new HealthCheckRegistration(
            name ?? (clientName.Length == 0 ? "ror" : "ror-" + clientName),
            sp => new RorHealthCheck(sp.GetRequiredService<RorClientRegistry>(), clientName),
            failureStatus,
            tags));
    }
}
