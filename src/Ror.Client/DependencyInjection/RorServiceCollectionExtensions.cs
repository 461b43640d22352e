using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ror.Client.Configuration;
using Ror.Client.Resilience;
using Ror.Client.Transport;

namespace Ror.Client.DependencyInjection;

/// <summary>Registers ROR clients in a service collection.</summary>
public static class RorServiceCollectionExtensions
{
    /// <summary>Registers the default ROR client, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to configure the client further.</returns>
    public static IRorClientBuilder AddRorClient(this IServiceCollection services, Action<RorClientOptions> configure) =>
        services.AddRorClient(Options.DefaultName, configure);

    /// <summary>Registers the default ROR client, bound to a configuration section (usually <c>configuration.GetSection("Ror")</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>A builder to configure the client further.</returns>
    public static IRorClientBuilder AddRorClient(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRorClient(Options.DefaultName, configuration);

    /// <summary>Registers a named ROR client (e.g. one per region), configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">Name of the client.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to configure the client further.</returns>
    public static IRorClientBuilder AddRorClient(this IServiceCollection services, string name, Action<RorClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = services.AddRorClientCore(name);
        services.Configure(name, configure);
        return builder;
    }

    /// <summary>Registers a named ROR client (e.g. one per region), bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">Name of the client.</param>
    /// <param name="configuration">The section holding the options.</param>
    /// <returns>A builder to configure the client further.</returns>
    public static IRorClientBuilder AddRorClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddRorClientCore(name);
        services.AddOptions<RorClientOptions>(name).Bind(configuration);
        return builder;
    }

    private static RorClientBuilder AddRorClientCore(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        if (services.Any(d => d.ServiceType == typeof(RorClientRegistration) && d.ImplementationInstance is RorClientRegistration r && r.Name == name))
        {
            throw new InvalidOperationException($"A ROR client named '{name}' is already registered.");
        }

        services.AddSingleton(new RorClientRegistration(name));
        services.AddLogging();
        services.TryAddSingleton<RorClientRegistry>();
        services.TryAddSingleton<IRorHttpPipelineProvider>(sp => sp.GetRequiredService<RorClientRegistry>());
        services.TryAddSingleton<IRorClientFactory, RorClientFactory>();
        services.AddKeyedSingleton<IRorClient>(name, (sp, _) => sp.GetRequiredService<IRorClientFactory>().CreateClient(name));
        if (name.Length == 0)
        {
            services.AddSingleton(sp => sp.GetRequiredService<IRorClientFactory>().CreateClient(name));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RorClientOptions>, RorClientOptionsValidator>());
        services.AddOptions<RorClientOptions>(name).ValidateOnStart();

        var httpClientName = RorHttpClientNames.For(name);
        var httpClientBuilder = services.AddHttpClient(httpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<RorClientRegistry>().Get(name).CreatePrimaryHandler())
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        httpClientBuilder.AddResilienceHandler("Ror", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptionsMonitor<RorClientOptions>>().Get(name);
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Ror.Client");
            RorResiliencePipeline.Configure(pipeline, name, options.Resilience, logger);
        });
        httpClientBuilder.AddHttpMessageHandler(() => new RorAttemptHandler(name));
        return new RorClientBuilder(name, services, httpClientBuilder);
    }
}
