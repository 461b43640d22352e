using System.Net.Security;
using System.Security.Authentication;

namespace Ror.Client.Certificates;

/// <summary>The TLS settings of one client: its loaded client certificate and the validator of the server certificate.</summary>
internal sealed class TlsSettings(ClientCertificateBundle clientCertificate, ServerCertificateValidator serverValidator, string environmentName)
{
    public ClientCertificateBundle ClientCertificate { get; } = clientCertificate;

    public ServerCertificateValidator ServerValidator { get; } = serverValidator;

    public string EnvironmentName { get; } = environmentName;

    /// <summary>Creates the TLS options of a new connection: TLS 1.2 or 1.3, the client certificate with its intermediates, the server validation.</summary>
    public SslClientAuthenticationOptions CreateSslOptions() => new()
    {
        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        ClientCertificateContext = ClientCertificate.Context,
        RemoteCertificateValidationCallback = ServerValidator.Validate,
        CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
    };
}
