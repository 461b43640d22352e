using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;

namespace Ror.Client.Sync.Synchronization;

/// <summary>
/// Keeps an <see cref="IRorStore"/> current with the ROR (usage case 1): an extraction to initialise
/// and, periodically, to repair drift; in between, TR-Notif since the checkpoint then a full Lecture EG of
/// each changed establishment, replacing its whole subtree.
/// </summary>
/// <remarks>
/// Crash safety: every establishment is replaced in its own transaction; the checkpoint (the start of
/// the run, taken before the Notif call) is written only after every establishment of the run is either
/// committed or recorded for retry, so a run killed at any point and started again re-reads what it had
/// not finished and ends in the state of an uninterrupted run. An extraction is built in a new file and
/// swapped in only when complete, with its checkpoint inside.
/// </remarks>
public sealed partial class RorSynchronizer : IDisposable
{
    private readonly IRorSyncSource _source;
    private readonly IRorStore _store;
    private readonly RorSyncOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _runLock = new(1, 1);

    /// <summary>Creates a synchroniser.</summary>
    /// <param name="source">The ROR transactions.</param>
    /// <param name="store">The local store.</param>
    /// <param name="options">The settings.</param>
    /// <param name="timeProvider">The clock; the system clock by default.</param>
    /// <param name="logger">Receives one line per run and per failed establishment (identifiers only).</param>
    public RorSynchronizer(IRorSyncSource source, IRorStore store, RorSyncOptions options, TimeProvider? timeProvider = null, ILogger<RorSynchronizer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _source = source;
        _store = store;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Runs what is due: a full refresh when the store was never loaded or its last full refresh is older
    /// than <see cref="RorSyncOptions.FullRefreshInterval"/>, an incremental run otherwise.
    /// </summary>
    /// <param name="progress">Receives progress reports.</param>
    /// <param name="cancellationToken">Cancels the run; what was committed stays, the checkpoint does not move.</param>
    public async Task<RorSyncResult> RunAsync(IProgress<RorSyncProgress>? progress, CancellationToken cancellationToken)
    {
        var checkpoint = await _store.GetCheckpointAsync(cancellationToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        var fullRefreshDue = checkpoint is null
            || (_options.FullRefreshInterval is { } interval && (checkpoint.LastFullRefresh is null || checkpoint.LastFullRefresh.Value + interval <= now));
        return fullRefreshDue
            ? await RunFullRefreshAsync(progress, cancellationToken).ConfigureAwait(false)
            : await RunIncrementalAsync(progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rebuilds the store from the extraction (initial load or full refresh) and swaps it in atomically.</summary>
    /// <param name="progress">Receives progress reports.</param>
    /// <param name="cancellationToken">Cancels the run; the current database stays as it was.</param>
    public async Task<RorSyncResult> RunFullRefreshAsync(IProgress<RorSyncProgress>? progress, CancellationToken cancellationToken)
    {
        await _runLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var startedAt = _timeProvider.GetUtcNow();
            long bytes = 0;
            var bytesProgress = new SynchronousProgress<long>(value =>
            {
                Interlocked.Exchange(ref bytes, value);
            });
            var entitiesProgress = new SynchronousProgress<long>(entities =>
                progress?.Report(new RorSyncProgress { Phase = RorSyncPhase.ImportingExtraction, Entities = entities, Bytes = Interlocked.Read(ref bytes) }));
            progress?.Report(new RorSyncProgress { Phase = RorSyncPhase.ImportingExtraction });
            var import = await _store.ImportExtractionAsync(
                _source.ReadExtractionAsync(bytesProgress, cancellationToken),
                new RorImportOptions { Checkpoint = startedAt, StartedAt = startedAt, Progress = entitiesProgress },
                cancellationToken).ConfigureAwait(false);
            var result = new RorSyncResult
            {
                Kind = RorSyncRunKind.FullRefresh,
                Added = import.Establishments,
                Entities = import.Entities,
                StartedAt = startedAt,
                Duration = _timeProvider.GetUtcNow() - startedAt,
                Checkpoint = startedAt,
            };
            progress?.Report(new RorSyncProgress { Phase = RorSyncPhase.Completed, Entities = import.Entities, Establishments = import.Establishments, Bytes = Interlocked.Read(ref bytes) });
            LogFullRefresh(_logger, import.Establishments, import.Entities, result.Duration.TotalSeconds);
            return result;
        }
        finally
        {
            _runLock.Release();
        }
    }

    /// <summary>
    /// Lists the establishments changed since the checkpoint minus <see cref="RorSyncOptions.SafetyOverlap"/>,
    /// adds those waiting for a retry, reads each one in full and replaces its subtree.
    /// </summary>
    /// <param name="progress">Receives progress reports.</param>
    /// <param name="cancellationToken">Cancels the run; what was committed stays, the checkpoint does not move.</param>
    /// <exception cref="InvalidOperationException">The store was never loaded: run a full refresh first.</exception>
    public async Task<RorSyncResult> RunIncrementalAsync(IProgress<RorSyncProgress>? progress, CancellationToken cancellationToken)
    {
        await _runLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var checkpoint = await _store.GetCheckpointAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The store has no checkpoint: it was never loaded. Run a full refresh (the extraction) first.");

            // The new checkpoint is taken before the Notif call: a change made while this run is in progress is listed by the next one.
            var startedAt = _timeProvider.GetUtcNow();
            progress?.Report(new RorSyncProgress { Phase = RorSyncPhase.ListingChanges });
            var changed = await _source.GetEstablishmentsUpdatedSinceAsync(checkpoint.Value - _options.SafetyOverlap, cancellationToken).ConfigureAwait(false);
            var retries = await _store.GetPendingRetriesAsync(cancellationToken).ConfigureAwait(false);
            var establishments = changed
                .Concat(retries.Select(r => r.EstablishmentId))
                .Where(id => !string.IsNullOrWhiteSpace(id))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();

            int added = 0, updated = 0, removed = 0, done = 0;
            var failures = new ConcurrentBag<RorSyncFailure>();
            progress?.Report(new RorSyncProgress { Phase = RorSyncPhase.ReadingEstablishments, EstablishmentsTotal = establishments.Count });
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(establishments, parallel, async (establishment, token) =>
            {
                try
                {
                    switch (await SynchronizeEstablishmentAsync(establishment, token).ConfigureAwait(false))
                    {
                        case RorStoreChange.Added: Interlocked.Increment(ref added); break;
                        case RorStoreChange.Updated: Interlocked.Increment(ref updated); break;
                        case RorStoreChange.Removed: Interlocked.Increment(ref removed); break;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    // One establishment failing does not stop the run: it is recorded and read again next run.
                    var reason = $"{exception.GetType().Name}: {exception.Message}";
                    failures.Add(new RorSyncFailure { EstablishmentId = establishment, Reason = reason });
                    LogEstablishmentFailed(_logger, establishment, exception.GetType().Name);
                    await _store.RecordFailureAsync(establishment, reason, _timeProvider.GetUtcNow(), token).ConfigureAwait(false);
                }

                var count = Interlocked.Increment(ref done);
                progress?.Report(new RorSyncProgress { Phase = RorSyncPhase.ReadingEstablishments, Establishments = count, EstablishmentsTotal = establishments.Count });
            }).ConfigureAwait(false);

            var finishedAt = _timeProvider.GetUtcNow();
            var sortedFailures = failures.OrderBy(f => f.EstablishmentId, StringComparer.Ordinal).ToList();
            await _store.CompleteRunAsync(
                new RorSyncRunRecord
                {
                    Kind = RorSyncRunKind.Incremental,
                    StartedAt = startedAt,
                    FinishedAt = finishedAt,
                    Checkpoint = startedAt,
                    Added = added,
                    Updated = updated,
                    Removed = removed,
                    Failed = sortedFailures.Count,
                },
                cancellationToken).ConfigureAwait(false);
            progress?.Report(new RorSyncProgress { Phase = RorSyncPhase.Completed, Establishments = done, EstablishmentsTotal = establishments.Count });
            LogIncremental(_logger, establishments.Count, added, updated, removed, sortedFailures.Count);
            return new RorSyncResult
            {
                Kind = RorSyncRunKind.Incremental,
                Added = added,
                Updated = updated,
                Removed = removed,
                Failures = [.. sortedFailures],
                StartedAt = startedAt,
                Duration = finishedAt - startedAt,
                Checkpoint = startedAt,
            };
        }
        finally
        {
            _runLock.Release();
        }
    }

    private async Task<RorStoreChange> SynchronizeEstablishmentAsync(string establishment, CancellationToken cancellationToken)
    {
        var offer = await _source.GetEstablishmentOfferAsync(establishment, cancellationToken).ConfigureAwait(false);
        if (offer is null)
        {
            // Deletions are not signalled: an establishment the ROR no longer returns is gone.
            return await _store.RemoveEstablishmentAsync(establishment, cancellationToken).ConfigureAwait(false);
        }

        var answered = offer.Organizations.Where(o => o.Parent is not null).Select(RorKeys.ForOrganization).ToList();
        if (answered.Count != 1 || !string.Equals(answered[0], establishment, StringComparison.Ordinal))
        {
            throw new RorStoreException($"The Lecture EG answer for establishment '{establishment}' describes {answered.Count} establishment(s) ({string.Join(", ", answered)}).");
        }

        if (_options.ClosedEstablishments == RorClosedEstablishmentPolicy.Remove && IsClosed(offer))
        {
            return await _store.RemoveEstablishmentAsync(establishment, cancellationToken).ConfigureAwait(false);
        }

        return await _store.ReplaceEstablishmentAsync(offer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the lock that keeps runs from overlapping.</summary>
    public void Dispose() => _runLock.Dispose();

    private bool IsClosed(CsdDocument offer)
    {
        var today = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        return offer.Organizations
            .Where(o => o.Parent is not null)
            .SelectMany(o => o.Extensions)
            .Any(e => e.ClosingDate is { } closing && closing <= today);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "ROR full refresh: {Establishments} establishments, {Entities} entities in {Seconds:F1} s")]
    private static partial void LogFullRefresh(ILogger logger, int establishments, long entities, double seconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "ROR incremental run: {Establishments} establishments read, {Added} added, {Updated} updated, {Removed} removed, {Failed} failed")]
    private static partial void LogIncremental(ILogger logger, int establishments, int added, int updated, int removed, int failed);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "ROR establishment {EstablishmentId} failed ({ErrorType}); it will be retried next run")]
    private static partial void LogEstablishmentFailed(ILogger logger, string establishmentId, string errorType);

    /// <summary>An <see cref="IProgress{T}"/> that reports on the caller's thread, in order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
