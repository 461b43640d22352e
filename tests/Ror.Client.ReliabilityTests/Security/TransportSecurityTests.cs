using System.Security.Authentication;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography.X509Certificates;
using Ror.Client.Configuration;
using Ror.Client.Errors;
using Ror.Client.ReliabilityTests.Infrastructure;
using Ror.Client.Testing;

namespace Ror.Client.ReliabilityTests.Security;

/// <summary>TLS versions and the production refusal of disabled certificate validation.</summary>
public sealed class TransportSecurityTests
{
    [Fact]
    public async Task Client_ServerOfferingOnlyTls11_FailsWithTypedErrorAndNothingServed()
    {
#pragma warning disable SYSLIB0039, CA5397 // TLS 1.1 on purpose: the server must not be reachable with it.
        var error = await Record.ExceptionAsync(async () =>
        {
            await using var server = await HostileServer.StartAsync(SslProtocols.Tls11);
            server.Serve(Fixtures.SoapResponse(Fixtures.CareServicesResponse()), "application/soap+xml");
            await using var scope = server.CreateClient();
            var failure = await Guard.CaptureAsync(ct => scope.Client.GetEstablishmentOfferAsync("1990000019", cancellationToken: ct));
            Assert.True(failure is RorException, $"Expected a RorException, got {failure}");
            Assert.Equal(0, server.Requests);
        });
#pragma warning restore SYSLIB0039, CA5397

        Assert.Null(error);
    }

    [Fact]
    public async Task Simulator_ClientOfferingOnlyTls11_IsRefused()
    {
        await using var harness = await SimulatorHarness.StartAsync();
#pragma warning disable SYSLIB0039, CA5397
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.EnabledSslProtocols = SslProtocols.Tls11;
#pragma warning restore SYSLIB0039, CA5397
        handler.SslOptions.ClientCertificates = [harness.ClientCertificate];
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            CustomTrustStore = { harness.Simulator.ServerCaCertificate },
        };
        using var http = new HttpClient(handler);

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(harness.Simulator.ExtractionEndpoint));
        Assert.Equal(0, harness.Simulator.Counters.Total);
    }

    [Fact]
    public async Task AddRorClient_ProductionWithCertificateValidationDisabled_IsRefusedByOptionsValidation()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        await using var scope = harness.CreateClient(o =>
        {
            var environment = o.Environments[RorEnvironment.Simulator];
            environment.AllowInvalidServerCertificate = true;
            o.Environments[RorEnvironment.Production] = environment;
            o.Environment = RorEnvironment.Production;
        });

        var error = await Record.ExceptionAsync(() => harness.InvokeAsync(scope.Services.GetRequiredService<IRorClient>(), SimulatedTransaction.Notification));

        Assert.NotNull(error);
        Assert.Contains("AllowInvalidServerCertificate cannot be enabled for production", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, harness.Simulator.Counters.Total);
    }
}
