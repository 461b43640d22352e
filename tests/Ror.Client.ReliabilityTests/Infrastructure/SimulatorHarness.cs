using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Ror.Client.Configuration;
using Ror.Client.Csd.Models;
using Ror.Client.DependencyInjection;
using Ror.Client.Testing;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>A real simulator (Kestrel, mutual TLS) serving a small generated dataset, and real clients built with AddRorClient.</summary>
public sealed class SimulatorHarness : IAsyncDisposable
{
    public static readonly RorDatasetOptions DatasetOptions = new() { Seed = 11, EstablishmentCount = 12 };

    private SimulatorHarness(RorDataset dataset, RorSimulator simulator, TestCertificateAuthority authority)
    {
        Dataset = dataset;
        Simulator = simulator;
        Authority = authority;
        ClientCertificate = authority.IssueClientCertificate("ROR-RELIABILITY-TESTS");
        var bundle = dataset.Generator.GenerateEstablishment(1);
        EstablishmentId = bundle.StructureId;
        InternalOrganizationId = bundle.Facilities[0].OtherIds[0].Code;
    }

    public RorDataset Dataset { get; }

    /// <summary>The certificate authority of the simulator, owned here so that a restarted simulator keeps the same PKI.</summary>
    public TestCertificateAuthority Authority { get; }

    /// <summary>The client certificate the clients use (issued by <see cref="Authority"/>, so it outlives a restart).</summary>
    public X509Certificate2 ClientCertificate { get; }

    public RorSimulator Simulator { get; private set; }

    public string EstablishmentId { get; }

    public string InternalOrganizationId { get; }

    public static async Task<SimulatorHarness> StartAsync(bool plantCanaries = false)
    {
        var authority = TestCertificateAuthority.Create("Reliability Test Root", KeyAlgorithm.EcdsaP256);
        var dataset = new RorDataset(DatasetOptions);
        if (plantCanaries)
        {
            PlantCanaries(dataset);
        }

        var simulator = await RorSimulator.StartAsync(Options(dataset, 0, authority));
        return new SimulatorHarness(dataset, simulator, authority);
    }

    /// <summary>Starts a simulator serving the given dataset (for instance one following a fake clock).</summary>
    public static async Task<SimulatorHarness> StartAsync(RorDataset dataset)
    {
        var authority = TestCertificateAuthority.Create("Reliability Test Root", KeyAlgorithm.EcdsaP256);
        var simulator = await RorSimulator.StartAsync(Options(dataset, 0, authority));
        return new SimulatorHarness(dataset, simulator, authority);
    }

    /// <summary>Stops the running simulator and starts a new one on the same port with the same certificate authority.</summary>
    public async Task RestartAsync(Func<Task>? whileStopped = null)
    {
        await StopAsync(TimeSpan.FromSeconds(30));
        if (whileStopped is not null)
        {
            await whileStopped();
        }

        await StartAgainAsync();
    }

    /// <summary>
    /// Stops the running simulator: requests in progress get <paramref name="grace"/> to finish, then their connections
    /// are aborted. <see cref="StartAgainAsync"/> brings a new one up on the same port.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        _stoppedPort = Simulator.BaseAddress.Port;
        using (var stopping = new CancellationTokenSource(grace))
        {
            try
            {
                await Simulator.StopAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                // Requests still running after the grace period have been aborted: what a crash looks like to the client.
            }
        }

        await Simulator.DisposeAsync();
    }

    /// <summary>Starts a new simulator on the port of the stopped one, same dataset and certificate authority (fresh counters and faults).</summary>
    public async Task StartAgainAsync()
    {
        var port = _stoppedPort ?? throw new InvalidOperationException("The simulator was not stopped.");
        Simulator = await RorSimulator.StartAsync(Options(Dataset, port, Authority));
        _stoppedPort = null;
    }

    private int? _stoppedPort;

    private static RorSimulatorOptions Options(RorDataset dataset, int port, TestCertificateAuthority authority) =>
        new RorSimulatorOptions { Port = port, CertificateAuthority = authority, KeyAlgorithm = KeyAlgorithm.EcdsaP256 }.UseDataset(dataset);

    /// <summary>Puts recognisable names, phone numbers, e-mails and professional identifiers into establishment 1.</summary>
    private static void PlantCanaries(RorDataset dataset)
    {
        var id = dataset.Generator.GenerateEstablishment(1).StructureId;
        dataset.UpdateEstablishment(id, bundle => bundle with
        {
            Establishment = bundle.Establishment with
            {
                PrimaryName = Canaries.Name,
                ContactPoints =
                [
                    new ContactPoint { Channel = new CodedType { Code = "TEL", CodingScheme = "1.2.250.1.213.1.1.4.9" }, Equipment = Canaries.Phone },
                    new ContactPoint { Channel = new CodedType { Code = "MEL", CodingScheme = "1.2.250.1.213.1.1.4.9" }, Equipment = Canaries.Email },
                ],
            },
            Providers = [.. bundle.Providers.Select(p => p with
            {
                OtherIds = [new OtherId { Code = Canaries.ProfessionalId, AssigningAuthorityName = "1.2.250.1.71.4.2.1" }],
                Demographic = p.Demographic with { },
            })],
        });
    }

    /// <summary>Options for a client of this simulator: its CA trusted, its client certificate, fast retries.</summary>
    public void Configure(RorClientOptions options)
    {
        options.Environment = RorEnvironment.Simulator;
        var environment = new RorEnvironment
        {
            SoapEndpoint = Simulator.SoapEndpoint,
            ExtractionEndpoint = Simulator.ExtractionEndpoint,
        };
        environment.TrustAnchors.CaBundlePem = Simulator.ServerCaCertificate.ExportCertificatePem();
        environment.TrustAnchors.RevocationMode = X509RevocationMode.NoCheck;
        options.Environments[RorEnvironment.Simulator] = environment;
        options.ClientCertificate.Certificate = ClientCertificate;
        options.Resilience.MaxRetryAttempts = 2;
        options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
        options.Resilience.MaxRetryDelay = TimeSpan.FromSeconds(2);
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(60);
        options.Resilience.CircuitBreakerEnabled = false;
    }

    public ClientScope CreateClient(Action<RorClientOptions>? configure = null, Action<IRorClientBuilder>? build = null, LogLevel minimumLevel = LogLevel.Trace)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(minimumLevel));
        var builder = services.AddRorClient(options =>
        {
            Configure(options);
            configure?.Invoke(options);
        });
        build?.Invoke(builder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new ClientScope(provider);
    }

    /// <summary>Runs one transaction against the dataset and returns a short description of what it got.</summary>
    public async Task<int> InvokeAsync(IRorClient client, SimulatedTransaction transaction, CancellationToken cancellationToken = default)
    {
        switch (transaction)
        {
            case SimulatedTransaction.Notification:
                return (await client.GetEstablishmentsUpdatedSinceAsync(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), cancellationToken: cancellationToken)).Count;
            case SimulatedTransaction.EstablishmentRead:
                return (await client.GetEstablishmentOfferAsync(EstablishmentId, cancellationToken: cancellationToken)).Document.Facilities.Count;
            case SimulatedTransaction.InternalOrganizationRead:
                return (await client.GetInternalOrganizationOfferAsync(InternalOrganizationId, cancellationToken)).Document.Facilities.Count;
            default:
                var count = 0;
                await foreach (var entity in client.ReadExtractionAsync(cancellationToken))
                {
                    count++;
                }

                return count;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        ClientCertificate.Dispose();
        Authority.Dispose();
    }
}
