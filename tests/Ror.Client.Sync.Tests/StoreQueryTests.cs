using Ror.Client.Csd.Access;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Tests.Fixtures;

namespace Ror.Client.Sync.Tests;

public sealed class StoreQueryTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private SqliteRorStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteRorStore(_database.PathOf());
        await _store.ReplaceEstablishmentAsync(RorFixtures.Offer(1, cityCode: "75056", activityField: "01"), CancellationToken.None);
        await _store.ReplaceEstablishmentAsync(RorFixtures.Offer(2, cityCode: "2A004", activityField: "04"), CancellationToken.None);
        await _store.ReplaceEstablishmentAsync(RorFixtures.Offer(3, cityCode: "97411", activityField: "04"), CancellationToken.None);
        await _store.ReplaceEstablishmentAsync(RorFixtures.Offer(4, cityCode: "75056", activityField: "04", closingDate: new DateOnly(2020, 1, 1)), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task GetEstablishmentTreeAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await _store.GetEstablishmentTreeAsync("1999999999", RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None));
    }

    [Fact]
    public async Task GetEstablishmentTreeAsync_Profile1_SeesEveryContactAndSensitiveUnit()
    {
        var tree = await _store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);

        Assert.Equal([1, 2, 3], tree!.Establishment.Contacts.Select(c => c.ConfidentialityLevel));
        Assert.Contains(tree.InternalOrganizations, o => o.IsSensitive);
        var unit = tree.InternalOrganizations.Single(o => o.Id == RorFixtures.UnitId(1, 2));
        Assert.Contains(unit.Capacities, c => c.Kind == "crisis_t0");
        Assert.Equal(5, unit.Capacities.Single(c => c.Kind == "beds").Available);

        // The units' contacts and telecoms are read with the establishment's.
        Assert.NotEmpty(unit.Contacts);
        Assert.Contains(unit.Contacts, c => c.ContactPoints.Count > 0);
    }

    [Fact]
    public async Task GetEstablishmentTreeAsync_Profile0_SeesPublicDataOnly()
    {
        var tree = await _store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.PublicInformation, CancellationToken.None);

        Assert.Equal([1], tree!.Establishment.Contacts.Select(c => c.ConfidentialityLevel));
        Assert.DoesNotContain(tree.InternalOrganizations, o => o.IsSensitive);
        var unit = tree.InternalOrganizations.Single(o => o.Id == RorFixtures.UnitId(1, 2));
        Assert.Empty(unit.Contacts);
        Assert.Empty(unit.EquipmentCodes);
        Assert.DoesNotContain(unit.Capacities, c => c.Kind.StartsWith("crisis", StringComparison.Ordinal));
        var beds = unit.Capacities.Single(c => c.Kind == "beds");
        Assert.Equal(20, beds.Total);
        Assert.Null(beds.Available);
    }

    [Fact]
    public async Task GetEstablishmentTreeAsync_Profile2_SeesRestrictedButNotVeryRestricted()
    {
        var tree = await _store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.HealthAndSocialCareOrientation, CancellationToken.None);

        Assert.Equal([1, 2], tree!.Establishment.Contacts.Select(c => c.ConfidentialityLevel));
        Assert.DoesNotContain(tree.InternalOrganizations, o => o.IsSensitive);
    }

    [Theory]
    [InlineData(2, new[] { 1, 2 })]
    [InlineData(1, new[] { 1 })]
    public async Task GetEstablishmentTreeAsync_Profile3_SeesRestrictedContactsOnlyInMedicoSocialField(int establishment, int[] expectedLevels)
    {
        var tree = await _store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(establishment), RorAccessProfile.SocialCareOrientation, CancellationToken.None);

        Assert.Equal(expectedLevels, tree!.Establishment.Contacts.Select(c => c.ConfidentialityLevel));
    }

    [Fact]
    public async Task FindElementaryUnitsAsync_ByActivityFieldAndDepartment_ReturnsOpenMatchingUnits()
    {
        var units = await _store.FindElementaryUnitsAsync(new ElementaryUnitQuery { ActivityField = "04", Department = "2A" }, RorAccessProfile.HealthAndSocialCareOrientation, CancellationToken.None);

        var unit = Assert.Single(units);
        Assert.Equal(RorFixtures.UnitId(2, 2), unit.Id);
        Assert.Equal(RorFixtures.EstablishmentId(2), unit.EstablishmentId);
        Assert.Equal(["001"], unit.ActivityCodes);
    }

    [Fact]
    public async Task FindElementaryUnitsAsync_OverseasDepartment_UsesThreeCharacters()
    {
        var units = await _store.FindElementaryUnitsAsync(new ElementaryUnitQuery { Department = "974" }, RorAccessProfile.HealthAndSocialCareOrientation, CancellationToken.None);

        Assert.Equal([RorFixtures.UnitId(3, 2)], units.Select(u => u.Id));
    }

    [Fact]
    public async Task FindElementaryUnitsAsync_ClosedEstablishment_ExcludedUnlessAsked()
    {
        var open = await _store.FindElementaryUnitsAsync(new ElementaryUnitQuery { Department = "75" }, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
        var all = await _store.FindElementaryUnitsAsync(new ElementaryUnitQuery { Department = "75", IncludeClosed = true }, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);

        Assert.DoesNotContain(open, u => u.EstablishmentId == RorFixtures.EstablishmentId(4));
        Assert.Contains(all, u => u.EstablishmentId == RorFixtures.EstablishmentId(4));
    }

    [Fact]
    public async Task FindElementaryUnitsAsync_SensitiveUnits_OnlyForProfile1()
    {
        var profile1 = await _store.FindElementaryUnitsAsync(new ElementaryUnitQuery { Department = "75" }, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
        var profile0 = await _store.FindElementaryUnitsAsync(new ElementaryUnitQuery { Department = "75" }, RorAccessProfile.PublicInformation, CancellationToken.None);

        Assert.Contains(profile1, u => u.IsSensitive);
        Assert.DoesNotContain(profile0, u => u.IsSensitive);
    }

    [Fact]
    public async Task GetCountsAsync_FourEstablishments_CountsEveryLevel()
    {
        var counts = await _store.GetCountsAsync(CancellationToken.None);

        Assert.Equal(4, counts.Establishments);
        Assert.Equal(12, counts.InternalOrganizations);
        Assert.Equal(8, counts.ElementaryUnits);
    }
}
