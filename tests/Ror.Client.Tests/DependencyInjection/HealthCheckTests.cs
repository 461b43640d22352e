using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Ror.Client.DependencyInjection;
using Ror.Client.Testing.Certificates;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.DependencyInjection;

[Collection(CertificateCollection.Name)]
public sealed class HealthCheckTests(CertificateFixture certificates)
{
    private static async Task<HealthReport> CheckAsync(TestClient client) =>
        await client.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    [Fact]
    public async Task RorHealthCheck_ReachableEndpointAndValidCertificate_IsHealthy()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        await using var client = TestClient.Create(certificates, server, services: s => s.AddHealthChecks().AddRorHealthCheck());

        var report = await CheckAsync(client);

        Assert.Equal(HealthStatus.Healthy, report.Entries["ror"].Status);
        Assert.Equal("HEAD", Assert.Single(server.Requests).Method);
    }

    [Fact]
    public async Task RorHealthCheck_ExpiredCertificate_IsUnhealthyAndSaysWhy()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        using var expired = certificates.Issue(ClientCertificateKind.Expired);
        await using var client = TestClient.Create(
            certificates,
            server,
            o =>
            {
                o.ClientCertificate.Path = null;
                o.ClientCertificate.Certificate = expired;
            },
            services: s => s.AddHealthChecks().AddRorHealthCheck());

        var entry = (await CheckAsync(client)).Entries["ror"];

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("expired", entry.Description, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task RorHealthCheck_CertificateExpiringWithinThirtyDays_IsDegraded()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var notAfter = new DateTimeOffset(certificates.ClientCertificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        await using var client = TestClient.Create(
            certificates,
            server,
            services: s =>
            {
                s.AddSingleton<TimeProvider>(new FakeTimeProvider(notAfter.AddDays(-5)));
                s.AddHealthChecks().AddRorHealthCheck();
            });

        var entry = (await CheckAsync(client)).Entries["ror"];

        Assert.Equal(HealthStatus.Degraded, entry.Status);
    }

    [Fact]
    public async Task RorHealthCheck_ServerNotTrusted_IsUnhealthy()
    {
        using var foreignServerCertificate = certificates.OtherRoot.IssueServerCertificate("localhost");
        await using var server = await TestRorServer.StartAsync(certificates, serverCertificate: foreignServerCertificate);
        await using var client = TestClient.Create(certificates, server, services: s => s.AddHealthChecks().AddRorHealthCheck());

        var entry = (await CheckAsync(client)).Entries["ror"];

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("not trusted", entry.Description, StringComparison.Ordinal);
    }
}
