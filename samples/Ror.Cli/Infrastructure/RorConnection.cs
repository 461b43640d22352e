using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ror.Client;
using Ror.Client.Configuration;
using Ror.Client.DependencyInjection;
using Ror.Client.Csd.Access;
using Ror.Client.Testing;

namespace Ror.Cli.Infrastructure;

/// <summary>
/// A ROR client ready to call: bound to the configured environment (the <c>Ror</c> section), or to the embedded
/// simulator when no environment is configured.
/// </summary>
internal sealed class RorConnection : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RorConnection(ServiceProvider services, IRorClient client, RorAccessProfile obtainedProfile, EmbeddedSimulator? simulator, string target)
    {
        _services = services;
        Client = client;
        ObtainedProfile = obtainedProfile;
        Simulator = simulator;
        Target = target;
    }

    public IRorClient Client { get; }

    /// <summary>The access profile the data is obtained under (the client's <c>AccessProfile</c>, profile 1 by default).</summary>
    public RorAccessProfile ObtainedProfile { get; }

    /// <summary>The embedded simulator, when no environment is configured.</summary>
    public EmbeddedSimulator? Simulator { get; }

    /// <summary>What the client talks to, for the progress lines.</summary>
    public string Target { get; }

    public static async Task<RorConnection> OpenAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var configuration = context.Configuration;
        if (CliConfiguration.TargetsRealEnvironment(configuration))
        {
            var section = configuration.GetSection(CliConfiguration.SectionName);
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddRorClient(section);
            var provider = services.BuildServiceProvider();
            var profile = ParseProfile(section["AccessProfile"]) ?? RorAccessProfile.UnscheduledCareRegulation;
            return new RorConnection(provider, provider.GetRequiredService<IRorClient>(), profile, null, $"environment '{section["Environment"]}'");
        }

        context.Console.Progress("No Ror:Environment configured: using the embedded ROR simulator (generated data, no network).");
        var simulator = await EmbeddedSimulator.StartAsync(context.Console, EmbeddedSimulator.DefaultEstablishmentCount, cancellationToken);
        return ForSimulator(simulator);
    }

    public static RorConnection ForSimulator(EmbeddedSimulator simulator)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRorClient(options => Configure(options, simulator.Simulator));
        var provider = services.BuildServiceProvider();
        return new RorConnection(provider, provider.GetRequiredService<IRorClient>(), RorAccessProfile.UnscheduledCareRegulation, simulator, $"embedded simulator {simulator.Simulator.BaseAddress}");
    }

    /// <summary>Client options for a running simulator: its client certificate, its CA as the only trust anchor.</summary>
    public static void Configure(RorClientOptions options, RorSimulator simulator)
    {
        options.Environment = RorEnvironment.Simulator;
        var environment = new RorEnvironment
        {
            SoapEndpoint = simulator.SoapEndpoint,
            ExtractionEndpoint = simulator.ExtractionEndpoint,
        };
        environment.TrustAnchors.Certificates.Add(simulator.ServerCaCertificate);
        environment.TrustAnchors.RevocationMode = X509RevocationMode.NoCheck;
        options.Environments[RorEnvironment.Simulator] = environment;
        options.ClientCertificate.Certificate = simulator.ClientCertificate;
        options.Resilience.CircuitBreakerEnabled = false;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }
    }

    private static RorAccessProfile? ParseProfile(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value, out var number) ? RorAccessProfiles.FromNumber(number)
        : Enum.TryParse<RorAccessProfile>(value, ignoreCase: true, out var profile) ? profile
        : RorAccessProfiles.TryFromUserProfileCode(value, out var byCode) ? byCode
        : throw CliException.Configuration($"Ror:AccessProfile '{value}' is not a ROR access profile (0-3, a name such as UnscheduledCareRegulation, or CU19-CU23).");
}
