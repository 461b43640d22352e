using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Ror.Client.Csd.Models;
using Ror.Client.Errors;
using Ror.Client.Sync.Synchronization;
using Ror.Client.Sync.Tests.Fixtures;
using Ror.Client.Transactions;

namespace Ror.Client.Sync.Tests;

public sealed class RorClientSyncSourceTests
{
    private readonly IRorClient _client = Substitute.For<IRorClient>();

    [Fact]
    public async Task GetEstablishmentOfferAsync_Found_AsksForTheCompleteTreeAndReturnsTheDocument()
    {
        var offer = RorFixtures.Offer(1);
        _client.GetEstablishmentOfferAsync(RorFixtures.EstablishmentId(1), Arg.Any<EstablishmentOfferOptions?>(), Arg.Any<CancellationToken>())
            .Returns(new RorOfferResult(offer, 2, 2));
        var source = new RorClientSyncSource(_client);

        var document = await source.GetEstablishmentOfferAsync(RorFixtures.EstablishmentId(1), CancellationToken.None);

        Assert.Same(offer, document);
        await _client.Received(1).GetEstablishmentOfferAsync(
            RorFixtures.EstablishmentId(1),
            Arg.Is<EstablishmentOfferOptions?>(o => o != null && !o.RestrictedOrganization && o.Since == null && o.ActivityTypes.Count == 0),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_NotFound_ReturnsNull()
    {
        _client.GetEstablishmentOfferAsync(Arg.Any<string>(), Arg.Any<EstablishmentOfferOptions?>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new RorNotFoundException("gone"));
        var source = new RorClientSyncSource(_client);

        Assert.Null(await source.GetEstablishmentOfferAsync(RorFixtures.EstablishmentId(1), CancellationToken.None));
    }

    [Fact]
    public async Task GetEstablishmentsUpdatedSinceAsync_Notices_ReturnsTheirStructureIdentifiers()
    {
        var since = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        IReadOnlyList<EstablishmentUpdateNotice> notices =
        [
            new EstablishmentUpdateNotice { EstablishmentId = new OtherId { Code = "1990000027", AssigningAuthorityName = "1.2.250.1.71.1.2.14" } },
            new EstablishmentUpdateNotice { EstablishmentId = new OtherId { Code = "1990000035", AssigningAuthorityName = "1.2.250.1.71.4.2.2" } },
        ];
        _client.GetEstablishmentsUpdatedSinceAsync(since, Arg.Any<RorOfferFilters?>(), Arg.Any<CancellationToken>()).Returns(notices);
        var source = new RorClientSyncSource(_client);

        Assert.Equal(["1990000027", "1990000035"], await source.GetEstablishmentsUpdatedSinceAsync(since, CancellationToken.None));
    }
}
