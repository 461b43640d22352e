using System.Runtime.CompilerServices;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Synchronization;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>
/// Passes every call to the real source and runs a hook at chosen points of a run (after the n-th extraction entity, before
/// the n-th Lecture EG), where a test stops or restarts the server: the network faults themselves stay real.
/// </summary>
public sealed class InterruptingSyncSource(IRorSyncSource inner) : IRorSyncSource
{
    private int _reads;

    /// <summary>Called with the number of entities received so far, after each one.</summary>
    public Func<long, Task>? AfterEntity { get; set; }

    /// <summary>Called with the 0-based index of each Lecture EG, before it is sent.</summary>
    public Func<int, Task>? BeforeEstablishmentRead { get; set; }

    public async IAsyncEnumerable<CsdEntity> ReadExtractionAsync(IProgress<long>? bytesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var entity in inner.ReadExtractionAsync(bytesRead, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return entity;
            if (AfterEntity is { } hook)
            {
                await hook(++count);
            }
        }
    }

    public Task<IReadOnlyList<string>> GetEstablishmentsUpdatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.GetEstablishmentsUpdatedSinceAsync(since, cancellationToken);

    public async Task<CsdDocument?> GetEstablishmentOfferAsync(string establishmentId, CancellationToken cancellationToken)
    {
        if (BeforeEstablishmentRead is { } hook)
        {
            await hook(Interlocked.Increment(ref _reads) - 1);
        }

        return await inner.GetEstablishmentOfferAsync(establishmentId, cancellationToken);
    }
}
