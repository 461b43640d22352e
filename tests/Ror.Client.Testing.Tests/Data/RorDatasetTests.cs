using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Tests.Data;

public sealed class RorDatasetTests
{
    private static readonly RorDatasetOptions Options = new() { Seed = 7, EstablishmentCount = 40 };
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Start);

    private RorDataset CreateDataset() => new(Options, _clock);

    [Fact]
    public void FindEstablishment_GeneratedIdentifier_ReturnsTheGeneratedEstablishment()
    {
        var dataset = CreateDataset();

        var found = dataset.FindEstablishment(RorDatasetGenerator.GetStructureId(12));

        Assert.Equal(dataset.Generator.GenerateEstablishment(12), found);
    }

    [Theory]
    [InlineData("1990000999")]
    [InlineData("1990000002")]
    [InlineData("unknown")]
    public void FindEstablishment_UnknownIdentifier_ReturnsNull(string structureId)
    {
        Assert.Null(CreateDataset().FindEstablishment(structureId));
    }

    [Fact]
    public void TryFindInternalOrganization_GeneratedUnit_ReturnsItAndItsEstablishment()
    {
        var dataset = CreateDataset();
        var expected = dataset.Generator.GenerateEstablishment(5);
        var unit = expected.Facilities[^1];

        var found = dataset.TryFindInternalOrganization(unit.OtherIds[0].Code, out var establishment, out var facility);

        Assert.True(found);
        Assert.Equal(expected, establishment);
        Assert.Equal(unit, facility);
    }

    [Theory]
    [InlineData("11/99999999")]
    [InlineData("no-slash")]
    public void TryFindInternalOrganization_UnknownIdentifier_ReturnsFalse(string identifier)
    {
        Assert.False(CreateDataset().TryFindInternalOrganization(identifier, out _, out _));
    }

    [Fact]
    public void TryFindInternalOrganization_WrongRegion_ReturnsFalse()
    {
        var dataset = CreateDataset();
        var unitId = dataset.Generator.GenerateEstablishment(5).Facilities[0].OtherIds[0].Code;
        var otherRegion = (unitId.StartsWith("11/", StringComparison.Ordinal) ? "93" : "11") + unitId[unitId.IndexOf('/', StringComparison.Ordinal)..];

        Assert.False(dataset.TryFindInternalOrganization(otherRegion, out _, out _));
    }

    [Fact]
    public void UpdateEstablishment_ChangedUnit_BumpsItAndTheEstablishmentOnly()
    {
        var dataset = CreateDataset();
        var id = IdWithUnits(dataset, 2);
        var before = dataset.FindEstablishment(id)!;
        _clock.Advance(TimeSpan.FromMinutes(5));

        var after = dataset.UpdateEstablishment(id, b => b with
        {
            Facilities = [b.Facilities[0] with { PrimaryName = "UNITE RENOMMEE" }, .. b.Facilities.Skip(1)],
        });

        Assert.Equal(_clock.Current, after.Facilities[0].Record.Updated);
        Assert.Equal(before.Facilities[0].Record.Created, after.Facilities[0].Record.Created);
        Assert.Equal(_clock.Current, after.Establishment.Record.Updated);
        Assert.Equal(before.Facilities[1], after.Facilities[1]);
        Assert.Equal(before.LegalEntity, after.LegalEntity);
        Assert.Equal(after, dataset.FindEstablishment(id));
    }

    [Fact]
    public void UpdateEstablishment_NewUnit_IsCreatedNow()
    {
        var dataset = CreateDataset();
        var id = IdWithUnits(dataset, 1);
        _clock.Advance(TimeSpan.FromHours(1));

        var after = dataset.UpdateEstablishment(id, b => b with
        {
            Facilities = [.. b.Facilities, b.Facilities[0] with { EntityId = "oi_new", OtherIds = [new OtherId { Code = "11/77777777", AssigningAuthorityName = "1.2.250.1.71.1.2.14" }] }],
        });

        Assert.Equal(_clock.Current, after.Facilities[^1].Record.Created);
        Assert.Equal(_clock.Current, after.Facilities[^1].Record.Updated);
        Assert.True(dataset.TryFindInternalOrganization("11/77777777", out var holder, out _));
        Assert.Equal(id, holder.StructureId);
    }

    [Fact]
    public void UpdateEstablishment_IsReportedAsUpdatedAfterTheInstantBeforeTheChange()
    {
        var dataset = CreateDataset();
        var id = RorDatasetGenerator.GetStructureId(3);
        var mark = _clock.Current;
        Assert.DoesNotContain(dataset.GetEstablishmentsUpdatedAfter(mark), s => s.StructureId == id);
        _clock.Advance(TimeSpan.FromSeconds(1));

        dataset.UpdateEstablishment(id, b => b with { Establishment = b.Establishment with { PrimaryName = "NOUVEAU NOM" } });

        var changed = Assert.Single(dataset.GetEstablishmentsUpdatedAfter(mark));
        Assert.Equal(id, changed.StructureId);
    }

    [Fact]
    public void UpdateEstablishment_ChangingTheIdentifier_Throws()
    {
        var dataset = CreateDataset();
        var id = RorDatasetGenerator.GetStructureId(3);

        Assert.Throws<InvalidOperationException>(() => dataset.UpdateEstablishment(id, b => b with
        {
            Establishment = b.Establishment with { OtherIds = [new OtherId { Code = "1000000000", AssigningAuthorityName = "1.2.250.1.71.4.2.2" }] },
        }));
    }

    [Fact]
    public void UpdateEstablishment_Unknown_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => CreateDataset().UpdateEstablishment("1990009999", b => b));
    }

    [Fact]
    public void UpdateEstablishment_LegalEntityChange_ReachesTheOtherEstablishmentsOfTheLegalEntity()
    {
        var dataset = CreateDataset();
        var group = dataset.EnumerateEstablishments().GroupBy(b => b.LegalEntity.EntityId).First(g => g.Count() > 1).ToList();
        _clock.Advance(TimeSpan.FromMinutes(1));

        dataset.UpdateEstablishment(group[0].StructureId, b => b with { LegalEntity = b.LegalEntity with { PrimaryName = "NOUVELLE RAISON SOCIALE" } });

        Assert.All(group, member => Assert.Equal("NOUVELLE RAISON SOCIALE", dataset.FindEstablishment(member.StructureId)!.LegalEntity.PrimaryName));
        Assert.Single(dataset.EnumerateOrganizations(), o => o.EntityId == group[0].LegalEntity.EntityId);
    }

    [Fact]
    public void CloseEstablishment_SetsTheClosingDateAndBumpsTheRecord()
    {
        var dataset = CreateDataset();
        var id = RorDatasetGenerator.GetStructureId(8);
        _clock.Advance(TimeSpan.FromDays(1));

        var closed = dataset.CloseEstablishment(id, new DateOnly(2026, 6, 30));

        Assert.Equal(new DateOnly(2026, 6, 30), closed.Establishment.Extensions[0].ClosingDate);
        Assert.Equal(_clock.Current, closed.Establishment.Record.Updated);
    }

    [Fact]
    public void RemoveEstablishment_RemovesItFromLookupsSummariesAndStreams()
    {
        var dataset = CreateDataset();
        var id = IdWithUnits(dataset, 1);
        var removed = dataset.FindEstablishment(id)!;

        Assert.True(dataset.RemoveEstablishment(id));

        Assert.Null(dataset.FindEstablishment(id));
        Assert.False(dataset.TryFindInternalOrganization(removed.Facilities[0].OtherIds[0].Code, out _, out _));
        Assert.DoesNotContain(dataset.DescribeEstablishments(), s => s.StructureId == id);
        Assert.DoesNotContain(dataset.EnumerateOrganizations(), o => o.EntityId == removed.Establishment.EntityId);
        Assert.DoesNotContain(dataset.EnumerateFacilities(), f => f.EntityId == removed.Facilities[0].EntityId);
        Assert.Equal(Options.EstablishmentCount - 1, dataset.EnumerateEstablishments().Count());
        Assert.False(dataset.RemoveEstablishment(id), "Removing twice reports that nothing was there.");
    }

    [Fact]
    public void AddEstablishment_NewGeneratedEstablishment_IsFoundStreamedAndNotified()
    {
        var dataset = CreateDataset();
        var fresh = dataset.Generator.GenerateEstablishment(Options.EstablishmentCount + 100);
        var mark = _clock.Current;
        _clock.Advance(TimeSpan.FromSeconds(10));

        dataset.AddEstablishment(fresh);

        Assert.Equal(fresh.Facilities, dataset.FindEstablishment(fresh.StructureId)!.Facilities);
        Assert.Equal(fresh.StructureId, Assert.Single(dataset.GetEstablishmentsUpdatedAfter(mark)).StructureId);
        Assert.Contains(dataset.EnumerateOrganizations(), o => o.EntityId == fresh.Establishment.EntityId);
        Assert.Equal(fresh.Facilities, dataset.EnumerateFacilities().TakeLast(fresh.Facilities.Count));
        Assert.Throws<InvalidOperationException>(() => dataset.AddEstablishment(fresh));
    }

    [Fact]
    public void AddEstablishment_AfterRemovingAGeneratedOne_PutsItBackAtItsPlace()
    {
        var dataset = CreateDataset();
        var original = dataset.FindEstablishment(RorDatasetGenerator.GetStructureId(4))!;
        dataset.RemoveEstablishment(original.StructureId);

        dataset.AddEstablishment(original);

        Assert.Equal(original.StructureId, dataset.EnumerateEstablishments().ElementAt(4).StructureId);
    }

    [Fact]
    public void EnumerateFacilities_ChangeDuringEnumeration_DoesNotAffectTheRunningStream()
    {
        var dataset = CreateDataset();
        var expected = dataset.EnumerateFacilities().ToList();
        var id = IdWithUnits(dataset, 1);

        var seen = new List<Facility>();
        foreach (var facility in dataset.EnumerateFacilities())
        {
            if (seen.Count == 0)
            {
                dataset.RemoveEstablishment(id);
            }

            seen.Add(facility);
        }

        Assert.Equal(expected, seen);
        Assert.True(dataset.EnumerateFacilities().Count() < expected.Count, "A new stream sees the removal.");
    }

    [Fact]
    public void Mutations_FromSeveralThreads_AreAllApplied()
    {
        var dataset = CreateDataset();

        Parallel.For(0, Options.EstablishmentCount, i =>
            dataset.UpdateEstablishment(RorDatasetGenerator.GetStructureId(i), b => b with { Establishment = b.Establishment with { PrimaryName = "EG " + i } }));

        Assert.All(Enumerable.Range(0, Options.EstablishmentCount), i =>
            Assert.Equal("EG " + i, dataset.FindEstablishment(RorDatasetGenerator.GetStructureId(i))!.Establishment.PrimaryName));
    }

    [Fact]
    public void FromDocument_GeneratedDocument_GivesBackTheGeneratedEstablishments()
    {
        var generator = new RorDatasetGenerator(Options);

        var dataset = RorDataset.FromDocument(generator.GenerateDocument(), _clock);

        Assert.Equal(generator.GenerateEstablishments(), dataset.EnumerateEstablishments());
        Assert.Equal(generator.EnumerateOrganizations(), dataset.EnumerateOrganizations());
    }

    private static string IdWithUnits(RorDataset dataset, int minimum) =>
        dataset.EnumerateEstablishments().First(b => b.Facilities.Count >= minimum).StructureId;
}
