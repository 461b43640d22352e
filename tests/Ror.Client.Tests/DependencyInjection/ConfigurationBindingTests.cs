using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ror.Client.Csd.Access;
using Ror.Client.DependencyInjection;

namespace Ror.Client.Tests.DependencyInjection;

public sealed class ConfigurationBindingTests
{
    private static IConfiguration Configuration(params (string Key, string? Value)[] overrides)
    {
        var values = new Dictionary<string, string?>
        {
            ["Ror:Environment"] = "Platines",
            ["Ror:Environments:Platines:SoapEndpoint"] = "https://platines.example/ROR/CSD",
            ["Ror:Environments:Platines:TrustAnchors:CaBundlePath"] = "/etc/ror/igc-sante-test.pem",
            ["Ror:Environments:Platines:TrustAnchors:RevocationMode"] = "NoCheck",
            ["Ror:Environments:Production:SoapEndpoint"] = "https://ror.example/ROR/CSD",
            ["Ror:Environments:Production:ExtractionEndpoint"] = "https://ror.example/extraction",
            ["Ror:Environments:Production:ExtractionQueryParameters:region"] = "52",
            ["Ror:ClientCertificate:Path"] = "/etc/ror/client.p12",
            ["Ror:AccessProfile"] = "UnscheduledCareRegulation",
            ["Ror:ApplicationName"] = "my-app",
            ["Ror:UseWsAddressing"] = "true",
            ["Ror:Resilience:MaxRetryAttempts"] = "5",
            ["Ror:Resilience:AttemptTimeout"] = "00:00:10",
        };
        foreach (var (key, value) in overrides)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static RorClientOptions Bind(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddRorClient(configuration.GetSection("Ror"));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptionsMonitor<RorClientOptions>>().Get(Options.DefaultName);
    }

    [Fact]
    public void AddRorClient_Configuration_BindsEveryLevel()
    {
        var options = Bind(Configuration());

        Assert.Equal(new Uri("https://platines.example/ROR/CSD"), options.GetCurrentEnvironment().SoapEndpoint);
        Assert.Equal("/etc/ror/igc-sante-test.pem", options.GetCurrentEnvironment().TrustAnchors.CaBundlePath);
        Assert.Equal(X509RevocationMode.NoCheck, options.GetCurrentEnvironment().TrustAnchors.RevocationMode);
        Assert.Equal("/etc/ror/client.p12", options.ClientCertificate.Path);
        Assert.Equal(RorAccessProfile.UnscheduledCareRegulation, options.AccessProfile);
        Assert.True(options.UseWsAddressing, "UseWsAddressing is set in the configuration");
        Assert.Equal(5, options.Resilience.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Resilience.AttemptTimeout);
    }

    [Fact]
    public void AddRorClient_EnvironmentSwitchedToProduction_UsesTheProductionEndpoints()
    {
        var options = Bind(Configuration(("Ror:Environment", "Production")));

        var environment = options.GetCurrentEnvironment();
        Assert.Equal(new Uri("https://ror.example/ROR/CSD"), environment.SoapEndpoint);
        Assert.Equal("https://ror.example/extraction?region=52", environment.BuildExtractionUri()!.AbsoluteUri);
    }

    [Fact]
    public void AddRorClient_AccessProfileAsNumber_IsBound()
    {
        var options = Bind(Configuration(("Ror:AccessProfile", "2")));

        Assert.Equal(RorAccessProfile.HealthAndSocialCareOrientation, options.AccessProfile);
    }

    [Fact]
    public void StartupValidation_MissingSoapEndpoint_FailsWithAClearMessage()
    {
        var services = new ServiceCollection();
        services.AddRorClient(Configuration(("Ror:Environments:Platines:SoapEndpoint", null)).GetSection("Ror"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Environments:Platines:SoapEndpoint is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupValidation_CompleteConfiguration_Passes()
    {
        var services = new ServiceCollection();
        services.AddRorClient(Configuration().GetSection("Ror"));
        using var provider = services.BuildServiceProvider();

        var exception = Record.Exception(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(exception);
    }

    [Fact]
    public void AddRorClient_SameNameTwice_IsRefused()
    {
        var services = new ServiceCollection();
        services.AddRorClient("regionA", Configuration().GetSection("Ror"));

        Assert.Throws<InvalidOperationException>(() => services.AddRorClient("regionA", Configuration().GetSection("Ror")));
    }
}
