using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Ror.Client.Configuration;
using Ror.Client.DependencyInjection;
using Ror.Client.Diagnostics;
using Ror.Client.Errors;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.DependencyInjection;

[Collection(CertificateCollection.Name)]
public sealed class PipelineTests(CertificateFixture certificates)
{
    [Fact]
    public async Task HandlerAddedThroughTheBuilder_SeesBothSoapAndRestRequests()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var handler = new CountingHandler();
        await using var client = TestClient.Create(certificates, server, build: b => b.HttpClientBuilder.AddHttpMessageHandler(() => handler));

        await client.SendAsync();
        server.DefaultResponse = new TestExtractionFile("<CSD/>"u8.ToArray()).Serve;
        await using (await client.Runtime.Rest.OpenExtractionAsync(0, CancellationToken.None))
        {
        }

        Assert.Equal(2, handler.Count);
        Assert.Equal(HttpMethod.Post, handler.Seen[0].Method);
        Assert.Equal("application/soap+xml", handler.Seen[0].MediaType);
        Assert.Equal(HttpMethod.Get, handler.Seen[1].Method);
        Assert.Equal(server.ExtractionEndpoint, handler.Seen[1].Uri);
    }

    [Fact]
    public async Task AddRorBackend_SecondBackend_GetsTheSameConfiguredHttpPipeline()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.Status(503));
        var handler = new CountingHandler();
        await using var client = TestClient.Create(certificates, server, build: b =>
        {
            b.HttpClientBuilder.AddHttpMessageHandler(() => handler);
            b.AddRorBackend<ExampleBackend>();
        });
        var backend = client.Services.GetRequiredService<ExampleBackend>();

        var status = await backend.GetAsync(new Uri(server.BaseAddress, "/fhir/metadata"));

        Assert.Equal(200, status);
        Assert.Equal(RorEnvironment.Simulator, backend.Pipeline.EnvironmentName);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(certificates.ClientCertificate.Thumbprint, r.ClientCertificateThumbprint));
        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task NamedClients_HaveTheirOwnPipelineAndEnvironment()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        var services = new ServiceCollection();
        services.AddRorClient("regionA", o => TestClient.Defaults(o, certificates, server));
        services.AddRorClient("regionB", o =>
        {
            TestClient.Defaults(o, certificates, server);
            o.Environments["Other"] = new RorEnvironment { SoapEndpoint = new Uri("https://other.example/") };
            o.Environment = "Other";
        });
        await using var provider = services.BuildServiceProvider();
        var pipelines = provider.GetRequiredService<IRorHttpPipelineProvider>();

        var regionA = pipelines.GetPipeline("regionA");
        var regionB = pipelines.GetPipeline("regionB");

        Assert.Equal(RorHttpClientNames.For("regionA"), regionA.HttpClientName);
        Assert.NotEqual(regionA.HttpClientName, regionB.HttpClientName);
        Assert.Equal("Other", regionB.EnvironmentName);
        using var http = await regionA.CreateHttpClientAsync();
        using var response = await http.GetAsync(server.SoapEndpoint);
        Assert.Equal(certificates.ClientCertificate.Thumbprint, Assert.Single(server.Requests).ClientCertificateThumbprint);
        Assert.Throws<RorConfigurationException>(() => pipelines.GetPipeline("regionC"));
    }

    [Fact]
    public async Task Transaction_Completed_RecordsItsDurationWithOutcome()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.SoapFault());
        await using var client = TestClient.Create(certificates, server);
        using var collector = new MetricCollector<double>(null, RorClientTelemetry.MeterName, RorClientTelemetry.TransactionDurationMetric);

        await Assert.ThrowsAsync<RorServiceFaultException>(() => client.SendAsync());
        await client.SendAsync();

        var outcomes = collector.GetMeasurementSnapshot()
            .Where(m => (string?)m.Tags[RorClientTelemetry.ClientNameTag] == string.Empty && (string?)m.Tags[RorClientTelemetry.TransactionTag] == RorTransactions.ReadEstablishmentOffer)
            .Select(m => (string?)m.Tags[RorClientTelemetry.OutcomeTag])
            .ToList();
        Assert.Contains("service_fault", outcomes);
        Assert.Contains("success", outcomes);
    }

    [Fact]
    public async Task Logs_FailedCall_ContainNoBodyContent()
    {
        await using var server = await TestRorServer.StartAsync(certificates);
        server.Enqueue(TestResponses.SoapFault(fault: TestResponses.Fault(reason: "Patient DUPONT Jean", detail: null)));
        await using var client = TestClient.Create(certificates, server);

        await Assert.ThrowsAsync<RorServiceFaultException>(() => client.SendAsync());

        Assert.NotEmpty(client.Logs.GetSnapshot());
        Assert.DoesNotContain(client.Logs.GetSnapshot(), r =>
            r.Message.Contains("DUPONT", StringComparison.Ordinal) || (r.Exception?.ToString().Contains("DUPONT", StringComparison.Ordinal) ?? false));
    }
}

/// <summary>A stand-in for another ROR backend (e.g. FHIR) built on the client's HTTP pipeline.</summary>
public sealed class ExampleBackend(IRorHttpPipeline pipeline)
{
    public IRorHttpPipeline Pipeline { get; } = pipeline;

    public async Task<int> GetAsync(Uri uri)
    {
        using var http = await Pipeline.CreateHttpClientAsync();
        using var response = await http.GetAsync(uri);
        return (int)response.StatusCode;
    }
}
