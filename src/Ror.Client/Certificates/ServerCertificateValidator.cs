using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Ror.Client.Diagnostics;

namespace Ror.Client.Certificates;

/// <summary>
/// Validates the ROR server certificate against the environment's trust anchors (custom root trust) or the operating
/// system store, and remembers why the last validation failed so that the error raised to the caller can say it.
/// </summary>
internal sealed class ServerCertificateValidator
{
    private const string ServerAuthenticationOid = "1.3.6.1.5.5.7.3.1";

    private readonly X509Certificate2Collection? _anchors;
    private readonly X509RevocationMode _revocationMode;
    private readonly bool _allowInvalid;
    private readonly string _environmentName;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private ServerCertificateFailure? _lastFailure;

    public ServerCertificateValidator(
        X509Certificate2Collection? anchors,
        X509RevocationMode revocationMode,
        bool allowInvalid,
        string environmentName,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _anchors = anchors;
        _revocationMode = revocationMode;
        _allowInvalid = allowInvalid;
        _environmentName = environmentName;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    /// <summary>The last validation failure, if any.</summary>
    public ServerCertificateFailure? LastFailure => Volatile.Read(ref _lastFailure);

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (_allowInvalid)
        {
            RorClientLog.ServerCertificateValidationDisabled(_logger, _environmentName);
            return true;
        }

        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return Fail("the server sent no certificate");
        }

        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return Fail($"the name of the server certificate '{certificate.Subject}' does not match the endpoint host");
        }

        using var serverCertificate = new X509Certificate2(certificate);
        using var ownChain = new X509Chain();
        var policy = ownChain.ChainPolicy;
        policy.RevocationMode = _revocationMode;
        policy.RevocationFlag = X509RevocationFlag.ExcludeRoot;
        policy.ApplicationPolicy.Add(new Oid(ServerAuthenticationOid));
        if (chain is not null)
        {
            // The intermediates the server sent.
            foreach (var element in chain.ChainElements)
            {
                policy.ExtraStore.Add(element.Certificate);
            }

            policy.ExtraStore.AddRange(chain.ChainPolicy.ExtraStore);
        }

        if (_anchors is not null)
        {
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.AddRange(_anchors);
            policy.ExtraStore.AddRange(_anchors);
        }

        if (ownChain.Build(serverCertificate))
        {
            return true;
        }

        var statuses = string.Join(", ", ownChain.ChainStatus.Select(s => s.Status).Distinct());
        var anchors = _anchors is null ? "the operating system trust store" : "the configured trust anchors";
        return Fail($"the server certificate '{serverCertificate.Subject}' (issuer '{serverCertificate.Issuer}') does not validate against {anchors}: {statuses}");
    }

    private bool Fail(string reason)
    {
        Volatile.Write(ref _lastFailure, new ServerCertificateFailure(reason, _timeProvider.GetUtcNow()));
        RorClientLog.ServerCertificateRejected(_logger, _environmentName, reason);
        return false;
    }
}
