using System.Net.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ror.Client.Errors;

namespace Ror.Client.DependencyInjection;

/// <summary>
/// Checks a ROR client: its client certificate loads (present, private key, dates, usage) and the SOAP endpoint answers
/// over mutual TLS (any HTTP status proves the handshake and the route). Degraded when the certificate expires soon.
/// </summary>
internal sealed class RorHealthCheck(RorClientRegistry registry, string clientName) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        RorClientRuntime runtime;
        try
        {
            runtime = registry.Get(clientName);
            var tls = await runtime.Tls.GetAsync(cancellationToken).ConfigureAwait(false);
            var endpoint = runtime.Environment.SoapEndpoint!;
            var client = await runtime.CreateHttpClientAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Head, endpoint);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);

            var certificate = tls.ClientCertificate.Certificate;
            var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
            var data = new Dictionary<string, object>
            {
                ["environment"] = runtime.EnvironmentName,
                ["certificateSubject"] = certificate.Subject,
                ["certificateNotAfter"] = notAfter,
                ["httpStatus"] = (int)response.StatusCode,
            };
            var warningDays = runtime.Options.GetCurrentClientCertificate().ExpiryWarningDays;
            if (runtime.TimeProvider.GetUtcNow() >= notAfter.AddDays(-warningDays))
            {
                return HealthCheckResult.Degraded($"The ROR client certificate expires on {notAfter:yyyy-MM-dd}.", data: data);
            }

            return HealthCheckResult.Healthy($"The ROR endpoint of environment '{runtime.EnvironmentName}' answered over mutual TLS.", data);
        }
        catch (RorException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, exception.Message, exception);
        }
        catch (HttpRequestException exception) when (exception is not null)
        {
            var mapped = RorExceptionMapper.Map(exception, new CallFacts(
                "Health check", registry.Get(clientName).EnvironmentName, string.Empty, DateTimeOffset.MinValue, exception.StatusCode, 1, registry.Get(clientName).Tls.Loaded));
            return new HealthCheckResult(context.Registration.FailureStatus, mapped.Message, exception);
        }
        catch (Polly.Timeout.TimeoutRejectedException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The ROR endpoint did not answer in time.", exception);
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The circuit to the ROR is open after repeated failures.", exception);
        }
    }
}
