using System.Globalization;
using Microsoft.Data.Sqlite;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// Turns CSD entities into rows, with statements prepared once per connection. The same code stores a
/// Lecture EG answer and an extraction, so both give the same rows.
/// </summary>
/// <remarks>
/// Entities arrive in directory order (organisations, services, facilities, providers, devices).
/// Services and devices do not know their establishment: they go to temporary staging tables and
/// <see cref="Finalize(SqliteConnection, SqliteTransaction, string?)"/> copies them to every establishment whose units reference them. Parent OIs are
/// resolved in SQL too, so a child may come before its parent.
/// </remarks>
internal sealed class EntityRowWriter : IDisposable
{
    private const string LegalEntityOwner = "legal_entity";
    private const string EstablishmentOwner = "establishment";
    private const string InternalOrganizationOwner = "internal_organization";

    private readonly SqliteConnection? _connection;
    private readonly IRowStatement _insertLegalEntity;
    private readonly IRowStatement _insertEstablishment;
    private readonly IRowStatement _insertInternalOrganization;
    private readonly BatchedInsert _insertActivityField;
    private readonly BatchedInsert _insertLocation;
    private readonly BatchedInsert _insertContact;
    private readonly BatchedInsert _insertContactPoint;
    private readonly BatchedInsert _insertCapacity;
    private readonly BatchedInsert _insertUnitService;
    private readonly BatchedInsert _insertUnitDevice;
    private readonly IRowStatement _stageService;
    private readonly IRowStatement _stageDevice;
    private readonly IRowStatement _insertProvider;
    private readonly BatchedInsert _insertProviderLink;
    private readonly IRowStatement _deleteOwnedContacts;
    private readonly IRowStatement _deleteOwnedContactPoints;
    private readonly IRowStatement _deleteOwnedLocation;
    private readonly IRowStatement _notePendingInternalOrganization;

    private readonly BatchedInsert[] _batched;
    private readonly List<string> _activityFields = [];
    private readonly List<(string Establishment, string Target)> _providerLinks = [];
    private readonly bool _keepRawCsd;

    // Made on first use: a writer given each entity's raw CSD (an extraction import) never writes one itself.
    private RawCsdWriter? _raw;

    /// <summary>Prepares the statements on <paramref name="connection"/>.</summary>
    /// <param name="connection">The open write connection.</param>
    /// <param name="keepRawCsd">Whether each entity's CSD XML is stored in its row's <c>raw_csd</c> column.</param>
    /// <param name="rowsPerStatement">
    /// Child rows (contacts, contact points, locations, capacities, activity fields, links) written per statement.
    /// Above 1, they are buffered across entities: call <see cref="Flush"/> before the transaction commits.
    /// </param>
    public EntityRowWriter(SqliteConnection connection, bool keepRawCsd, int rowsPerStatement = 1)
        : this(new ConnectionStatementFactory(connection), connection, keepRawCsd, rowsPerStatement)
    {
    }

    /// <summary>
    /// A writer whose statements are recorded by <paramref name="recorder"/>, to be replayed on the connection by another
    /// thread (<see cref="RowReplayer"/>, on a connection where <see cref="CreateStagingTables"/> made the staging tables).
    /// It does not finalise: <see cref="Finalize(SqliteConnection, SqliteTransaction, string?)"/> does, on that connection.
    /// </summary>
    /// <param name="recorder">The recorder.</param>
    /// <param name="keepRawCsd">Whether each entity's CSD XML is stored in its row's <c>raw_csd</c> column.</param>
    /// <param name="rowsPerStatement">Child rows written per statement (see the other constructor).</param>
    public EntityRowWriter(RowRecorder recorder, bool keepRawCsd, int rowsPerStatement)
        : this(recorder, connection: null, keepRawCsd, rowsPerStatement)
    {
    }

