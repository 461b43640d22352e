using Microsoft.Extensions.Options;
using Ror.Client.Resilience;

namespace Ror.Client.Configuration;

/// <summary>Checks the ROR client options at start and says precisely what is wrong, and where.</summary>
internal sealed class RorClientOptionsValidator : IValidateOptions<RorClientOptions>
{
    public ValidateOptionsResult Validate(string? name, RorClientOptions options)
    {
        var errors = new List<string>();
        var prefix = string.IsNullOrEmpty(name) ? "Ror" : "Ror client '" + name + "'";

        if (options.Environments.Count == 0)
        {
            errors.Add($"{prefix}: no environment is defined: add Environments:{options.Environment}:SoapEndpoint (the address given at onboarding).");
        }
        else if (string.IsNullOrWhiteSpace(options.Environment) || !options.Environments.TryGetValue(options.Environment, out _))
        {
            errors.Add($"{prefix}: Environment '{options.Environment}' is not one of the defined environments ({string.Join(", ", options.Environments.Keys)}).");
        }

        foreach (var (environmentName, environment) in options.Environments)
        {
            ValidateEnvironment($"{prefix}: Environments:{environmentName}", environmentName, environment, errors);
        }

        var certificate = options.Environments.TryGetValue(options.Environment ?? string.Empty, out var current) && current.ClientCertificate is not null
            ? current.ClientCertificate
            : options.ClientCertificate;
        var certificateKey = current?.ClientCertificate is not null ? $"Environments:{options.Environment}:ClientCertificate" : "ClientCertificate";
        ValidateCertificate($"{prefix}: {certificateKey}", certificate, errors);

        if (options.AccessProfile is { } profile)
        {
            if (!Enum.IsDefined(profile))
            {
                errors.Add($"{prefix}: AccessProfile {(int)profile} does not exist: CSD MEV 2.4 has the profiles 0 to 3.");
            }

            if (string.IsNullOrWhiteSpace(options.ApplicationName))
            {
                errors.Add($"{prefix}: ApplicationName is required with AccessProfile (it is sent in the VIHF token).");
            }
        }

        if (options.MaxReceivedMessageSize <= 0)
        {
            errors.Add($"{prefix}: MaxReceivedMessageSize must be positive.");
        }

        if (options.PooledConnectionLifetime <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}: PooledConnectionLifetime must be positive.");
        }

        ValidateResilience($"{prefix}: Resilience", options.Resilience, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateEnvironment(string key, string environmentName, RorEnvironment environment, List<string> errors)
    {
        if (environment.SoapEndpoint is null)
        {
            errors.Add($"{key}:SoapEndpoint is required (the address of the CSD web service given at onboarding; there is no default).");
        }
        else if (!environment.SoapEndpoint.IsAbsoluteUri || environment.SoapEndpoint.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{key}:SoapEndpoint '{environment.SoapEndpoint}' must be an absolute https:// address.");
        }

        if (environment.ExtractionEndpoint is { } extraction && (!extraction.IsAbsoluteUri || extraction.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{key}:ExtractionEndpoint '{extraction}' must be an absolute https:// address.");
        }

        if (environment.AllowInvalidServerCertificate && string.Equals(environmentName, RorEnvironment.Production, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{key}:AllowInvalidServerCertificate cannot be enabled for production: give the IGC-Santé trust anchors instead.");
        }

        var trust = environment.TrustAnchors;
        if (trust is not null)
        {
            var sources = (string.IsNullOrWhiteSpace(trust.CaBundlePath) ? 0 : 1) + (string.IsNullOrWhiteSpace(trust.CaBundlePem) ? 0 : 1);
            if (sources > 1)
            {
                errors.Add($"{key}:TrustAnchors: give CaBundlePath or CaBundlePem, not both.");
            }
        }

        if (environment.ClientCertificate is not null)
        {
            ValidateCertificate($"{key}:ClientCertificate", environment.ClientCertificate, errors);
        }
    }

    private static void ValidateCertificate(string key, RorClientCertificateOptions certificate, List<string> errors)
    {
        switch (certificate.SourceCount)
        {
            case 0:
                errors.Add($"{key}: no client certificate is configured: set Path (PKCS#12 .p12, or PEM with KeyPath), Thumbprint (certificate store) or Certificate.");
                break;
            case > 1:
                errors.Add($"{key}: give one client certificate source only (Path, Thumbprint or Certificate).");
                break;
        }

        if (!string.IsNullOrWhiteSpace(certificate.KeyPath) && string.IsNullOrWhiteSpace(certificate.Path))
        {
            errors.Add($"{key}:KeyPath is set but Path (the PEM certificate) is not.");
        }

        if (certificate.ExpiryWarningDays < 0)
        {
            errors.Add($"{key}:ExpiryWarningDays cannot be negative.");
        }
    }

    private static void ValidateResilience(string key, RorResilienceOptions? resilience, List<string> errors)
    {
        if (resilience is null)
        {
            errors.Add($"{key} is required.");
            return;
        }

        if (resilience.MaxRetryAttempts is < 0 or > 10)
        {
            errors.Add($"{key}:MaxRetryAttempts must be between 0 and 10.");
        }

        if (resilience.RetryBaseDelay <= TimeSpan.Zero || resilience.MaxRetryDelay < resilience.RetryBaseDelay)
        {
            errors.Add($"{key}: RetryBaseDelay must be positive and not above MaxRetryDelay.");
        }

        if (resilience.AttemptTimeout <= TimeSpan.Zero || resilience.TotalTimeout < resilience.AttemptTimeout)
        {
            errors.Add($"{key}: AttemptTimeout must be positive and not above TotalTimeout.");
        }

        if (resilience.CircuitBreakerEnabled)
        {
            if (resilience.CircuitBreakerFailureRatio is <= 0 or > 1)
            {
                errors.Add($"{key}:CircuitBreakerFailureRatio must be in ]0, 1].");
            }

            if (resilience.CircuitBreakerMinimumThroughput < 2)
            {
                errors.Add($"{key}:CircuitBreakerMinimumThroughput must be at least 2.");
            }

            if (resilience.CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || resilience.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
            {
                errors.Add($"{key}: CircuitBreakerSamplingDuration and CircuitBreakerBreakDuration must be at least 0.5 s.");
            }
        }
    }
}
