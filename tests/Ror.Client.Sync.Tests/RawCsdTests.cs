using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Tests.Fixtures;

namespace Ror.Client.Sync.Tests;

public sealed class RawCsdTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static IEnumerable<T> ById<T>(IEnumerable<T> entities)
        where T : UniqueId => entities.OrderBy(e => e.EntityId, StringComparer.Ordinal);

    [Fact]
    public async Task GetEstablishmentDocumentAsync_SameProfile_RebuildsTheStoredOffer()
    {
        var offer = RorFixtures.Offer(1);
        await using var store = new SqliteRorStore(_database.PathOf());
        await store.ReplaceEstablishmentAsync(offer, CancellationToken.None);

        var document = await store.GetEstablishmentDocumentAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);

        Assert.NotNull(document);
        Assert.Equal(ById(offer.Organizations), ById(document.Organizations));
        Assert.Equal(ById(offer.Services), ById(document.Services));
        Assert.Equal(ById(offer.Facilities), ById(document.Facilities));
        Assert.Equal(ById(offer.Providers), ById(document.Providers));
        Assert.Equal(ById(offer.Devices), ById(document.Devices));
    }

    [Fact]
    public async Task GetEstablishmentDocumentAsync_PublicProfile_HidesSensitiveUnitAndRestrictedContacts()
    {
        await using var store = new SqliteRorStore(_database.PathOf());
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);

        var document = await store.GetEstablishmentDocumentAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.PublicInformation, CancellationToken.None);

        Assert.DoesNotContain(document!.Facilities, f => f.Extensions.Any(e => e.IsSensitiveUnit));
        var establishment = document.Organizations.Single(o => o.Parent is not null);
        Assert.All(establishment.Extensions.SelectMany(e => e.Contacts), c => Assert.Equal("1", c.ConfidentialityLevel.Code));
    }

    [Fact]
    public async Task GetEstablishmentDocumentAsync_Unknown_ReturnsNull()
    {
        await using var store = new SqliteRorStore(_database.PathOf());

        Assert.Null(await store.GetEstablishmentDocumentAsync("1999999999", RorAccessProfile.PublicInformation, CancellationToken.None));
    }

    [Fact]
    public async Task GetEstablishmentDocumentAsync_StoredWithoutRawCsd_ThrowsRorStoreException()
    {
        await using var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = _database.PathOf(), KeepRawCsd = false });
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);

        await Assert.ThrowsAsync<RorStoreException>(() => store.GetEstablishmentDocumentAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.PublicInformation, CancellationToken.None));
    }
}