    private EntityRowWriter(IRowStatementFactory statements, SqliteConnection? connection, bool keepRawCsd, int rowsPerStatement)
    {
        _connection = connection;
        if (connection is not null)
        {
            CreateStagingTables(connection);
        }

        _keepRawCsd = keepRawCsd;

        _insertLegalEntity = statements.Prepare("INSERT OR REPLACE INTO legal_entity (id, entity_id, name, legal_status_code, created, updated, status, raw_csd) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)", 8);
        _insertEstablishment = statements.Prepare("""
            INSERT OR REPLACE INTO establishment (id, legal_entity_id, legal_entity_entity_id, entity_id, name, category_code, use_name,
                creation_date, closing_date, department, created, updated, status, obtained_under_profile, raw_csd)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14)
            """, 15);
        _insertInternalOrganization = statements.Prepare("""
            INSERT OR REPLACE INTO internal_organization (id, establishment_id, entity_id, parent_id, parent_entity_id, level, name, activity_field, care_mode,
                minimum_age, maximum_age, sensitive_unit, creation_date, closing_date, department, created, updated, status, raw_csd)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18)
            """, 19);
        _insertActivityField = new(statements, "INSERT OR IGNORE INTO internal_organization_activity_field (internal_organization_id, code, establishment_id)", 3, rowsPerStatement);
        _insertLocation = new(statements, """
            INSERT OR REPLACE INTO location (owner_kind, owner_id, establishment_id, name, post_code, city_name, city_code, department, latitude, longitude)
            """, 10, rowsPerStatement);
        _insertContact = new(statements, """
            INSERT OR REPLACE INTO contact (owner_kind, owner_id, ordinal, establishment_id, name, function_code, nature_code, description, confidentiality_level)
            """, 9, rowsPerStatement);
        _insertContactPoint = new(statements, """
            INSERT OR REPLACE INTO contact_point (owner_kind, owner_id, contact_ordinal, ordinal, establishment_id, channel_code, value, purpose, confidentiality_level)
            """, 9, rowsPerStatement);
        _insertCapacity = new(statements, """
            INSERT OR REPLACE INTO capacity (internal_organization_id, kind, ordinal, establishment_id, type_code, total, available, updated)
            """, 8, rowsPerStatement);
        _insertUnitService = new(statements, "INSERT OR IGNORE INTO ue_service (internal_organization_id, service_entity_id, establishment_id)", 3, rowsPerStatement);
        _insertUnitDevice = new(statements, "INSERT OR IGNORE INTO ue_device (internal_organization_id, device_entity_id, establishment_id)", 3, rowsPerStatement);
        _stageService = statements.Prepare("INSERT OR REPLACE INTO staging_service (entity_id, code, coding_scheme, label, raw_csd) VALUES (@p0, @p1, @p2, @p3, @p4)", 5);
        _stageDevice = statements.Prepare("INSERT OR REPLACE INTO staging_device (entity_id, code, coding_scheme, units_in_service, raw_csd) VALUES (@p0, @p1, @p2, @p3, @p4)", 5);
        _insertProvider = statements.Prepare("""
            INSERT OR REPLACE INTO provider (establishment_id, id, entity_id, profession_code, specialty_code, forename, surname, raw_csd)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
            """, 8);
        _insertProviderLink = new(statements, "INSERT OR IGNORE INTO provider_link (establishment_id, provider_id, internal_organization_id)", 3, rowsPerStatement);
        _deleteOwnedContacts = statements.Prepare("DELETE FROM contact WHERE owner_kind = @p0 AND owner_id = @p1", 2);
        _deleteOwnedContactPoints = statements.Prepare("DELETE FROM contact_point WHERE owner_kind = @p0 AND owner_id = @p1", 2);
        _deleteOwnedLocation = statements.Prepare("DELETE FROM location WHERE owner_kind = @p0 AND owner_id = @p1", 2);
        _notePendingInternalOrganization = statements.Prepare("INSERT OR IGNORE INTO pending_internal_organization (id) VALUES (@p0)", 1);
        _batched = [_insertActivityField, _insertLocation, _insertContact, _insertContactPoint, _insertCapacity, _insertUnitService, _insertUnitDevice, _insertProviderLink];
    }

