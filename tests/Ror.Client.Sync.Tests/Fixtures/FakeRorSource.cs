using System.Runtime.CompilerServices;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Synchronization;

namespace Ror.Client.Sync.Tests.Fixtures;

/// <summary>An in-memory ROR: establishments with the time they last changed; removed ones stay listed by Notif.</summary>
internal sealed class FakeRorSource(TimeProvider time) : IRorSyncSource
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, (CsdDocument? Offer, DateTimeOffset ChangedAt)> _establishments = new(StringComparer.Ordinal);

    public List<DateTimeOffset> NotifDates { get; } = [];

    public List<string> Reads { get; } = [];

    /// <summary>Called before each Lecture EG answer; may throw or change the ROR.</summary>
    public Func<string, Task>? BeforeRead { get; set; }

    public void Set(CsdDocument offer)
    {
        var id = RorKeys.ForOrganization(offer.Organizations.Single(o => o.Parent is not null));
        lock (_gate)
        {
            _establishments[id] = (offer, time.GetUtcNow());
        }
    }

    public void Remove(string establishmentId)
    {
        lock (_gate)
        {
            _establishments[establishmentId] = (null, time.GetUtcNow());
        }
    }

    public async IAsyncEnumerable<CsdEntity> ReadExtractionAsync(IProgress<long>? bytesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<CsdDocument> offers;
        lock (_gate)
        {
            offers = [.. _establishments.Values.Select(v => v.Offer).OfType<CsdDocument>()];
        }

        await Task.Yield();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long count = 0;
        foreach (var organization in offers.SelectMany(o => o.Organizations).Where(o => seen.Add(o.EntityId)))
        {
            bytesRead?.Report(++count * 100);
            yield return organization;
        }

        foreach (CsdEntity entity in offers.SelectMany(o => o.Services).Cast<CsdEntity>()
            .Concat(offers.SelectMany(o => o.Facilities))
            .Concat(offers.SelectMany(o => o.Providers))
            .Concat(offers.SelectMany(o => o.Devices)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            bytesRead?.Report(++count * 100);
            yield return entity;
        }
    }

    public Task<IReadOnlyList<string>> GetEstablishmentsUpdatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            NotifDates.Add(since);
            IReadOnlyList<string> changed = [.. _establishments.Where(e => e.Value.ChangedAt > since).Select(e => e.Key)];
            return Task.FromResult(changed);
        }
    }

    public async Task<CsdDocument?> GetEstablishmentOfferAsync(string establishmentId, CancellationToken cancellationToken)
    {
        if (BeforeRead is { } hook)
        {
            await hook(establishmentId);
        }

        lock (_gate)
        {
            Reads.Add(establishmentId);
            return _establishments.TryGetValue(establishmentId, out var entry) ? entry.Offer : null;
        }
    }
}
