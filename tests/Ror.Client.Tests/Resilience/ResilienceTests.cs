using System.Net;
using Microsoft.Extensions.Logging;
using Ror.Client.Errors;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.Resilience;

[Collection(CertificateCollection.Name)]
public sealed class ResilienceTests(CertificateFixture certificates)
{
    [Fact]
    public async Task SendAsync_TwoUnavailableThenSuccess_SucceedsAfterThreeRequests()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.Status(503), TestResponses.Status(503));
        await using var client = TestClient.Create(certificates, server);

        var name = await client.SendAsync();

        Assert.Equal("ok", name);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_ServerError500WithoutSoapBody_IsRetried()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.Status(500), TestResponses.Status(502));
        await using var client = TestClient.Create(certificates, server);

        await client.SendAsync();

        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_SoapFaultOn500_IsNeverRetried()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapFault(500);
        await using var client = TestClient.Create(certificates, server);

        await Assert.ThrowsAsync<RorServiceFaultException>(() => client.SendAsync());

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task SendAsync_AlwaysUnavailable_ThrowsUnavailableAfterAllAttempts()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Status(503);
        await using var client = TestClient.Create(certificates, server, o => o.Resilience.MaxRetryAttempts = 2);

        var error = await Assert.ThrowsAsync<RorUnavailableException>(() => client.SendAsync());

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public async Task SendAsync_RetryAfterHeader_SetsTheRetryDelay()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.Status(503, retryAfter: "1"));
        await using var client = TestClient.Create(certificates, server);

        await client.SendAsync();

        Assert.Equal(2, server.Requests.Count);
        var retry = Assert.Single(client.Logs.GetSnapshot(), r => r.Id.Id == 7);
        var delay = TimeSpan.Parse(retry.GetStructuredStateValue("RetryDelay")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromSeconds(1), delay);
    }

    [Fact]
    public async Task SendAsync_AttemptTimesOut_IsRetriedThenUnavailable()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Delay(TimeSpan.FromSeconds(20), TestResponses.SoapAnswer("<late/>"));
        await using var client = TestClient.Create(certificates, server, o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.Resilience.MaxRetryAttempts = 1;
        });

        var error = await Assert.ThrowsAsync<RorUnavailableException>(() => client.SendAsync());

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RepeatedTransientFailures_OpenTheCircuit()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.Status(503);
        await using var client = TestClient.Create(certificates, server, o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.CircuitBreakerEnabled = true;
            o.Resilience.CircuitBreakerMinimumThroughput = 2;
            o.Resilience.CircuitBreakerFailureRatio = 0.5;
        });

        await Assert.ThrowsAsync<RorUnavailableException>(() => client.SendAsync());
        await Assert.ThrowsAsync<RorUnavailableException>(() => client.SendAsync());
        var error = await Assert.ThrowsAsync<RorUnavailableException>(() => client.SendAsync());

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("circuit is open", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_RepeatedSoapFaults_DoNotOpenTheCircuit()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.DefaultResponse = TestResponses.SoapFault(500);
        await using var client = TestClient.Create(certificates, server, o =>
        {
            o.Resilience.CircuitBreakerEnabled = true;
            o.Resilience.CircuitBreakerMinimumThroughput = 2;
            o.Resilience.CircuitBreakerFailureRatio = 0.5;
        });

        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<RorServiceFaultException>(() => client.SendAsync());
        }

        Assert.Equal(4, server.Requests.Count);
    }
}