    /// <summary>Writes the child rows still buffered (see the <c>rowsPerStatement</c> of the constructor).</summary>
    public void Flush(SqliteTransaction? transaction)
    {
        foreach (var insert in _batched)
        {
            insert.Flush(transaction);
        }
    }

    /// <summary>Whether the rows keep each entity's CSD XML (<c>raw_csd</c>).</summary>
    public bool KeepsRawCsd => _keepRawCsd;

    /// <summary>Writes one entity of any directory, serialising its raw CSD when kept.</summary>
    public void Write(SqliteTransaction? transaction, CsdEntity entity, RowWriteContext context) =>
        Write(transaction, entity, _keepRawCsd ? new ReadOnlyMemory<byte>((_raw ??= new RawCsdWriter()).Write(entity)) : null, context);

    /// <summary>
    /// Writes one entity of any directory with its raw CSD already serialised (by <see cref="RawCsdWriter"/>, on
    /// another thread during an extraction import); <paramref name="raw"/> is ignored when raw CSD is not kept.
    /// </summary>
    public void Write(SqliteTransaction? transaction, CsdEntity entity, ReadOnlyMemory<byte>? raw, RowWriteContext context)
    {
        raw = _keepRawCsd ? raw : null;

        // A row left half-built by a failed write (whose transaction was rolled back) must not join the next one.
        foreach (var insert in _batched)
        {
            insert.DiscardPartialRow();
        }

        switch (entity)
        {
            case Organization organization:
                WriteOrganization(transaction, organization, raw, context);
                break;
            case Service service:
                _stageService.Text(service.EntityId).Text(service.Code.Code).Text(service.Code.CodingScheme).Text(service.Code.Label).Blob(raw).Run(transaction);
                break;
            case Facility facility:
                WriteFacility(transaction, facility, raw, context);
                break;
            case Provider provider:
                WriteProvider(transaction, provider, raw, context);
                break;
            case Device device:
                _stageDevice.Text(device.EntityId).Text(device.Code.Code).Text(device.Code.CodingScheme).Integer(device.Extension?.UnitsInService).Blob(raw).Run(transaction);
                break;
            default:
                throw new ArgumentException($"'{entity.GetType().Name}' is not an entity of a CSD directory.", nameof(entity));
        }

        context.Entities++;
    }

    /// <summary>Writes a whole document in directory order.</summary>
    public void WriteDocument(SqliteTransaction? transaction, CsdDocument document, RowWriteContext context)
    {
        // Legal entities first, so that establishments find their EJ in the map.
        foreach (var organization in document.Organizations.Where(o => o.Parent is null))
        {
            Write(transaction, organization, context);
        }

        foreach (var organization in document.Organizations.Where(o => o.Parent is not null))
        {
            Write(transaction, organization, context);
        }

        foreach (var service in document.Services)
        {
            Write(transaction, service, context);
        }

        foreach (var facility in document.Facilities)
        {
            Write(transaction, facility, context);
        }

        foreach (var provider in document.Providers)
        {
            Write(transaction, provider, context);
        }

        foreach (var device in document.Devices)
        {
            Write(transaction, device, context);
        }
    }

