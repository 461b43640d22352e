using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Ror.Client.Configuration;
using Ror.Client.DependencyInjection;
using Ror.Client.Csd.Access;
using Ror.Client.Testing;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Tests.Integration;

/// <summary>A real <see cref="RorSimulator"/> serving a generated dataset, and real clients wired to it through DI.</summary>
internal sealed class SimulatorClient : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    private SimulatorClient(RorSimulator simulator, RorDataset dataset)
    {
        Simulator = simulator;
        Dataset = dataset;
    }

    public RorSimulator Simulator { get; }

    public RorDataset Dataset { get; }

    public static async Task<SimulatorClient> StartAsync(int establishmentCount = 12, RorTransactionOptions? transactions = null)
    {
        var dataset = new RorDataset(new RorDatasetOptions { Seed = 11, EstablishmentCount = establishmentCount });
        var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(dataset, transactions), CancellationToken.None);
        return new SimulatorClient(simulator, dataset);
    }

    /// <summary>A client configured as a user would: the simulator environment, its CA as trust anchor, its client certificate.</summary>
    public IRorClient CreateClient(RorAccessProfile? profile = null, X509Certificate2? certificate = null, Action<RorClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRorClient(options =>
        {
            options.Environment = RorEnvironment.Simulator;
            options.Environments[RorEnvironment.Simulator] = new RorEnvironment
            {
                SoapEndpoint = Simulator.SoapEndpoint,
                ExtractionEndpoint = Simulator.ExtractionEndpoint,
                TrustAnchors = { Certificates = { Simulator.ServerCaCertificate }, RevocationMode = X509RevocationMode.NoCheck },
            };
            options.ClientCertificate.Certificate = certificate ?? Simulator.ClientCertificate;
            options.AccessProfile = profile;
            options.ApplicationName = "ror-client-tests";
            options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            options.Resilience.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
            options.Resilience.CircuitBreakerEnabled = false;
            configure?.Invoke(options);
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IRorClient>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        await Simulator.DisposeAsync();
    }
}
