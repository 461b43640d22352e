using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Ror.Client.Sync.Synchronization;

namespace Ror.Client.Sync.Hosting;

/// <summary>
/// Runs <see cref="RorSynchronizer.RunAsync"/> on a schedule: once at start when
/// <see cref="RorSyncOptions.RunOnStart"/> is set, then every <see cref="RorSyncOptions.Interval"/>.
/// A failed run is logged and the next one happens on schedule (failed establishments are retried).
/// </summary>
public sealed partial class RorSynchronizationService : BackgroundService
{
    private readonly RorSynchronizer _synchronizer;
    private readonly RorSyncOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="synchronizer">The synchroniser to run.</param>
    /// <param name="options">The schedule.</param>
    /// <param name="timeProvider">The clock; the system clock by default.</param>
    /// <param name="logger">Receives a line per failed run.</param>
    public RorSynchronizationService(RorSynchronizer synchronizer, IOptions<RorSyncOptions> options, TimeProvider? timeProvider = null, ILogger<RorSynchronizationService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(synchronizer);
        ArgumentNullException.ThrowIfNull(options);
        _synchronizer = synchronizer;
        _options = options.Value;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The result of the last successful run, or null before the first.</summary>
    public RorSyncResult? LastResult { get; private set; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.RunOnStart)
        {
            await Task.Delay(_options.Interval, _timeProvider, stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                LastResult = await _synchronizer.RunAsync(progress: null, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogRunFailed(_logger, exception.GetType().Name, exception);
            }

            await Task.Delay(_options.Interval, _timeProvider, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "ROR synchronisation run failed ({ErrorType}); the next run is on schedule")]
    private static partial void LogRunFailed(ILogger logger, string errorType, Exception exception);
}