    /// <summary>
    /// Creates the temporary tables where services and devices wait for <see cref="Finalize(SqliteConnection, SqliteTransaction, string?)"/>,
    /// and where the keys of the rows it must complete are noted (on a connection whose rows are written by a recording
    /// writer; a writer bound to a connection creates them itself).
    /// </summary>
    /// <param name="connection">The open write connection.</param>
    public static void CreateStagingTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TEMP TABLE IF NOT EXISTS staging_service (entity_id TEXT PRIMARY KEY, code TEXT NOT NULL, coding_scheme TEXT NOT NULL, label TEXT, raw_csd BLOB) WITHOUT ROWID;
            CREATE TEMP TABLE IF NOT EXISTS staging_device (entity_id TEXT PRIMARY KEY, code TEXT NOT NULL, coding_scheme TEXT NOT NULL, units_in_service INTEGER, raw_csd BLOB) WITHOUT ROWID;
            CREATE TEMP TABLE IF NOT EXISTS pending_internal_organization (id TEXT PRIMARY KEY) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Writes the rows still buffered, then resolves what needs the whole document (see
    /// <see cref="Finalize(SqliteConnection, SqliteTransaction, string?)"/>).
    /// </summary>
    /// <param name="transaction">The open transaction.</param>
    /// <param name="establishment">The establishment to finalise, or null for all (extraction).</param>
    public void Finalize(SqliteTransaction? transaction, string? establishment)
    {
        if (_connection is null)
        {
            throw new InvalidOperationException("A recording writer cannot finalise: its rows are finalised on the connection they are replayed on.");
        }

        ArgumentNullException.ThrowIfNull(transaction);

        Flush(transaction);
        Finalize(_connection, transaction, establishment);
    }

    /// <summary>
    /// Resolves what needs the whole document: EJ of establishments seen before their EJ, parent OIs,
    /// inherited départements, and the services and devices of each establishment; then empties staging.
    /// </summary>
    /// <remarks>
    /// For a whole extraction, only the OIs the writer noted as incomplete are looked at (through their key), instead of
    /// every OI: at national scale that table holds a gigabyte of raw CSD, and each scan reads it all. (The establishments
    /// without their EJ are found through the index on <c>legal_entity_id</c>.)
    /// </remarks>
    /// <param name="connection">The open write connection.</param>
    /// <param name="transaction">The open transaction.</param>
    /// <param name="establishment">The establishment to finalise, or null for all (extraction).</param>
    public static void Finalize(SqliteConnection connection, SqliteTransaction transaction, string? establishment)
    {
        var scope = establishment is null ? string.Empty : " AND establishment_id = @scope";
        var rows = establishment is null ? " AND id IN (SELECT id FROM temp.pending_internal_organization)" : scope;
        var script = $"""
            UPDATE internal_organization SET parent_id = (
                SELECT p.id FROM internal_organization p
                WHERE p.entity_id = internal_organization.parent_entity_id AND p.establishment_id = internal_organization.establishment_id)
            WHERE parent_entity_id IS NOT NULL AND parent_id IS NULL{rows};
            UPDATE internal_organization SET department = (
                SELECT e.department FROM establishment e WHERE e.id = internal_organization.establishment_id)
            WHERE department IS NULL{rows};
            INSERT OR REPLACE INTO service (establishment_id, entity_id, code, coding_scheme, label, raw_csd)
                SELECT u.establishment_id, s.entity_id, s.code, s.coding_scheme, s.label, s.raw_csd
                FROM (SELECT DISTINCT establishment_id, service_entity_id FROM ue_service WHERE 1 = 1{scope}) u
                JOIN staging_service s ON s.entity_id = u.service_entity_id;
            INSERT OR REPLACE INTO device (establishment_id, entity_id, code, coding_scheme, units_in_service, raw_csd)
                SELECT u.establishment_id, d.entity_id, d.code, d.coding_scheme, d.units_in_service, d.raw_csd
                FROM (SELECT DISTINCT establishment_id, device_entity_id FROM ue_device WHERE 1 = 1{scope}) u
                JOIN staging_device d ON d.entity_id = u.device_entity_id;
            DELETE FROM staging_service;
            DELETE FROM staging_device;
            DELETE FROM pending_internal_organization;
            """;
        if (establishment is null)
        {
            // Only an extraction can list an establishment before its EJ; all its entityIDs come from one document.
            script = """
                UPDATE establishment SET legal_entity_id = (
                    SELECT l.id FROM legal_entity l WHERE l.entity_id = establishment.legal_entity_entity_id)
                WHERE legal_entity_id IS NULL AND legal_entity_entity_id IS NOT NULL;
                """ + script;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = script;
        if (establishment is not null)
        {
            command.Parameters.AddWithValue("@scope", establishment);
        }

        command.ExecuteNonQuery();
    }

    private void WriteOrganization(SqliteTransaction? transaction, Organization organization, ReadOnlyMemory<byte>? raw, RowWriteContext context)
    {
        var key = RorKeys.ForOrganization(organization);
        var extensions = organization.Extensions.AsSpan();

        // The first value given by any extension (an organisation usually has one).
        Location? location = null;
        string? useName = null;
        DateOnly? creationDate = null;
        DateOnly? closingDate = null;
        foreach (var extension in extensions)
        {
            location ??= extension.Location;
            useName ??= extension.UseName;
            creationDate ??= extension.CreationDate;
            closingDate ??= extension.ClosingDate;
        }

        if (organization.Parent is null)
        {
            context.LegalEntities[organization.EntityId] = key;
            _insertLegalEntity
                .Text(key)
                .Text(organization.EntityId)
                .Text(organization.PrimaryName)
                .Text(CodeOf(organization.Codes, RorCodeSystems.LegalStatus))
                .Text(Format(organization.Record.Created))
                .Text(Format(organization.Record.Updated))
                .Text(organization.Record.Status)
                .Blob(raw)
                .Run(transaction);
            // An EJ is shared by its establishments: its rows replace the ones stored with it before. Into an empty
            // store, there are none unless the same EJ came earlier in this document.
            if (!context.IntoEmptyStore || !context.WrittenLegalEntities.Add(key))
            {
                _insertContact.Flush(transaction);
                _insertContactPoint.Flush(transaction);
                _insertLocation.Flush(transaction);
                _deleteOwnedContacts.Text(LegalEntityOwner).Text(key).Run(transaction);
                _deleteOwnedContactPoints.Text(LegalEntityOwner).Text(key).Run(transaction);
                _deleteOwnedLocation.Text(LegalEntityOwner).Text(key).Run(transaction);
            }

            WriteLocation(transaction, LegalEntityOwner, key, null, location, PostCodeOf(organization.Addresses));
            var legalEntityContacts = 0;
            foreach (var extension in extensions)
            {
                legalEntityContacts = WriteContacts(transaction, LegalEntityOwner, key, null, extension.Contacts, legalEntityContacts);
            }

            return;
        }

        context.Establishments[organization.EntityId] = key;
        context.LegalEntities.TryGetValue(organization.Parent.EntityId, out var legalEntity);
        var department = WriteLocation(transaction, EstablishmentOwner, key, key, location, PostCodeOf(organization.Addresses));
        context.EstablishmentDepartments[key] = department;
        _insertEstablishment
            .Text(key)
            .Text(legalEntity)
            .Text(organization.Parent.EntityId)
            .Text(organization.EntityId)
            .Text(organization.PrimaryName)
            .Text(CodeOf(organization.Codes, RorCodeSystems.EstablishmentCategory))
            .Text(useName)
            .Text(Format(creationDate))
            .Text(Format(closingDate))
            .Text(department)
            .Text(Format(organization.Record.Created))
            .Text(Format(organization.Record.Updated))
            .Text(organization.Record.Status)
            .Integer(context.ObtainedUnderProfile)
            .Blob(raw)
            .Run(transaction);
        var contacts = 0;
        foreach (var extension in extensions)
        {
            contacts = WriteContacts(transaction, EstablishmentOwner, key, key, extension.Contacts, contacts);
        }
    }

    private void WriteFacility(SqliteTransaction? transaction, Facility facility, ReadOnlyMemory<byte>? raw, RowWriteContext context)
    {
        string? establishment = null;
        foreach (var link in facility.Organizations.AsSpan())
        {
            if (context.Establishments.TryGetValue(link.EntityId, out var found))
            {
                establishment = found;
                break;
            }
        }

        establishment ??= context.SingleEstablishment;
        if (establishment is null)
        {
            context.OrphanFacilities++;
            return;
        }

        var key = RorKeys.ForFacility(facility);
        context.Facilities[facility.EntityId] = (key, establishment);
        var extensions = facility.Extensions.AsSpan();
        var main = extensions.Length > 0 ? extensions[0] : null;

        // Activity fields: the distinct non-empty codes, in document order. The other values: the first one given.
        var activityFields = _activityFields;
        activityFields.Clear();
        Location? location = null;
        string? parentEntityId = null;
        DateOnly? creationDate = null;
        DateOnly? closingDate = null;
        var sensitive = false;
        foreach (var extension in extensions)
        {
            foreach (var type in extension.ActivityTypes.AsSpan())
            {
                if (!string.IsNullOrEmpty(type.Code) && !activityFields.Contains(type.Code))
                {
                    activityFields.Add(type.Code);
                }
            }

            location ??= extension.Location;
            parentEntityId ??= extension.ParentFacility?.EntityId;
            creationDate ??= extension.CreationDate;
            closingDate ??= extension.FinalClosingDate;
            sensitive |= extension.IsSensitiveUnit;
        }

        var department = WriteLocation(transaction, InternalOrganizationOwner, key, establishment, location, PostCodeOf(facility.Addresses));

        // An OI without a département inherits its establishment's (Finalize does it for an establishment not seen yet).
        if (department is null && context.EstablishmentDepartments.TryGetValue(establishment, out var inherited))
        {
            department = inherited;
        }

        // The parent OI is resolved here when it came first (Finalize resolves the others).
        string? parentId = null;
        if (parentEntityId is not null && context.Facilities.TryGetValue(parentEntityId, out var parent) && parent.Establishment == establishment)
        {
            parentId = parent.InternalOrganization;
        }

        if (context.SingleEstablishment is null && (department is null || (parentId is null && parentEntityId is not null)))
        {
            // Its département or its parent OI comes later in the document (or not at all): Finalize looks for them then.
            // Only a whole document's finalisation reads these notes; one establishment's goes through its own rows.
            _notePendingInternalOrganization.Text(key).Run(transaction);
        }

        var careMode = main?.CareMode.Code;
        _insertInternalOrganization
            .Text(key)
            .Text(establishment)
            .Text(facility.EntityId)
            .Text(parentId)
            .Text(parentEntityId)
            .Integer(RorKeys.LevelOf(facility))
            .Text(facility.PrimaryName)
            .Text(activityFields.Count > 0 ? activityFields[0] : null)
            .Text(string.IsNullOrEmpty(careMode) ? null : careMode)
            .Integer(main?.PatientType.MinimumAge.Value)
            .Integer(main?.PatientType.MaximumAge.Value)
            .Flag(sensitive)
            .Text(Format(creationDate))
            .Text(Format(closingDate))
            .Text(department)
            .Text(Format(facility.Record.Created))
            .Text(Format(facility.Record.Updated))
            .Text(facility.Record.Status)
            .Blob(raw)
            .Run(transaction);
        foreach (var field in activityFields)
        {
            _insertActivityField.Text(key).Text(field).Text(establishment).EndRow(transaction);
        }

        var contacts = 0;
        foreach (var extension in extensions)
        {
            contacts = WriteContacts(transaction, InternalOrganizationOwner, key, establishment, extension.Contacts, contacts);
        }

        // Contact points outside a contact (MSS mailboxes) hang on contact 0, numbered across the extensions.
        var mailBoxes = 0;
        foreach (var extension in extensions)
        {
            foreach (var mailBox in extension.MailBoxes.AsSpan())
            {
                if (mailBox.ContactPoint is { } point)
                {
                    WriteContactPoint(transaction, InternalOrganizationOwner, key, establishment, 0, mailBoxes++, 1, point);
                }
            }
        }

        WriteCapacities(transaction, key, establishment, extensions);
        foreach (var link in facility.Organizations.AsSpan())
        {
            foreach (var service in link.Services.AsSpan())
            {
                _insertUnitService.Text(key).Text(service.EntityId).Text(establishment).EndRow(transaction);
            }
        }

        foreach (var extension in extensions)
        {
            foreach (var equipment in extension.Equipment.AsSpan())
            {
                _insertUnitDevice.Text(key).Text(equipment.EntityId).Text(establishment).EndRow(transaction);
            }
        }
    }

    private void WriteCapacities(SqliteTransaction? transaction, string unit, string establishment, ReadOnlySpan<FacilityExtension> extensions)
    {
        AccommodationCapacity? accommodation = null;
        CrisisAccommodationCapacity? crisisCapacity = null;
        foreach (var extension in extensions)
        {
            accommodation ??= extension.AccommodationCapacity;
            crisisCapacity ??= extension.CrisisAccommodationCapacity;
        }

        if (accommodation?.Beds is { } beds)
        {
            InsertCapacity(transaction, unit, "beds", 0, establishment, null, beds.Total, beds.Available, Format(beds.UpdateDate));
        }

        if (accommodation?.Places is { } places)
        {
            InsertCapacity(transaction, unit, "places", 0, establishment, null, places.Total, places.Available, Format(places.UpdateDate));
        }

        if (crisisCapacity is { } crisis)
        {
            InsertCapacity(transaction, unit, "crisis_t0", 0, establishment, null, crisis.CapacityAtT0, null, Format(crisis.Record.Updated));
            InsertCapacity(transaction, unit, "crisis_t60", 0, establishment, null, crisis.CapacityAtT60, null, Format(crisis.Record.Updated));
        }

        var ordinal = 0;
        foreach (var extension in extensions)
        {
            foreach (var residential in extension.ResidentialCapacities.AsSpan())
            {
                InsertCapacity(transaction, unit, "residential", ordinal++, establishment, residential.ResidentialType.Code, residential.ResidentialNumber, null, Format(residential.Record.Updated));
            }
        }
    }

    private void InsertCapacity(SqliteTransaction? transaction, string unit, string kind, int ordinal, string establishment, string? type, long? total, long? available, string? updated) =>
        _insertCapacity.Text(unit).Text(kind).Integer(ordinal).Text(establishment).Text(type).Integer(total).Integer(available).Text(updated).EndRow(transaction);

    private void WriteProvider(SqliteTransaction? transaction, Provider provider, ReadOnlyMemory<byte>? raw, RowWriteContext context)
    {
        // One row per establishment the professional works in, so that replacing an establishment replaces its professionals.
        var links = _providerLinks;
        links.Clear();
        foreach (var facility in provider.Facilities.AsSpan())
        {
            if (context.Facilities.TryGetValue(facility.EntityId, out var unit))
            {
                links.Add((unit.Establishment, unit.InternalOrganization));
            }
        }

        foreach (var organization in provider.Organizations.AsSpan())
        {
            if (context.Establishments.TryGetValue(organization.EntityId, out var establishment))
            {
                links.Add((establishment, string.Empty));
            }
        }

        if (links.Count == 0)
        {
            context.OrphanProviders++;
            return;
        }

        var key = RorKeys.ForProvider(provider);
        var name = provider.Demographic.Names.Count > 0 ? provider.Demographic.Names[0] : null;
        for (var i = 0; i < links.Count; i++)
        {
            // Once per establishment, in the order of first appearance.
            var establishment = links[i].Establishment;
            if (SeenBefore(links, i))
            {
                continue;
            }

            _insertProvider
                .Text(establishment)
                .Text(key)
                .Text(provider.EntityId)
                .Text(provider.Codes.Count > 0 ? provider.Codes[0].Code : null)
                .Text(provider.Specialty?.Code)
                .Text(name?.Forename)
                .Text(name?.Surname)
                .Blob(raw)
                .Run(transaction);
        }

        foreach (var (establishment, target) in links)
        {
            _insertProviderLink.Text(establishment).Text(key).Text(target).EndRow(transaction);
        }
    }

    private string? WriteLocation(SqliteTransaction? transaction, string ownerKind, string owner, string? establishment, Location? location, string? fallbackPostCode)
    {
        if (location is null)
        {
            return RorKeys.DepartmentOf(null, fallbackPostCode);
        }

        AddressLine? line = null;
        foreach (var candidate in location.Address is { } address ? address.Lines.AsSpan() : default)
        {
            if (!string.IsNullOrEmpty(candidate.PostCode) || !string.IsNullOrEmpty(candidate.CityName))
            {
                line = candidate;
                break;
            }
        }

        var postCode = line?.PostCode ?? fallbackPostCode;
        var cityCode = string.IsNullOrEmpty(location.CityNumber.Code) ? null : location.CityNumber.Code;
        var department = RorKeys.DepartmentOf(cityCode, postCode);
        _insertLocation
            .Text(ownerKind)
            .Text(owner)
            .Text(establishment)
            .Text(location.Name)
            .Text(postCode)
            .Text(line?.CityName)
            .Text(cityCode)
            .Text(department)
            .Real((double?)location.GeoCoordinates?.Latitude)
            .Real((double?)location.GeoCoordinates?.Longitude)
            .EndRow(transaction);
        return department;
    }

    /// <summary>Writes contacts numbered after <paramref name="contactOrdinal"/> (from 1 in document order); returns the last number.</summary>
    private int WriteContacts(SqliteTransaction? transaction, string ownerKind, string owner, string? establishment, EquatableList<Contact> contacts, int contactOrdinal)
    {
        foreach (var contact in contacts.AsSpan())
        {
            contactOrdinal++;
            var level = RorKeys.ConfidentialityOf(contact.ConfidentialityLevel);
            _insertContact
                .Text(ownerKind)
                .Text(owner)
                .Integer(contactOrdinal)
                .Text(establishment)
                .Text(contact.Name)
                .Text(contact.Function?.Code)
                .Text(contact.Nature?.Code)
                .Text(contact.Description)
                .Integer(level)
                .EndRow(transaction);
            var ordinal = 0;
            foreach (var point in contact.ContactPoints.AsSpan())
            {
                WriteContactPoint(transaction, ownerKind, owner, establishment, contactOrdinal, ordinal++, level, point);
            }
        }

        return contactOrdinal;
    }

    private void WriteContactPoint(SqliteTransaction? transaction, string ownerKind, string owner, string? establishment, int contactOrdinal, int ordinal, int contactLevel, ContactPoint point)
    {
        // RG_EXP_034: a telecom is at least as confidential as its contact.
        var own = point.Extensions.Count > 0 ? RorKeys.ConfidentialityOf(point.Extensions[0].ConfidentialityLevel) : contactLevel;
        _insertContactPoint
            .Text(ownerKind)
            .Text(owner)
            .Integer(contactOrdinal)
            .Integer(ordinal)
            .Text(establishment)
            .Text(point.Channel.Code)
            .Text(point.Equipment)
            .Text(point.Purpose)
            .Integer(Math.Max(own, contactLevel))
            .EndRow(transaction);
    }

    private static bool SeenBefore(List<(string Establishment, string Target)> links, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(links[i].Establishment, links[index].Establishment, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? CodeOf(EquatableList<CodedType> codes, string preferredScheme)
    {
        foreach (var code in codes.AsSpan())
        {
            if (code.CodingScheme == preferredScheme)
            {
                return code.Code;
            }
        }

        return codes.Count > 0 ? codes[0].Code : null;
    }

    private static string? PostCodeOf(EquatableList<Address> addresses)
    {
        foreach (var address in addresses.AsSpan())
        {
            foreach (var line in address.Lines.AsSpan())
            {
                if (!string.IsNullOrEmpty(line.PostCode))
                {
                    return line.PostCode;
                }
            }
        }

        return null;
    }

    // The round-trip format of a UTC DateTime is exactly yyyy-MM-ddTHH:mm:ss.fffffffZ, and formats without parsing a pattern.
    internal static string? Format(DateTimeOffset? value) => value?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    internal static string? Format(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _raw?.Dispose();
        _insertLegalEntity.Dispose();
        _insertEstablishment.Dispose();
        _insertInternalOrganization.Dispose();
        _insertActivityField.Dispose();
        _insertLocation.Dispose();
        _insertContact.Dispose();
        _insertContactPoint.Dispose();
        _insertCapacity.Dispose();
        _insertUnitService.Dispose();
        _insertUnitDevice.Dispose();
        _stageService.Dispose();
        _stageDevice.Dispose();
        _insertProvider.Dispose();
        _insertProviderLink.Dispose();
        _deleteOwnedContacts.Dispose();
        _deleteOwnedContactPoints.Dispose();
        _deleteOwnedLocation.Dispose();
        _notePendingInternalOrganization.Dispose();
    }
}
