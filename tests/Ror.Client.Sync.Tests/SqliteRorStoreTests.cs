using System.Text;
using Microsoft.Data.Sqlite;
using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;
using Ror.Client.Sync.Tests.Fixtures;
using Ror.Client.Testing.Data;

namespace Ror.Client.Sync.Tests;

public sealed class SqliteRorStoreTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private SqliteRorStore NewStore(string name = "ror.db") => new(_database.PathOf(name));

    private static async IAsyncEnumerable<CsdEntity> Extraction(params CsdDocument[] offers)
    {
        await Task.Yield();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var organization in offers.SelectMany(o => o.Organizations).Where(o => seen.Add(o.EntityId)))
        {
            yield return organization;
        }

        foreach (var service in offers.SelectMany(o => o.Services))
        {
            yield return service;
        }

        foreach (var facility in offers.SelectMany(o => o.Facilities))
        {
            yield return facility;
        }

        foreach (var provider in offers.SelectMany(o => o.Providers))
        {
            yield return provider;
        }

        foreach (var device in offers.SelectMany(o => o.Devices))
        {
            yield return device;
        }
    }

    /// <summary>Every data row of a database of this test, the store's metadata left out.</summary>
    private List<string> DataRows(string name) =>
        [.. TemporaryDatabase.Dump(_database.PathOf(name)).Where(r => !r.StartsWith("store_metadata", StringComparison.Ordinal))];

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task InitializeAsync_NewFile_CreatesSchemaAtCurrentVersion()
    {
        await using (var store = NewStore())
        {
            await store.InitializeAsync(CancellationToken.None);
        }

        Assert.Equal(SqliteRorStore.SchemaVersion, Scalar(_database.PathOf(), "PRAGMA user_version"));
        Assert.Equal(1, Scalar(_database.PathOf(), "SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name = 'elementary_unit'"));
        Assert.Equal("wal", ScalarText(_database.PathOf(), "PRAGMA journal_mode"));
    }

    private static string ScalarText(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task InitializeAsync_ExistingDatabase_KeepsDataAndVersion()
    {
        await using (var store = NewStore())
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);
        }

        var before = TemporaryDatabase.Dump(_database.PathOf());
        await using (var store = NewStore())
        {
            await store.InitializeAsync(CancellationToken.None);
            await store.InitializeAsync(CancellationToken.None);
        }

        Assert.Equal(SqliteRorStore.SchemaVersion, Scalar(_database.PathOf(), "PRAGMA user_version"));
        Assert.Equal(before, TemporaryDatabase.Dump(_database.PathOf()));
    }

    /// <summary>
    /// Writes two offers with the current store into <c>current.db</c>, then gives the default database the schema of
    /// <paramref name="version"/> (its scripts applied in turn) and copies every row into it. Returns the current dump.
    /// </summary>
    private async Task<IReadOnlyList<string>> CreateOlderDatabaseWithTwoOffersAsync(int version)
    {
        await using (var store = NewStore("current.db"))
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(2), CancellationToken.None);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.PathOf(), Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        for (var script = 0; script < version; script++)
        {
            command.CommandText = SchemaMigrations.Scripts[script] + $"\nPRAGMA user_version = {script + 1};";
            command.ExecuteNonQuery();
        }

        command.CommandText = "ATTACH DATABASE @path AS current";
        command.Parameters.AddWithValue("@path", _database.PathOf("current.db"));
        command.ExecuteNonQuery();
        command.Parameters.Clear();
        var tables = new List<string>();
        command.CommandText = "SELECT name FROM current.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            command.CommandText = $"INSERT INTO main.{table} SELECT * FROM current.{table}";
            command.ExecuteNonQuery();
        }

        command.CommandText = "DETACH DATABASE current";
        command.ExecuteNonQuery();
        return TemporaryDatabase.Dump(_database.PathOf("current.db"));
    }

    [Fact]
    public async Task InitializeAsync_VersionOneDatabase_MovesEntityTablesToRowidTablesKeepingEveryRow()
    {
        // A database at version 1 (entity tables WITHOUT ROWID) holding two offers, then opened by the current store.
        var expected = await CreateOlderDatabaseWithTwoOffersAsync(1);
        var rawCsd = Scalar(_database.PathOf("current.db"), "SELECT sum(length(raw_csd)) FROM internal_organization");

        Assert.Contains("WITHOUT ROWID", ScalarText(_database.PathOf(), "SELECT sql FROM sqlite_master WHERE name = 'internal_organization'"), StringComparison.Ordinal);
        await using (var store = NewStore())
        {
            await store.InitializeAsync(CancellationToken.None);
            Assert.Equal(2, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
        }

        Assert.Equal(SqliteRorStore.SchemaVersion, Scalar(_database.PathOf(), "PRAGMA user_version"));
        Assert.Equal(expected, TemporaryDatabase.Dump(_database.PathOf()));
        Assert.Equal(rawCsd, Scalar(_database.PathOf(), "SELECT sum(length(raw_csd)) FROM internal_organization"));
        foreach (var table in new[] { "legal_entity", "establishment", "internal_organization", "service", "device", "provider" })
        {
            Assert.DoesNotContain("WITHOUT ROWID", ScalarText(_database.PathOf(), $"SELECT sql FROM sqlite_master WHERE name = '{table}'"), StringComparison.Ordinal);
        }

        Assert.Equal(9, Scalar(_database.PathOf(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
        Assert.True(Scalar(_database.PathOf(), "SELECT count(*) FROM elementary_unit") > 0);
    }

    [Fact]
    public async Task InitializeAsync_VersionTwoDatabase_KeysOwnedRowsOnTheOwnerIdFirstKeepingEveryRow()
    {
        // A database at version 2 (locations, contacts and telecoms keyed on the owner's kind first, with an index on the
        // establishment) holding two offers.
        var expected = await CreateOlderDatabaseWithTwoOffersAsync(2);
        foreach (var table in new[] { "location", "contact", "contact_point" })
        {
            Assert.Equal(1, Scalar(_database.PathOf(), $"SELECT pk FROM pragma_table_info('{table}') WHERE name = 'owner_kind'"));
            Assert.True(Scalar(_database.PathOf(), $"SELECT count(*) FROM {table}") > 0, table);
        }

        await using (var store = NewStore())
        {
            await store.InitializeAsync(CancellationToken.None);
            var tree = await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
            Assert.NotNull(tree);
            Assert.NotEmpty(tree.Establishment.Contacts);
        }

        Assert.Equal(SqliteRorStore.SchemaVersion, Scalar(_database.PathOf(), "PRAGMA user_version"));
        Assert.Equal(expected, TemporaryDatabase.Dump(_database.PathOf()));
        foreach (var table in new[] { "location", "contact", "contact_point" })
        {
            Assert.Equal(1, Scalar(_database.PathOf(), $"SELECT pk FROM pragma_table_info('{table}') WHERE name = 'owner_id'"));
            Assert.Equal(2, Scalar(_database.PathOf(), $"SELECT pk FROM pragma_table_info('{table}') WHERE name = 'owner_kind'"));
            Assert.Contains("WITHOUT ROWID", ScalarText(_database.PathOf(), $"SELECT sql FROM sqlite_master WHERE name = '{table}'"), StringComparison.Ordinal);
            Assert.Equal(0, Scalar(_database.PathOf(), $"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL"));
        }

        // The internal organisations' entityIDs are indexed within their establishment only.
        Assert.Equal("establishment_id,entity_id", ScalarText(_database.PathOf(), "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info('ix_internal_organization_establishment') ORDER BY seqno)"));
        Assert.Equal(0, Scalar(_database.PathOf(), "SELECT count(*) FROM sqlite_master WHERE name = 'ix_internal_organization_entity_id'"));
        Assert.Equal(9, Scalar(_database.PathOf(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    }

    [Fact]
    public async Task InitializeAsync_NewerSchemaVersion_ThrowsRorStoreException()
    {
        Scalar(_database.PathOf(), $"PRAGMA user_version = {SqliteRorStore.SchemaVersion + 1}; SELECT 0");
        await using var store = NewStore();

        var exception = await Assert.ThrowsAsync<RorStoreException>(() => store.InitializeAsync(CancellationToken.None));
        Assert.Contains("newer", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceEstablishmentAsync_NewEstablishment_StoresWholeSubtreeKeyedOnBusinessIdentifiers()
    {
        await using var store = NewStore();

        var change = await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);

        Assert.Equal(RorStoreChange.Added, change);
        var counts = await store.GetCountsAsync(CancellationToken.None);
        Assert.Equal(new RorStoreCounts { LegalEntities = 1, Establishments = 1, InternalOrganizations = 3, ElementaryUnits = 2, Services = 1, Devices = 1, Providers = 1, PendingRetries = 0 }, counts);
        var tree = await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
        Assert.NotNull(tree);
        Assert.Equal(RorFixtures.LegalEntityId(1), tree.LegalEntity?.Id);
        Assert.Equal("75", tree.Establishment.Department);
        var unit = tree.InternalOrganizations.Single(o => o.Id == RorFixtures.UnitId(1, 2));
        Assert.Equal(RorFixtures.UnitId(1, 1), unit.ParentId);
        Assert.Equal(4, unit.Level);
        Assert.Equal(["001"], unit.ActivityCodes);
        Assert.Equal(["E01"], unit.EquipmentCodes);
        Assert.Equal("75", unit.Department);
    }

    [Fact]
    public async Task ReplaceEstablishmentAsync_NewerVersion_ReplacesSubtreeWithoutLeftovers()
    {
        await using var store = NewStore();
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1, version: 1), CancellationToken.None);

        var change = await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1, version: 2), CancellationToken.None);

        Assert.Equal(RorStoreChange.Updated, change);
        var tree = await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(1), RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);
        Assert.DoesNotContain(tree!.InternalOrganizations, o => o.Id == RorFixtures.UnitId(1, 3));
        Assert.Equal("HOSPITALISATION COMPLETE V2", tree.InternalOrganizations.Single(o => o.Id == RorFixtures.UnitId(1, 2)).Name);
        Assert.Equal(0, Scalar(_database.PathOf(), $"SELECT count(*) FROM contact WHERE owner_id = '{RorFixtures.UnitId(1, 3)}'"));
    }

    [Fact]
    public async Task ReplaceEstablishmentAsync_SameOfferTwice_GivesSameRowsAsOnce()
    {
        await using (var store = NewStore("once.db"))
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);
        }

        await using (var store = NewStore("twice.db"))
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);
        }

        Assert.Equal(TemporaryDatabase.Dump(_database.PathOf("once.db")), TemporaryDatabase.Dump(_database.PathOf("twice.db")));
    }

    [Fact]
    public async Task ReplaceEstablishmentAsync_WriteFailsMidway_KeepsPreviousVersionWhole()
    {
        await using var store = NewStore();
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1, version: 1), CancellationToken.None);
        var before = TemporaryDatabase.Dump(_database.PathOf());
        var broken = RorFixtures.Offer(1, version: 2);
        // A unit without a name violates a NOT NULL column after the EG and the pôle are written.
        broken = broken with { Facilities = [broken.Facilities[0], broken.Facilities[1] with { PrimaryName = null! }] };

        await Assert.ThrowsAsync<SqliteException>(() => store.ReplaceEstablishmentAsync(broken, CancellationToken.None));

        Assert.Equal(before, TemporaryDatabase.Dump(_database.PathOf()));
    }

    [Fact]
    public async Task ReplaceEstablishmentAsync_DocumentWithoutEstablishment_ThrowsArgumentException()
    {
        await using var store = NewStore();
        var offer = RorFixtures.Offer(1);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceEstablishmentAsync(offer with { Organizations = [offer.Organizations[0]] }, CancellationToken.None));
    }

    [Fact]
    public async Task RemoveEstablishmentAsync_Stored_RemovesSubtreeAndItsLegalEntity()
    {
        await using var store = NewStore();
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);

        var change = await store.RemoveEstablishmentAsync(RorFixtures.EstablishmentId(1), CancellationToken.None);

        Assert.Equal(RorStoreChange.Removed, change);
        Assert.DoesNotContain(TemporaryDatabase.Dump(_database.PathOf()), r => !r.StartsWith("store_metadata", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemoveEstablishmentAsync_LegalEntitySharedWithAnother_KeepsLegalEntity()
    {
        await using var store = NewStore();
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1, legalEntity: 7), CancellationToken.None);
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(2, legalEntity: 7), CancellationToken.None);

        await store.RemoveEstablishmentAsync(RorFixtures.EstablishmentId(1), CancellationToken.None);

        var counts = await store.GetCountsAsync(CancellationToken.None);
        Assert.Equal(1, counts.LegalEntities);
        Assert.Equal(1, counts.Establishments);
    }

    [Fact]
    public async Task RemoveEstablishmentAsync_OneOfTwo_LeavesTheRowsOfTheOtherAsIfStoredAlone()
    {
        await using (var store = NewStore("alone.db"))
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(2, legalEntity: 7), CancellationToken.None);
        }

        await using (var store = NewStore())
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1, legalEntity: 7), CancellationToken.None);
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(2, legalEntity: 7), CancellationToken.None);
            Assert.True(Scalar(_database.PathOf(), "SELECT count(DISTINCT establishment_id) FROM contact_point") >= 2);

            await store.RemoveEstablishmentAsync(RorFixtures.EstablishmentId(1), CancellationToken.None);
        }

        var alone = TemporaryDatabase.Dump(_database.PathOf("alone.db"));
        Assert.Contains(alone, row => row.StartsWith("contact_point: ", StringComparison.Ordinal) && row.Contains("owner_kind=internal_organization", StringComparison.Ordinal));
        Assert.Equal(alone, TemporaryDatabase.Dump(_database.PathOf()));
    }

    [Fact]
    public async Task RemoveEstablishmentAsync_Unknown_ReturnsNone()
    {
        await using var store = NewStore();

        Assert.Equal(RorStoreChange.None, await store.RemoveEstablishmentAsync("1999999999", CancellationToken.None));
    }

    [Fact]
    public async Task ImportExtractionAsync_Extraction_GivesSameRowsAsReplacingEachEstablishment()
    {
        var offers = Enumerable.Range(1, 5).Select(n => RorFixtures.Offer(n, legalEntity: n % 2)).ToArray();
        await using (var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = _database.PathOf("import.db"), ImportBatchSize = 3 }))
        {
            var result = await store.ImportExtractionAsync(Extraction(offers), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
            Assert.Equal(5, result.Establishments);
        }

        await using (var store = NewStore("replace.db"))
        {
            foreach (var offer in offers)
            {
                await store.ReplaceEstablishmentAsync(offer, CancellationToken.None);
            }
        }

        var imported = DataRows("import.db");
        var replaced = DataRows("replace.db");
        Assert.True(replaced.Count > 50, "the comparison must cover the rows of five establishments");
        Assert.Equal(replaced, imported);
    }

    [Fact]
    public async Task ImportExtractionAsync_Completed_WritesCheckpointWithData()
    {
        var checkpoint = new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
        await using var store = NewStore();

        await store.ImportExtractionAsync(Extraction(RorFixtures.Offer(1)), new RorImportOptions { Checkpoint = checkpoint }, CancellationToken.None);

        var stored = await store.GetCheckpointAsync(CancellationToken.None);
        Assert.Equal(checkpoint, stored?.Value);
        Assert.Equal(checkpoint, stored?.LastFullRefresh);
        Assert.Equal(1, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
    }

    [Fact]
    public async Task ImportExtractionAsync_StoreWithNoDatabaseYet_TheBuildBecomesItsFirstDatabase()
    {
        // A folder that does not exist yet either.
        var path = Path.Combine(Path.GetDirectoryName(_database.PathOf())!, "new", "ror.db");
        var seen = new List<bool>();
        var progress = new SynchronousProgress(_ => seen.Add(File.Exists(path)));
        await using var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = path, ImportBatchSize = 3 });

        var result = await store.ImportExtractionAsync(
            Extraction(RorFixtures.Offer(1), RorFixtures.Offer(2), RorFixtures.Offer(3)),
            new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch, Progress = progress },
            CancellationToken.None);

        // No database was created only to be replaced: the file appears at the swap.
        Assert.True(seen.Count > 1, "progress must be reported during the load");
        Assert.All(seen, exists => Assert.False(exists));
        Assert.True(File.Exists(path));
        Assert.Equal(3, result.Establishments);
        Assert.Equal(3, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
        var run = Assert.Single(await store.GetHistoryAsync(10, CancellationToken.None));
        Assert.Equal(RorSyncRunKind.FullRefresh, run.Kind);
        Assert.Equal(SqliteRorStore.SchemaVersion, Scalar(path, "PRAGMA user_version"));
    }

    [Fact]
    public async Task ImportExtractionAsync_StoreWithNoDatabaseYet_FailingLeavesNoFileBehind()
    {
        await using var store = NewStore();

        await Assert.ThrowsAsync<SimulatedCrashException>(() => store.ImportExtractionAsync(Failing(Extraction(RorFixtures.Offer(1), RorFixtures.Offer(2)), 5), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None));

        Assert.False(File.Exists(_database.PathOf()));
        Assert.False(File.Exists(_database.PathOf() + ".rebuild"), "the unfinished build file must be deleted");

        // The store is usable afterwards: its first read creates the database.
        Assert.Null(await store.GetCheckpointAsync(CancellationToken.None));
        Assert.Equal(0, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
    }

    [Fact]
    public async Task ImportExtractionAsync_StreamFailsMidway_LeavesCurrentDatabaseUntouched()
    {
        await using var store = NewStore();
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(9), CancellationToken.None);
        var before = TemporaryDatabase.Dump(_database.PathOf());

        await Assert.ThrowsAsync<SimulatedCrashException>(() => store.ImportExtractionAsync(Failing(Extraction(RorFixtures.Offer(1), RorFixtures.Offer(2)), 5), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None));

        Assert.Equal(before, TemporaryDatabase.Dump(_database.PathOf()));
        Assert.False(File.Exists(_database.PathOf() + ".rebuild"), "the unfinished build file must be deleted");
        Assert.Null(await store.GetCheckpointAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportExtractionAsync_AnEntityTheRowsCannotHold_StopsTheReadingAndLeavesCurrentDatabaseUntouched()
    {
        // Without raw CSD, nothing serialises the entity before the row writer, which is the one that refuses it.
        await using var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = _database.PathOf(), KeepRawCsd = false });
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(9), CancellationToken.None);
        var before = TemporaryDatabase.Dump(_database.PathOf());
        var legalEntity = RorFixtures.Offer(1).Organizations.First(o => o.Parent is null);
        const int Available = 100_000;
        var read = 0;

        // Far more entities after the failing one than the hand-over to the storing thread holds: a reading thread left
        // running would wait for room for good.
        async IAsyncEnumerable<CsdEntity> Entities()
        {
            await Task.Yield();
            yield return legalEntity;
            yield return new ForeignEntity { EntityId = "foreign", Record = legalEntity.Record };
            for (var i = 0; i < Available; i++)
            {
                read++;
                yield return legalEntity;
            }
        }

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store
            .ImportExtractionAsync(Entities(), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(2)));

        Assert.Contains(nameof(ForeignEntity), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(EntityRowWriter), error.StackTrace, StringComparison.Ordinal);
        Assert.True(read < Available, $"the import read {read} entities after the failure instead of stopping");
        Assert.Equal(before, TemporaryDatabase.Dump(_database.PathOf()));
        Assert.False(File.Exists(_database.PathOf() + ".rebuild"), "the unfinished build file must be deleted");
    }

    /// <summary>An entity of no CSD directory: the row writer refuses it.</summary>
    private sealed record ForeignEntity : CsdEntity
    {
        public override required Metadata Record { get; init; }
    }

    [Fact]
    public async Task ImportExtractionAsync_CancelledMidway_ThrowsAndLeavesCurrentDatabaseUntouched()
    {
        await using var store = NewStore();
        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(9), CancellationToken.None);
        var before = TemporaryDatabase.Dump(_database.PathOf());
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportExtractionAsync(
            CancellingAt(Extraction(RorFixtures.Offer(1), RorFixtures.Offer(2)), 5, cancellation),
            new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch },
            cancellation.Token));

        Assert.Equal(before, TemporaryDatabase.Dump(_database.PathOf()));
        Assert.False(File.Exists(_database.PathOf() + ".rebuild"), "the cancelled build file must be deleted");
    }

    [Fact]
    public async Task ImportExtractionAsync_ExtractionOfManyHandOvers_GivesSameRowsAsReplacingEachEstablishment()
    {
        // Enough entities for several hand-overs between the parsing and the storing threads, and several commits.
        var offers = Enumerable.Range(1, 40).Select(n => RorFixtures.Offer(n, legalEntity: n % 7)).ToArray();
        await using (var store = new SqliteRorStore(new SqliteRorStoreOptions { DatabasePath = _database.PathOf("import.db"), ImportBatchSize = 50 }))
        {
            var result = await store.ImportExtractionAsync(Extraction(offers), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
            Assert.True(result.Entities > 200, $"the extraction must span several hand-overs of 64 entities, it has {result.Entities}");
        }

        await using (var store = NewStore("replace.db"))
        {
            foreach (var offer in offers)
            {
                await store.ReplaceEstablishmentAsync(offer, CancellationToken.None);
            }
        }

        var imported = DataRows("import.db");
        var replaced = DataRows("replace.db");
        Assert.Equal(replaced, imported);
    }

    [Fact]
    public async Task ImportExtractionAsync_SameLegalEntityTwice_KeepsTheLastOneLikeAReplacement()
    {
        // The second occurrence of an EJ replaces the contacts, contact points and location of the first, as a
        // replacement does, although the import writes those rows several per statement.
        var offer = RorFixtures.Offer(1);
        var establishment = offer.Organizations[1];
        var extension = establishment.Extensions[0];
        var first = offer.Organizations[0] with { Extensions = [extension] };
        var last = offer.Organizations[0] with
        {
            Extensions = [extension with { Contacts = [extension.Contacts[1]], Location = RorFixtures.Offer(2, cityCode: "13055").Organizations[1].Extensions[0].Location }],
        };
        CsdEntity[] entities = [first, last, establishment, .. offer.Services, .. offer.Facilities, .. offer.Providers, .. offer.Devices];
        await using (var store = NewStore("import.db"))
        {
            await store.ImportExtractionAsync(Entities(entities), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        }

        await using (var store = NewStore("replace.db"))
        {
            await store.ReplaceEstablishmentAsync(offer with { Organizations = [last, establishment] }, CancellationToken.None);
        }

        var imported = DataRows("import.db");
        var replaced = DataRows("replace.db");
        Assert.Equal(replaced, imported);
        Assert.Equal(1, Scalar(_database.PathOf("import.db"), "SELECT count(*) FROM contact WHERE owner_kind = 'legal_entity'"));
        Assert.Equal(1, Scalar(_database.PathOf("import.db"), "SELECT count(*) FROM location WHERE owner_kind = 'legal_entity' AND city_code = '13055'"));
    }

    [Fact]
    public async Task ImportExtractionAsync_EstablishmentBeforeItsLegalEntityAndUnitsBeforeTheirParent_ResolvesThemLikeAReplacement()
    {
        // Links that cannot be resolved at insert (the EJ or the parent OI comes later) are resolved by the final pass.
        var offer = RorFixtures.Offer(1);
        var pole = offer.Facilities[0];
        CsdEntity[] entities = [offer.Organizations[1], offer.Organizations[0], .. offer.Services, .. offer.Facilities.AsSpan()[1..], pole, .. offer.Providers, .. offer.Devices];
        await using (var store = NewStore("import.db"))
        {
            await store.ImportExtractionAsync(Entities(entities), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        }

        await using (var store = NewStore("replace.db"))
        {
            await store.ReplaceEstablishmentAsync(offer, CancellationToken.None);
        }

        var imported = DataRows("import.db");
        var replaced = DataRows("replace.db");
        Assert.Equal(replaced, imported);
        Assert.Equal(0, Scalar(_database.PathOf("import.db"), "SELECT count(*) FROM establishment WHERE legal_entity_id IS NULL"));
        Assert.Equal(2, Scalar(_database.PathOf("import.db"), "SELECT count(*) FROM internal_organization WHERE parent_id IS NOT NULL"));
    }

    [Fact]
    public async Task ImportExtractionAsync_EntitiesWithTheirXmlAsRead_StoresTheSameRowsAsWritingThemAgain()
    {
        // The simulator's generator writes its extraction as the raw CSD writer does: the bytes kept as read are then the
        // bytes written again, so both imports give the same database, raw_csd included, and every entity was captured.
        byte[] extraction;
        using (var buffer = new MemoryStream())
        {
            await new RorDatasetGenerator(new RorDatasetOptions { Seed = 3, EstablishmentCount = 40 }).WriteDocumentAsync(buffer);
            extraction = buffer.ToArray();
        }

        var captured = 0;
        var read = 0;
        async IAsyncEnumerable<CsdEntity> Counting(IAsyncEnumerable<CsdEntity> entities)
        {
            await foreach (var entity in entities)
            {
                read++;
                captured += CsdReader.TryGetEntityXml(entity, out _) ? 1 : 0;
                yield return entity;
            }
        }

        foreach (var (name, capture) in new[] { ("captured.db", true), ("written.db", false) })
        {
            using var stream = new MemoryStream(extraction, writable: false);
            await using var store = NewStore(name);
            await store.ImportExtractionAsync(
                Counting(CsdReader.ReadEntitiesAsync(stream, CsdReaderOptions.Default with { CaptureEntityXml = capture })),
                new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch },
                CancellationToken.None);
        }

        Assert.True(read > 600, $"Only {read} entities were read.");
        Assert.Equal(read / 2, captured);
        var withCapture = DataRows("captured.db");
        var written = DataRows("written.db");
        Assert.Equal(written, withCapture);

        // The dump shows blobs by type only: the raw CSD is compared on its own.
        foreach (var table in new[] { "legal_entity", "establishment", "internal_organization", "service", "device", "provider" })
        {
            Assert.Equal(0, Scalar(_database.PathOf("captured.db"), "SELECT count(*) FROM " + table + " WHERE raw_csd IS NULL"));
            Assert.Equal(RawCsd(_database.PathOf("written.db"), table), RawCsd(_database.PathOf("captured.db"), table));
        }
    }

    [Fact]
    public async Task ImportExtractionAsync_MoreEntitiesThanTheHandOverHolds_StoresEachEntityAsRead()
    {
        // More entities than the import keeps in flight between its threads, so that the arrays holding the XML as read
        // are given back and rented again during the load, and one legal entity longer than the pool's largest arrays
        // (a new array, dropped by the pool when given back): every stored raw CSD must be one entity's bytes as read,
        // whole.
        string generated;
        using (var buffer = new MemoryStream())
        {
            await new RorDatasetGenerator(new RorDatasetOptions { Seed = 5, EstablishmentCount = 600 }).WriteDocumentAsync(buffer);
            generated = Encoding.UTF8.GetString(buffer.ToArray());
        }

        const string FirstLegalEntity = "<organization entityID=\"ej_0\">";
        var ids = string.Concat(Enumerable.Range(0, 25_000).Select(i => $"<otherID code=\"{i:D10}\" assigningAuthorityName=\"1.2.250.1.71.4.2.2\" />"));
        Assert.Equal(1, generated.Split(FirstLegalEntity).Length - 1);
        var extraction = Encoding.UTF8.GetBytes(generated.Replace(FirstLegalEntity, FirstLegalEntity + ids, StringComparison.Ordinal));

        var asRead = new HashSet<string>(StringComparer.Ordinal);
        async IAsyncEnumerable<CsdEntity> Keeping(IAsyncEnumerable<CsdEntity> entities)
        {
            await foreach (var entity in entities)
            {
                Assert.True(CsdReader.TryGetEntityXml(entity, out var xml));
                asRead.Add(Encoding.UTF8.GetString(xml.Span));
                yield return entity;
            }
        }

        using (var stream = new MemoryStream(extraction, writable: false))
        {
            await using var store = NewStore("many.db");
            var result = await store.ImportExtractionAsync(
                Keeping(CsdReader.ReadEntitiesAsync(stream, CsdReaderOptions.Default with { CaptureEntityXml = true })),
                new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch },
                CancellationToken.None);
            Assert.True(result.Entities > 4_500, $"Only {result.Entities} entities were read.");
        }

        var stored = 0;
        foreach (var table in new[] { "legal_entity", "establishment", "internal_organization", "service", "device", "provider" })
        {
            Assert.Equal(0, Scalar(_database.PathOf("many.db"), "SELECT count(*) FROM " + table + " WHERE raw_csd IS NULL"));
            foreach (var document in RawCsd(_database.PathOf("many.db"), table))
            {
                Assert.Contains(document, asRead);
                stored++;
            }
        }

        Assert.True(stored > 4_500, $"Only {stored} raw CSD documents were stored.");
        Assert.Equal(1, Scalar(_database.PathOf("many.db"), "SELECT count(*) FROM legal_entity WHERE length(raw_csd) > 1048576"));
    }

    [Fact]
    public async Task ImportExtractionAsync_IndentedExtraction_StoresTheSameRowsAsTheSameExtractionOnOneLine()
    {
        // A pretty-printed file (as a person or another tool may save the public file): the white space between elements
        // changes nothing but the raw CSD, which is each entity as it was read, indentation included.
        foreach (var (name, indent) in new[] { ("flat.db", false), ("indented.db", true) })
        {
            using var buffer = new MemoryStream();
            await new RorDatasetGenerator(new RorDatasetOptions { Seed = 4, EstablishmentCount = 30 }).WriteDocumentAsync(buffer, new CsdWriterOptions { Indent = indent });
            buffer.Position = 0;
            await using var store = NewStore(name);
            await store.ImportExtractionAsync(
                CsdReader.ReadEntitiesAsync(buffer, CsdReaderOptions.Default with { CaptureEntityXml = true }),
                new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch },
                CancellationToken.None);
        }

        Assert.Equal(DataRows("flat.db"), DataRows("indented.db"));
        foreach (var table in new[] { "legal_entity", "establishment", "internal_organization", "service", "device", "provider" })
        {
            var flat = RawCsd(_database.PathOf("flat.db"), table);
            var indented = RawCsd(_database.PathOf("indented.db"), table);
            Assert.NotEmpty(flat);
            Assert.All(indented, document => Assert.Contains("\n", document, StringComparison.Ordinal));
            Assert.Equal(await ReadEntitiesAsync(flat), await ReadEntitiesAsync(indented));
        }
    }

    /// <summary>The entities of one-entity CSD documents, in entityID order.</summary>
    private static async Task<List<CsdEntity>> ReadEntitiesAsync(IEnumerable<string> documents)
    {
        var entities = new List<CsdEntity>();
        foreach (var document in documents)
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(document));
            await foreach (var entity in CsdReader.ReadEntitiesAsync(stream))
            {
                entities.Add(entity);
            }
        }

        return [.. entities.OrderBy(e => e.EntityId, StringComparer.Ordinal)];
    }

    private static List<string> RawCsd(string path, string table)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT CAST(raw_csd AS TEXT) FROM {table} ORDER BY 1";
        using var reader = command.ExecuteReader();
        var documents = new List<string>();
        while (reader.Read())
        {
            documents.Add(reader.GetString(0));
        }

        return documents;
    }

    private static async IAsyncEnumerable<CsdEntity> Entities(IEnumerable<CsdEntity> entities)
    {
        await Task.Yield();
        foreach (var entity in entities)
        {
            yield return entity;
        }
    }

    private static async IAsyncEnumerable<CsdEntity> CancellingAt(IAsyncEnumerable<CsdEntity> entities, int cancelAt, CancellationTokenSource cancellation)
    {
        var count = 0;
        await foreach (var entity in entities)
        {
            if (++count == cancelAt)
            {
                await cancellation.CancelAsync();
            }

            yield return entity;
        }
    }

    private static async IAsyncEnumerable<CsdEntity> Failing(IAsyncEnumerable<CsdEntity> entities, int failAt)
    {
        var count = 0;
        await foreach (var entity in entities)
        {
            if (++count == failAt)
            {
                throw new SimulatedCrashException($"extraction entity {failAt}");
            }

            yield return entity;
        }
    }

    /// <summary>Yields <paramref name="before"/> entities, says so, then waits for <paramref name="resume"/> before the rest.</summary>
    private static async IAsyncEnumerable<CsdEntity> PausedAfter(IAsyncEnumerable<CsdEntity> entities, int before, TaskCompletionSource paused, Task resume)
    {
        var count = 0;
        await foreach (var entity in entities)
        {
            if (count++ == before)
            {
                paused.SetResult();
                await resume;
            }

            yield return entity;
        }
    }

    /// <summary>Starts an import of establishments 1 and 2 into <paramref name="importer"/> and returns once it has handed over three entities and waits.</summary>
    private static async Task<(Task<RorImportResult> Import, TaskCompletionSource Resume)> StartPausedImportAsync(SqliteRorStore importer)
    {
        var paused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var import = importer.ImportExtractionAsync(
            PausedAfter(Extraction(RorFixtures.Offer(1), RorFixtures.Offer(2)), 3, paused, resume.Task),
            new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch },
            CancellationToken.None);
        await paused.Task.WaitAsync(TimeSpan.FromMinutes(1));
        return (import, resume);
    }

    [Fact]
    public async Task Store_AfterAnotherStoreRefreshedTheFile_ReadsAndWritesTheNewFile()
    {
        // A long-lived store (a hosted synchronisation) and a full refresh made by another one (the tool run by hand, in
        // this process or another): the first must not go on with the file the refresh replaced.
        var checkpoint = new DateTimeOffset(2025, 5, 1, 3, 0, 0, TimeSpan.Zero);
        await using var longLived = NewStore();
        await longLived.ReplaceEstablishmentAsync(RorFixtures.Offer(9), CancellationToken.None);
        Assert.Equal(1, (await longLived.GetCountsAsync(CancellationToken.None)).Establishments);

        await using (var refresher = NewStore())
        {
            await refresher.ImportExtractionAsync(Extraction(RorFixtures.Offer(1), RorFixtures.Offer(2)), new RorImportOptions { Checkpoint = checkpoint }, CancellationToken.None);
        }

        // Reads see the refreshed file...
        Assert.Equal(2, (await longLived.GetCountsAsync(CancellationToken.None)).Establishments);
        Assert.Equal(checkpoint, (await longLived.GetCheckpointAsync(CancellationToken.None))?.Value);

        // ...and writes go into it, where every other reader finds them.
        Assert.Equal(RorStoreChange.Added, await longLived.ReplaceEstablishmentAsync(RorFixtures.Offer(3), CancellationToken.None));
        await using var other = NewStore();
        Assert.Equal(3, (await other.GetCountsAsync(CancellationToken.None)).Establishments);
        Assert.NotNull(await other.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(3), RorAccessProfile.PublicInformation, CancellationToken.None));
        Assert.Null(await other.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(9), RorAccessProfile.PublicInformation, CancellationToken.None));
    }

    [Fact]
    public async Task ImportExtractionAsync_AnotherStoreOpensTheFileDuringTheBuild_TheBuildIsLeftAloneAndSwappedIn()
    {
        await using var importer = NewStore();
        var (import, resume) = await StartPausedImportAsync(importer);
        Assert.True(File.Exists(_database.PathOf() + ".rebuild"), "the build must be under way");

        // Another store over the same file (another process, the same way: the lock is the operating system's) opens it
        // while the build runs: an unfinished build it cannot lock belongs to someone else.
        await using (var other = NewStore())
        {
            await other.InitializeAsync(CancellationToken.None);
            Assert.True(File.Exists(_database.PathOf() + ".rebuild"), "a build in progress must not be deleted");
        }

        resume.SetResult();
        var result = await import;

        Assert.Equal(2, result.Establishments);
        await using var reader = NewStore();
        Assert.Equal(2, (await reader.GetCountsAsync(CancellationToken.None)).Establishments);
    }

    [Fact]
    public async Task ImportExtractionAsync_WhileAnotherBuildsTheSameFile_ThrowsAndLeavesTheFirstToFinish()
    {
        await using var importer = NewStore();
        var (import, resume) = await StartPausedImportAsync(importer);

        await using var second = NewStore();
        var fromAnotherStore = await Assert.ThrowsAsync<RorStoreException>(() => second.ImportExtractionAsync(Extraction(RorFixtures.Offer(3)), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None));
        var fromTheSameStore = await Assert.ThrowsAsync<RorStoreException>(() => importer.ImportExtractionAsync(Extraction(RorFixtures.Offer(3)), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None));
        Assert.Contains("in progress", fromAnotherStore.Message, StringComparison.Ordinal);
        Assert.Contains(_database.PathOf(), fromTheSameStore.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(_database.PathOf() + ".rebuild"), "the refused imports must leave the build in progress alone");

        resume.SetResult();
        Assert.Equal(2, (await import).Establishments);
        Assert.Null(await second.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(3), RorAccessProfile.PublicInformation, CancellationToken.None));

        // Once the first build is swapped in, the next one may start.
        Assert.Equal(1, (await second.ImportExtractionAsync(Extraction(RorFixtures.Offer(3)), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None)).Establishments);
    }

    [Fact]
    public async Task InitializeAsync_FinishedBuildLeftBeforeSwap_SwapsItIn()
    {
        await using (var builder = NewStore("built.db"))
        {
            await builder.ImportExtractionAsync(Extraction(RorFixtures.Offer(3)), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        }

        await using (var store = NewStore())
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(9), CancellationToken.None);
        }

        File.Copy(_database.PathOf("built.db"), _database.PathOf() + ".rebuild");
        await using (var store = NewStore())
        {
            var counts = await store.GetCountsAsync(CancellationToken.None);
            Assert.Equal(1, counts.Establishments);
            Assert.NotNull(await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(3), RorAccessProfile.PublicInformation, CancellationToken.None));
        }

        Assert.False(File.Exists(_database.PathOf() + ".rebuild"), "the build file must have been renamed over the database");
    }

    [Fact]
    public async Task InitializeAsync_BuildWrittenButNotMarkedComplete_DeletesItAndKeepsDatabase()
    {
        // A run stopped after the build was synced to disk and before the "complete" marker was committed.
        await using (var builder = NewStore("built.db"))
        {
            await builder.ImportExtractionAsync(Extraction(RorFixtures.Offer(3)), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        }

        Assert.Equal(1, Scalar(_database.PathOf("built.db"), "UPDATE store_metadata SET value = 'durable' WHERE key = 'build_state' RETURNING 1"));
        await using (var store = NewStore())
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(9), CancellationToken.None);
        }

        File.Copy(_database.PathOf("built.db"), _database.PathOf() + ".rebuild");
        await using (var store = NewStore())
        {
            Assert.NotNull(await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(9), RorAccessProfile.PublicInformation, CancellationToken.None));
            Assert.Null(await store.GetEstablishmentTreeAsync(RorFixtures.EstablishmentId(3), RorAccessProfile.PublicInformation, CancellationToken.None));
        }

        Assert.False(File.Exists(_database.PathOf() + ".rebuild"), "a build not marked complete must be deleted");
    }

    [Fact]
    public async Task ImportExtractionAsync_Completed_LeavesAWalDatabaseMarkedCompleteWithItsLogFoldedBack()
    {
        var path = _database.PathOf("import.db");
        await using (var store = NewStore("import.db"))
        {
            await store.ImportExtractionAsync(Extraction(RorFixtures.Offer(1)), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
            Assert.False(File.Exists(path + ".rebuild"));
            Assert.True(!File.Exists(path + "-wal") || new FileInfo(path + "-wal").Length == 0, "the build's log must have been folded back before the swap");
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT value FROM store_metadata WHERE key = 'build_state'";
        Assert.Equal("complete", command.ExecuteScalar());
    }

    [Fact]
    public async Task ImportExtractionAsync_Completed_HasEveryIndexOfTheSchemaWithItsDefinition()
    {
        await using (var initialised = NewStore("schema.db"))
        {
            await initialised.InitializeAsync(CancellationToken.None);
        }

        await using (var store = NewStore("import.db"))
        {
            await store.ImportExtractionAsync(Extraction(RorFixtures.Offer(1), RorFixtures.Offer(2)), new RorImportOptions { Checkpoint = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        }

        const string Indexes = "SELECT group_concat(name || ': ' || sql, char(10)) FROM (SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)";
        var expected = ScalarText(_database.PathOf("schema.db"), Indexes);
        Assert.Contains("ix_internal_organization_search", expected, StringComparison.Ordinal);
        Assert.Equal(expected, ScalarText(_database.PathOf("import.db"), Indexes));
        Assert.Equal("ok", ScalarText(_database.PathOf("import.db"), "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task InitializeAsync_UnfinishedBuildLeft_DeletesItAndKeepsDatabase()
    {
        await using (var store = NewStore())
        {
            await store.ReplaceEstablishmentAsync(RorFixtures.Offer(9), CancellationToken.None);
        }

        await File.WriteAllTextAsync(_database.PathOf() + ".rebuild", "not a finished database");
        await using (var store = NewStore())
        {
            Assert.Equal(1, (await store.GetCountsAsync(CancellationToken.None)).Establishments);
        }

        Assert.False(File.Exists(_database.PathOf() + ".rebuild"), "an unfinished build file must be deleted");
    }

    [Fact]
    public async Task CompleteRunAsync_WithCheckpoint_WritesCheckpointAndHistory()
    {
        var checkpoint = new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
        await using var store = NewStore();

        await store.CompleteRunAsync(new RorSyncRunRecord { Kind = RorSyncRunKind.Incremental, StartedAt = checkpoint, FinishedAt = checkpoint.AddMinutes(1), Checkpoint = checkpoint, Updated = 3 }, CancellationToken.None);

        Assert.Equal(checkpoint, (await store.GetCheckpointAsync(CancellationToken.None))?.Value);
        var history = Assert.Single(await store.GetHistoryAsync(10, CancellationToken.None));
        Assert.Equal(3, history.Updated);
    }

    [Fact]
    public async Task RecordFailureAsync_Twice_CountsAttemptsAndReplaceClearsIt()
    {
        var at = new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
        await using var store = NewStore();
        await store.RecordFailureAsync(RorFixtures.EstablishmentId(1), "TimeoutException: first", at, CancellationToken.None);
        await store.RecordFailureAsync(RorFixtures.EstablishmentId(1), "TimeoutException: second", at.AddHours(1), CancellationToken.None);

        var retry = Assert.Single(await store.GetPendingRetriesAsync(CancellationToken.None));
        Assert.Equal(2, retry.Attempts);
        Assert.Equal(at, retry.FirstFailedAt);
        Assert.Equal("TimeoutException: second", retry.Reason);

        await store.ReplaceEstablishmentAsync(RorFixtures.Offer(1), CancellationToken.None);
        Assert.Empty(await store.GetPendingRetriesAsync(CancellationToken.None));
    }

    /// <summary>Reports on the thread that reports (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
