using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Ror.Client.Testing.Certificates;
using static Ror.Client.Testing.Tests.Simulator.SimulatorHttp;

namespace Ror.Client.Testing.Tests.Simulator;

public sealed class RorSimulatorLifecycleTests
{
    [Fact]
    public async Task StartAsync_DefaultOptions_ListensOnLoopbackHttpsWithDefaultPaths()
    {
        await using RorSimulator ror = await RorSimulator.StartAsync();
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(ror.ClientCertificate.GetRSAPrivateKey());

        Assert.Equal(Uri.UriSchemeHttps, ror.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", ror.BaseAddress.Host);
        Assert.NotEqual(0, ror.BaseAddress.Port);
        Assert.Equal("/ROR/CSD", ror.SoapEndpoint.AbsolutePath);
        Assert.Equal("/ROR/extraction", ror.ExtractionEndpoint.AbsolutePath);
        Assert.True(ror.ClientCertificate.HasPrivateKey, "the ready client certificate must carry its key");
        Assert.False(ror.ServerCaCertificate.HasPrivateKey, "the CA certificate handed to clients is the public part");
    }

    [Fact]
    public async Task StartAsync_CustomPaths_ServesThem()
    {
        var options = new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256, SoapPath = "/ROR/0.5.0/CSD_ROR_Binding", ExtractionPath = "/export" };
        await using RorSimulator ror = await RorSimulator.StartAsync(options);
        using HttpClient client = CreateClient(ror);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal("/ROR/0.5.0/CSD_ROR_Binding", ror.SoapEndpoint.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("", "/x")]
    [InlineData("ROR/CSD", "/x")]
    [InlineData("/same", "/same")]
    public async Task StartAsync_InvalidPaths_ThrowsArgumentException(string soapPath, string extractionPath)
    {
        var options = new RorSimulatorOptions { SoapPath = soapPath, ExtractionPath = extractionPath };

        await Assert.ThrowsAsync<ArgumentException>(() => RorSimulator.StartAsync(options));
    }

    [Fact]
    public async Task DisposeAsync_GivenAuthority_StaysUsableByItsOwner()
    {
        using TestCertificateAuthority authority = TestCertificateAuthority.Create("Owned Root", KeyAlgorithm.EcdsaP256);
        RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { CertificateAuthority = authority });

        Assert.Same(authority, ror.CertificateAuthority);
        Assert.Equal(authority.RootCertificate.Thumbprint, ror.ServerCaCertificate.Thumbprint);
        await ror.DisposeAsync();

        using var certificate = authority.IssueClientCertificate("STILL-ALIVE");
        Assert.True(certificate.HasPrivateKey, "the caller's authority must survive the simulator");
    }

    [Fact]
    public async Task StopAsync_ThenRequest_ConnectionRefused()
    {
        await using RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 });
        using HttpClient client = CreateClient(ror);

        await ror.StopAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction));
    }

    [Fact]
    public async Task StartAsync_WithLoggerFactory_LogsWithoutBodies()
    {
        var provider = new CollectingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug).AddProvider(provider));
        await using RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256, LoggerFactory = factory });
        using HttpClient client = CreateClient(ror);

        (await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody("1990000019")), SearchAction)).Dispose();

        Assert.Contains(provider.Messages, m => m.Contains("listening on", StringComparison.Ordinal));
        Assert.Contains(provider.Messages, m => m.Contains("EstablishmentRead request received", StringComparison.Ordinal));
        Assert.DoesNotContain(provider.Messages, m => m.Contains("1990000019", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IssueClientCertificate_Valid_IsAccepted()
    {
        await using RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 });
        using var certificate = ror.IssueClientCertificate("ANOTHER-APP");
        using HttpClient client = CreateClient(ror, certificate);

        using HttpResponseMessage response = await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(Messages);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
