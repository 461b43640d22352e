using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ror.Client.Sync.Hosting;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;

namespace Ror.Client.Sync.DependencyInjection;

/// <summary>Registers the ROR synchronisation in a service collection.</summary>
public static class RorSyncServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteRorStore"/> (as <see cref="IRorStore"/>), a <see cref="RorSynchronizer"/>
    /// and the <see cref="RorSynchronizationService"/> hosted service that runs it on the configured schedule.
    /// Unless an <see cref="IRorSyncSource"/> is registered before, the source is a
    /// <see cref="RorClientSyncSource"/> over the default <see cref="IRorClient"/> (<c>services.AddRorClient(...)</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (database path, schedule, concurrency…).</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddRorSynchronization(this IServiceCollection services, Action<RorSyncOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<RorSyncOptions>()
            .Configure(configure)
            .Validate(
                options =>
                {
                    try
                    {
                        options.Validate();
                        return true;
                    }
                    catch (ArgumentException)
                    {
                        return false;
                    }
                },
                "RorSyncOptions are invalid: check DatabasePath, SafetyOverlap, MaxConcurrency, FullRefreshInterval, ImportBatchSize and Interval.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRorSyncSource>(provider => new RorClientSyncSource(provider.GetRequiredService<IRorClient>()));
        services.TryAddSingleton<IRorStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<RorSyncOptions>>().Value;
            return new SqliteRorStore(
                new SqliteRorStoreOptions
                {
                    DatabasePath = options.DatabasePath,
                    ObtainedUnderProfile = options.ObtainedUnderProfile,
                    ImportBatchSize = options.ImportBatchSize,
                    KeepRawCsd = options.KeepRawCsd,
                },
                provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(provider => new RorSynchronizer(
            provider.GetRequiredService<IRorSyncSource>(),
            provider.GetRequiredService<IRorStore>(),
            provider.GetRequiredService<IOptions<RorSyncOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<RorSynchronizer>>()));
        services.AddHostedService(provider => new RorSynchronizationService(
            provider.GetRequiredService<RorSynchronizer>(),
            provider.GetRequiredService<IOptions<RorSyncOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<RorSynchronizationService>>()));
        return services;
    }
}
