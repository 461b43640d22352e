using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Ror.Client.Testing.Certificates;

namespace Ror.Client.Testing.Tests.Certificates;

/// <summary>The issued keys work in a real TLS 1.2+ handshake over loopback (SslStream on both ends).</summary>
public sealed class TlsHandshakeTests(AuthorityFixture fixture) : IClassFixture<AuthorityFixture>
{
    [Theory]
    [InlineData(KeyAlgorithm.Rsa2048)]
    [InlineData(KeyAlgorithm.EcdsaP256)]
    public async Task IssuedCertificates_MutualTls_HandshakeSucceedsWithCustomRootTrust(KeyAlgorithm algorithm)
    {
        using X509Certificate2 server = fixture.Authority.IssueServerCertificate(algorithm: algorithm);
        using X509Certificate2 client = fixture.Authority.IssueClientCertificate("APP-TEST", algorithm: algorithm);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        Task<string?> serverSide = Task.Run(async () =>
        {
            using TcpClient accepted = await listener.AcceptTcpClientAsync(cts.Token);
            await using var tls = new SslStream(accepted.GetStream());
            await tls.AuthenticateAsServerAsync(
                new SslServerAuthenticationOptions
                {
                    ServerCertificate = server,
                    ClientCertificateRequired = true,
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                        certificate is X509Certificate2 presented
                        && ChainValidation.Build(presented, fixture.Authority.RootCertificate, ChainValidation.ClientAuth).Valid,
                },
                cts.Token);
            return tls.RemoteCertificate is null ? null : X509CertificateLoader.LoadCertificate(tls.RemoteCertificate.GetRawCertData()).Thumbprint;
        });

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, cts.Token);
        await using var clientTls = new SslStream(tcp.GetStream());
        await clientTls.AuthenticateAsClientAsync(
            new SslClientAuthenticationOptions
            {
                TargetHost = "127.0.0.1",
                ClientCertificates = [client],
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is X509Certificate2 presented
                    && ChainValidation.Build(presented, fixture.Authority.RootCertificate, ChainValidation.ServerAuth).Valid,
            },
            cts.Token);

        Assert.Equal(client.Thumbprint, await serverSide);
        Assert.True(clientTls.IsMutuallyAuthenticated, "both ends must be authenticated");
    }
}
