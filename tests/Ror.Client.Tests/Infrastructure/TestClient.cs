using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Ror.Client.Configuration;
using Ror.Client.DependencyInjection;
using Ror.Client.Transport;

namespace Ror.Client.Tests.Infrastructure;

/// <summary>A service provider holding a ROR client configured against a <see cref="TestRorServer"/>.</summary>
public sealed class TestClient : IAsyncDisposable
{
    private TestClient(ServiceProvider services, FakeLogCollector logs)
    {
        Services = services;
        Logs = logs;
    }

    public ServiceProvider Services { get; }

    public FakeLogCollector Logs { get; }

    internal RorClientRuntime Runtime => Services.GetRequiredService<RorClientRegistry>().Get(string.Empty);

    internal RorSoapTransport Soap => Runtime.Soap;

    /// <summary>Options that fit the tests: the test PKI trusted, fast retries, short timeouts.</summary>
    public static void Defaults(RorClientOptions options, CertificateFixture certificates, TestRorServer server)
    {
        options.Environment = RorEnvironment.Simulator;
        var environment = new RorEnvironment
        {
            SoapEndpoint = server.SoapEndpoint,
            ExtractionEndpoint = server.ExtractionEndpoint,
        };
        environment.TrustAnchors.CaBundlePem = certificates.CaBundlePem;
        environment.TrustAnchors.RevocationMode = X509RevocationMode.NoCheck;
        options.Environments[RorEnvironment.Simulator] = environment;
        options.ClientCertificate.Path = certificates.ClientPfxPath;
        options.ClientCertificate.Password = CertificateFixture.PfxPassword;
        options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        options.Resilience.MaxRetryDelay = TimeSpan.FromSeconds(5);
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(20);
        options.Resilience.CircuitBreakerEnabled = false;
    }

    public static TestClient Create(
        CertificateFixture certificates,
        TestRorServer server,
        Action<RorClientOptions>? configure = null,
        Action<IRorClientBuilder>? build = null,
        Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        var builder = collection.AddRorClient(options =>
        {
            Defaults(options, certificates, server);
            configure?.Invoke(options);
        });
        build?.Invoke(builder);
        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new TestClient(provider, provider.GetRequiredService<FakeLogCollector>());
    }

    /// <summary>Sends a SOAP request with a fixed body and returns the local name of the answer's body element.</summary>
    internal Task<string> SendAsync(string action = RorSoapActions.Search, CancellationToken cancellationToken = default) =>
        Soap.SendAsync(
            RorTransactions.ReadEstablishmentOffer,
            action,
            writer =>
            {
                writer.WriteStartElement("csd", "careServicesRequest", "urn:ihe:iti:csd:2013");
                writer.WriteEndElement();
            },
            reader =>
            {
                reader.MoveToContent();
                var name = reader.LocalName;
                reader.Skip();
                return name;
            },
            cancellationToken);

    /// <summary>Sends a SOAP request with a fixed body and reads the answer's body with <paramref name="readBody"/>.</summary>
    internal Task<T> SendAsync<T>(Func<System.Xml.XmlReader, T> readBody, CancellationToken cancellationToken = default) =>
        Soap.SendAsync(
            RorTransactions.ReadEstablishmentOffer,
            RorSoapActions.Search,
            writer =>
            {
                writer.WriteStartElement("csd", "careServicesRequest", "urn:ihe:iti:csd:2013");
                writer.WriteEndElement();
            },
            readBody,
            cancellationToken);

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
