using Microsoft.Data.Sqlite;
using Ror.Client.Csd;
using Ror.Client.Csd.Access;

namespace Ror.Client.Sync.Storage;

/// <summary>Typed queries, filtered for the caller's access profile.</summary>
public sealed partial class SqliteRorStore
{
    /// <inheritdoc />
    public async Task<StoredEstablishmentTree?> GetEstablishmentTreeAsync(string establishmentId, RorAccessProfile profile, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(establishmentId);
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenRead();
        using var transaction = connection.BeginTransaction(deferred: true);
        var establishment = await ReadEstablishmentAsync(connection, transaction, establishmentId, cancellationToken).ConfigureAwait(false);
        if (establishment is null)
        {
            return null;
        }

        var contacts = await ReadContactsAsync(connection, transaction, StoreCommands.OwnedByEstablishment("@id"), establishmentId, cancellationToken).ConfigureAwait(false);
        var fields = await ReadPairsAsync(connection, transaction, "SELECT internal_organization_id, code FROM internal_organization_activity_field WHERE establishment_id = @id ORDER BY code", establishmentId, cancellationToken).ConfigureAwait(false);
        var services = await ReadPairsAsync(connection, transaction, """
            SELECT u.internal_organization_id, s.code FROM ue_service u
            JOIN service s ON s.establishment_id = u.establishment_id AND s.entity_id = u.service_entity_id
            WHERE u.establishment_id = @id ORDER BY s.code
            """, establishmentId, cancellationToken).ConfigureAwait(false);
        var devices = await ReadPairsAsync(connection, transaction, """
            SELECT u.internal_organization_id, d.code FROM ue_device u
            JOIN device d ON d.establishment_id = u.establishment_id AND d.entity_id = u.device_entity_id
            WHERE u.establishment_id = @id ORDER BY d.code
            """, establishmentId, cancellationToken).ConfigureAwait(false);
        var capacities = await ReadCapacitiesAsync(connection, transaction, establishmentId, cancellationToken).ConfigureAwait(false);

        var units = new List<StoredInternalOrganization>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {InternalOrganizationColumns} FROM internal_organization WHERE establishment_id = @id ORDER BY coalesce(level, 0), id";
            command.Parameters.AddWithValue("@id", establishmentId);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var unit = ReadInternalOrganization(reader);
                if (unit.IsSensitive && !StoredDataFilter.SeesSensitiveUnits(profile))
                {
                    continue;
                }

                var unitFields = Lookup(fields, unit.Id);
                var medicoSocial = StoredDataFilter.IsMedicoSocial(unitFields);
                units.Add(unit with
                {
                    ActivityFields = unitFields,
                    ActivityCodes = Lookup(services, unit.Id),
                    EquipmentCodes = StoredDataFilter.SeesEquipment(profile, medicoSocial) ? Lookup(devices, unit.Id) : [],
                    Capacities = StoredDataFilter.Capacities(Lookup(capacities, unit.Id), profile),
                    Contacts = StoredDataFilter.Contacts(Lookup(contacts, ("internal_organization", unit.Id)), profile, medicoSocial),
                });
            }
        }

        var establishmentMedicoSocial = fields.Values.Any(f => StoredDataFilter.IsMedicoSocial(f));
        StoredLegalEntity? legalEntity = null;
        if (establishment.LegalEntityId is { } legalEntityId)
        {
            legalEntity = await ReadLegalEntityAsync(connection, transaction, legalEntityId, cancellationToken).ConfigureAwait(false);
            if (legalEntity is not null)
            {
                var legalContacts = await ReadContactsAsync(connection, transaction, "owner_kind = 'legal_entity' AND owner_id = @id", legalEntityId, cancellationToken).ConfigureAwait(false);
                legalEntity = legalEntity with
                {
                    Contacts = StoredDataFilter.Contacts(Lookup(legalContacts, ("legal_entity", legalEntityId)), profile, establishmentMedicoSocial),
                };
            }
        }

        return new StoredEstablishmentTree
        {
            LegalEntity = legalEntity,
            Establishment = establishment with
            {
                Contacts = StoredDataFilter.Contacts(Lookup(contacts, ("establishment", establishmentId)), profile, establishmentMedicoSocial),
            },
            InternalOrganizations = [.. units],
        };
    }

    /// <inheritdoc />
    /// <remarks>Units come with their fields and activity codes; use <see cref="GetEstablishmentTreeAsync"/> for contacts and capacities.</remarks>
    public async Task<IReadOnlyList<StoredInternalOrganization>> FindElementaryUnitsAsync(ElementaryUnitQuery query, RorAccessProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenRead();
        using var command = connection.CreateCommand();
        var columns = string.Join(", ", InternalOrganizationColumns.Split(", ").Select(c => "u." + c));
        command.CommandText = $"""
            SELECT {columns},
                (SELECT group_concat(code, ' ') FROM (SELECT s.code FROM ue_service x JOIN service s ON s.establishment_id = x.establishment_id AND s.entity_id = x.service_entity_id
                 WHERE x.internal_organization_id = u.id ORDER BY s.code))
            FROM elementary_unit u JOIN establishment e ON e.id = u.establishment_id
            WHERE (@field IS NULL OR u.activity_field = @field)
              AND (@department IS NULL OR u.department = @department)
              AND (@careMode IS NULL OR u.care_mode = @careMode)
              AND (@includeClosed = 1 OR ((e.closing_date IS NULL OR e.closing_date > @today) AND (u.closing_date IS NULL OR u.closing_date > @today)))
              AND (@sensitive = 1 OR u.sensitive_unit = 0)
            ORDER BY u.id
            LIMIT @limit
            """;
        command.Parameters.AddWithValue("@field", (object?)query.ActivityField ?? DBNull.Value);
        command.Parameters.AddWithValue("@department", (object?)query.Department ?? DBNull.Value);
        command.Parameters.AddWithValue("@careMode", (object?)query.CareMode ?? DBNull.Value);
        command.Parameters.AddWithValue("@includeClosed", query.IncludeClosed ? 1 : 0);
        command.Parameters.AddWithValue("@today", EntityRowWriter.Format(DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime)));
        command.Parameters.AddWithValue("@sensitive", StoredDataFilter.SeesSensitiveUnits(profile) ? 1 : 0);
        command.Parameters.AddWithValue("@limit", query.Limit);
        var units = new List<StoredInternalOrganization>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var activityOrdinal = InternalOrganizationColumns.Split(", ").Length;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var unit = ReadInternalOrganization(reader);
            var codes = reader.IsDBNull(activityOrdinal) ? [] : reader.GetString(activityOrdinal).Split(' ');
            units.Add(unit with
            {
                ActivityFields = unit.ActivityFields,
                ActivityCodes = [.. codes],
            });
        }

        return units;
    }

    /// <inheritdoc />
    public async Task<RorStoreCounts> GetCountsAsync(CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenRead();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM legal_entity), (SELECT count(*) FROM establishment), (SELECT count(*) FROM internal_organization),
                   (SELECT count(*) FROM elementary_unit), (SELECT count(*) FROM service), (SELECT count(*) FROM device),
                   (SELECT count(*) FROM provider), (SELECT count(*) FROM sync_retry)
            """;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new RorStoreCounts
        {
            LegalEntities = reader.GetInt64(0),
            Establishments = reader.GetInt64(1),
            InternalOrganizations = reader.GetInt64(2),
            ElementaryUnits = reader.GetInt64(3),
            Services = reader.GetInt64(4),
            Devices = reader.GetInt64(5),
            Providers = reader.GetInt64(6),
            PendingRetries = reader.GetInt64(7),
        };
    }

    private const string InternalOrganizationColumns =
        "id, entity_id, establishment_id, parent_id, level, name, activity_field, care_mode, minimum_age, maximum_age, sensitive_unit, department, closing_date";

    private static StoredInternalOrganization ReadInternalOrganization(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        EntityId = reader.GetString(1),
        EstablishmentId = reader.GetString(2),
        ParentId = reader.IsDBNull(3) ? null : reader.GetString(3),
        Level = reader.IsDBNull(4) ? null : reader.GetInt32(4),
        Name = reader.GetString(5),
        ActivityFields = reader.IsDBNull(6) ? [] : [reader.GetString(6)],
        CareMode = reader.IsDBNull(7) ? null : reader.GetString(7),
        MinimumAge = reader.IsDBNull(8) ? null : reader.GetInt32(8),
        MaximumAge = reader.IsDBNull(9) ? null : reader.GetInt32(9),
        IsSensitive = reader.GetInt64(10) != 0,
        Department = reader.IsDBNull(11) ? null : reader.GetString(11),
        ClosingDate = reader.IsDBNull(12) ? null : ParseDate(reader.GetString(12)),
    };

    private static async Task<StoredEstablishment?> ReadEstablishmentAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT id, entity_id, legal_entity_id, name, category_code, use_name, department, creation_date, closing_date, updated, obtained_under_profile
            FROM establishment WHERE id = @id
            """;
        command.Parameters.AddWithValue("@id", id);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredEstablishment
        {
            Id = reader.GetString(0),
            EntityId = reader.GetString(1),
            LegalEntityId = reader.IsDBNull(2) ? null : reader.GetString(2),
            Name = reader.GetString(3),
            CategoryCode = reader.IsDBNull(4) ? null : reader.GetString(4),
            UseName = reader.IsDBNull(5) ? null : reader.GetString(5),
            Department = reader.IsDBNull(6) ? null : reader.GetString(6),
            CreationDate = reader.IsDBNull(7) ? null : ParseDate(reader.GetString(7)),
            ClosingDate = reader.IsDBNull(8) ? null : ParseDate(reader.GetString(8)),
            Updated = reader.IsDBNull(9) ? null : ParseTime(reader.GetString(9)),
            ObtainedUnder = ParseProfile(reader.GetInt64(10)),
        };
    }

    private static async Task<StoredLegalEntity?> ReadLegalEntityAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, entity_id, name, legal_status_code FROM legal_entity WHERE id = @id";
        command.Parameters.AddWithValue("@id", id);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredLegalEntity
        {
            Id = reader.GetString(0),
            EntityId = reader.GetString(1),
            Name = reader.GetString(2),
            LegalStatusCode = reader.IsDBNull(3) ? null : reader.GetString(3),
        };
    }

    private static async Task<Dictionary<(string Kind, string Owner), List<StoredContact>>> ReadContactsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string where, string id, CancellationToken cancellationToken)
    {
        var points = new Dictionary<(string, string, long), List<StoredContactPoint>>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT owner_kind, owner_id, contact_ordinal, channel_code, value, purpose, confidentiality_level FROM contact_point WHERE {where} ORDER BY owner_id, owner_kind, contact_ordinal, ordinal";
            command.Parameters.AddWithValue("@id", id);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
                if (!points.TryGetValue(key, out var list))
                {
                    points[key] = list = [];
                }

                list.Add(new StoredContactPoint
                {
                    ChannelCode = reader.GetString(3),
                    Value = reader.IsDBNull(4) ? null : reader.GetString(4),
                    Purpose = reader.IsDBNull(5) ? null : reader.GetString(5),
                    ConfidentialityLevel = reader.GetInt32(6),
                });
            }
        }

        var contacts = new Dictionary<(string, string), List<StoredContact>>();
        void Add((string, string) owner, StoredContact contact)
        {
            if (!contacts.TryGetValue(owner, out var list))
            {
                contacts[owner] = list = [];
            }

            list.Add(contact);
        }

        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT owner_kind, owner_id, ordinal, name, function_code, nature_code, description, confidentiality_level FROM contact WHERE {where} ORDER BY owner_id, owner_kind, ordinal";
            command.Parameters.AddWithValue("@id", id);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var owner = (reader.GetString(0), reader.GetString(1));
                var ordinal = reader.GetInt64(2);
                Add(owner, new StoredContact
                {
                    Ordinal = (int)ordinal,
                    Name = reader.IsDBNull(3) ? null : reader.GetString(3),
                    FunctionCode = reader.IsDBNull(4) ? null : reader.GetString(4),
                    NatureCode = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Description = reader.IsDBNull(6) ? null : reader.GetString(6),
                    ConfidentialityLevel = reader.GetInt32(7),
                    ContactPoints = points.TryGetValue((owner.Item1, owner.Item2, ordinal), out var list) ? [.. list] : [],
                });
            }
        }

        // Telecoms outside any contact (MSS mailboxes) form contact 0.
        foreach (var ((kind, owner, ordinal), list) in points.Where(p => p.Key.Item3 == 0))
        {
            var existing = contacts.TryGetValue((kind, owner), out var found) ? found : null;
            var direct = new StoredContact { Ordinal = 0, ConfidentialityLevel = 1, ContactPoints = [.. list] };
            if (existing is null)
            {
                contacts[(kind, owner)] = [direct];
            }
            else
            {
                existing.Insert(0, direct);
            }
        }

        return contacts;
    }

    private static async Task<Dictionary<string, List<string>>> ReadPairsAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string id, CancellationToken cancellationToken)
    {
        var pairs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", id);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            if (!pairs.TryGetValue(key, out var list))
            {
                pairs[key] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return pairs;
    }

    private static async Task<Dictionary<string, List<StoredCapacity>>> ReadCapacitiesAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var capacities = new Dictionary<string, List<StoredCapacity>>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT internal_organization_id, kind, type_code, total, available, updated FROM capacity WHERE establishment_id = @id ORDER BY internal_organization_id, kind, ordinal";
        command.Parameters.AddWithValue("@id", id);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            if (!capacities.TryGetValue(key, out var list))
            {
                capacities[key] = list = [];
            }

            list.Add(new StoredCapacity
            {
                Kind = reader.GetString(1),
                TypeCode = reader.IsDBNull(2) ? null : reader.GetString(2),
                Total = reader.IsDBNull(3) ? null : reader.GetInt32(3),
                Available = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                Updated = reader.IsDBNull(5) ? null : ParseTime(reader.GetString(5)),
            });
        }

        return capacities;
    }

    private static EquatableList<T> Lookup<TKey, T>(Dictionary<TKey, List<T>> map, TKey key)
        where TKey : notnull =>
        map.TryGetValue(key, out var list) ? [.. list] : [];
}
