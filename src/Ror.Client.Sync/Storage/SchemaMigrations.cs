using Microsoft.Data.Sqlite;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// The ordered migration scripts of the SQLite schema. <c>PRAGMA user_version</c> holds the number of
/// scripts applied; opening a database applies the missing ones, each in its own transaction, so a
/// database is never left half-migrated and opening twice changes nothing. A new database gets the current
/// schema in one script (<see cref="CurrentSchema"/>).
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>The migration scripts; script <c>i</c> brings the schema from version <c>i</c> to <c>i + 1</c>. Append only.</summary>
    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        CREATE TABLE store_metadata (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE legal_entity (
            id TEXT PRIMARY KEY,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            legal_status_code TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            raw_csd BLOB
        ) WITHOUT ROWID;
        CREATE INDEX ix_legal_entity_entity_id ON legal_entity(entity_id);

        CREATE TABLE establishment (
            id TEXT PRIMARY KEY,
            legal_entity_id TEXT,
            legal_entity_entity_id TEXT,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            category_code TEXT,
            use_name TEXT,
            creation_date TEXT,
            closing_date TEXT,
            department TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            obtained_under_profile INTEGER NOT NULL,
            raw_csd BLOB
        ) WITHOUT ROWID;
        CREATE INDEX ix_establishment_legal_entity ON establishment(legal_entity_id);
        CREATE INDEX ix_establishment_department ON establishment(department);

        CREATE TABLE internal_organization (
            id TEXT PRIMARY KEY,
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            parent_id TEXT,
            parent_entity_id TEXT,
            level INTEGER,
            name TEXT NOT NULL,
            activity_field TEXT,
            care_mode TEXT,
            minimum_age INTEGER,
            maximum_age INTEGER,
            sensitive_unit INTEGER NOT NULL,
            creation_date TEXT,
            closing_date TEXT,
            department TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            raw_csd BLOB
        ) WITHOUT ROWID;
        CREATE INDEX ix_internal_organization_establishment ON internal_organization(establishment_id);
        CREATE INDEX ix_internal_organization_entity_id ON internal_organization(entity_id);
        CREATE INDEX ix_internal_organization_search ON internal_organization(level, activity_field, department);

        CREATE TABLE internal_organization_activity_field (
            internal_organization_id TEXT NOT NULL,
            code TEXT NOT NULL,
            establishment_id TEXT NOT NULL,
            PRIMARY KEY (internal_organization_id, code)
        ) WITHOUT ROWID;
        CREATE INDEX ix_activity_field_establishment ON internal_organization_activity_field(establishment_id);

        CREATE VIEW elementary_unit AS
            SELECT * FROM internal_organization WHERE level = 4;

        CREATE TABLE service (
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            code TEXT NOT NULL,
            coding_scheme TEXT NOT NULL,
            label TEXT,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, entity_id)
        ) WITHOUT ROWID;

        CREATE TABLE ue_service (
            internal_organization_id TEXT NOT NULL,
            service_entity_id TEXT NOT NULL,
            establishment_id TEXT NOT NULL,
            PRIMARY KEY (internal_organization_id, service_entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_ue_service_establishment ON ue_service(establishment_id, service_entity_id);

        CREATE TABLE device (
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            code TEXT NOT NULL,
            coding_scheme TEXT NOT NULL,
            units_in_service INTEGER,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, entity_id)
        ) WITHOUT ROWID;

        CREATE TABLE ue_device (
            internal_organization_id TEXT NOT NULL,
            device_entity_id TEXT NOT NULL,
            establishment_id TEXT NOT NULL,
            PRIMARY KEY (internal_organization_id, device_entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_ue_device_establishment ON ue_device(establishment_id, device_entity_id);

        CREATE TABLE provider (
            establishment_id TEXT NOT NULL,
            id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            profession_code TEXT,
            specialty_code TEXT,
            forename TEXT,
            surname TEXT,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, id)
        ) WITHOUT ROWID;

        CREATE TABLE provider_link (
            establishment_id TEXT NOT NULL,
            provider_id TEXT NOT NULL,
            internal_organization_id TEXT NOT NULL,
            PRIMARY KEY (establishment_id, provider_id, internal_organization_id)
        ) WITHOUT ROWID;

        CREATE TABLE location (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            establishment_id TEXT,
            name TEXT,
            post_code TEXT,
            city_name TEXT,
            city_code TEXT,
            department TEXT,
            latitude REAL,
            longitude REAL,
            PRIMARY KEY (owner_kind, owner_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_location_establishment ON location(establishment_id);

        CREATE TABLE contact (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            establishment_id TEXT,
            name TEXT,
            function_code TEXT,
            nature_code TEXT,
            description TEXT,
            confidentiality_level INTEGER NOT NULL,
            PRIMARY KEY (owner_kind, owner_id, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX ix_contact_establishment ON contact(establishment_id);

        CREATE TABLE contact_point (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            contact_ordinal INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            establishment_id TEXT,
            channel_code TEXT NOT NULL,
            value TEXT,
            purpose TEXT,
            confidentiality_level INTEGER NOT NULL,
            PRIMARY KEY (owner_kind, owner_id, contact_ordinal, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX ix_contact_point_establishment ON contact_point(establishment_id);

        CREATE TABLE capacity (
            internal_organization_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            establishment_id TEXT NOT NULL,
            type_code TEXT,
            total INTEGER,
            available INTEGER,
            updated TEXT,
            PRIMARY KEY (internal_organization_id, kind, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX ix_capacity_establishment ON capacity(establishment_id);

        CREATE TABLE sync_checkpoint (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            checkpoint TEXT NOT NULL,
            run_kind TEXT NOT NULL,
            written_at TEXT NOT NULL
        );

        CREATE TABLE sync_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            checkpoint TEXT,
            added INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            entities INTEGER NOT NULL
        );

        CREATE TABLE sync_retry (
            establishment_id TEXT PRIMARY KEY,
            first_failed_at TEXT NOT NULL,
            last_failed_at TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            reason TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
        """
        -- Entity rows carry their raw CSD (a few KB): in a rowid table they are appended in insertion order and the
        -- key lives in a small unique index, instead of being moved around the key's B-tree as it fills.
        DROP VIEW elementary_unit;

        CREATE TABLE legal_entity_rowid (
            id TEXT PRIMARY KEY,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            legal_status_code TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            raw_csd BLOB
        );
        INSERT INTO legal_entity_rowid SELECT * FROM legal_entity;
        DROP TABLE legal_entity;
        ALTER TABLE legal_entity_rowid RENAME TO legal_entity;
        CREATE INDEX ix_legal_entity_entity_id ON legal_entity(entity_id);

        CREATE TABLE establishment_rowid (
            id TEXT PRIMARY KEY,
            legal_entity_id TEXT,
            legal_entity_entity_id TEXT,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            category_code TEXT,
            use_name TEXT,
            creation_date TEXT,
            closing_date TEXT,
            department TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            obtained_under_profile INTEGER NOT NULL,
            raw_csd BLOB
        );
        INSERT INTO establishment_rowid SELECT * FROM establishment;
        DROP TABLE establishment;
        ALTER TABLE establishment_rowid RENAME TO establishment;
        CREATE INDEX ix_establishment_legal_entity ON establishment(legal_entity_id);
        CREATE INDEX ix_establishment_department ON establishment(department);

        CREATE TABLE internal_organization_rowid (
            id TEXT PRIMARY KEY,
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            parent_id TEXT,
            parent_entity_id TEXT,
            level INTEGER,
            name TEXT NOT NULL,
            activity_field TEXT,
            care_mode TEXT,
            minimum_age INTEGER,
            maximum_age INTEGER,
            sensitive_unit INTEGER NOT NULL,
            creation_date TEXT,
            closing_date TEXT,
            department TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            raw_csd BLOB
        );
        INSERT INTO internal_organization_rowid SELECT * FROM internal_organization;
        DROP TABLE internal_organization;
        ALTER TABLE internal_organization_rowid RENAME TO internal_organization;
        CREATE INDEX ix_internal_organization_establishment ON internal_organization(establishment_id);
        CREATE INDEX ix_internal_organization_entity_id ON internal_organization(entity_id);
        CREATE INDEX ix_internal_organization_search ON internal_organization(level, activity_field, department);

        CREATE TABLE service_rowid (
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            code TEXT NOT NULL,
            coding_scheme TEXT NOT NULL,
            label TEXT,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, entity_id)
        );
        INSERT INTO service_rowid SELECT * FROM service;
        DROP TABLE service;
        ALTER TABLE service_rowid RENAME TO service;

        CREATE TABLE device_rowid (
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            code TEXT NOT NULL,
            coding_scheme TEXT NOT NULL,
            units_in_service INTEGER,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, entity_id)
        );
        INSERT INTO device_rowid SELECT * FROM device;
        DROP TABLE device;
        ALTER TABLE device_rowid RENAME TO device;

        CREATE TABLE provider_rowid (
            establishment_id TEXT NOT NULL,
            id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            profession_code TEXT,
            specialty_code TEXT,
            forename TEXT,
            surname TEXT,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, id)
        );
        INSERT INTO provider_rowid SELECT * FROM provider;
        DROP TABLE provider;
        ALTER TABLE provider_rowid RENAME TO provider;

        CREATE VIEW elementary_unit AS
            SELECT * FROM internal_organization WHERE level = 4;
        """,
        """
        -- The owned rows (locations, contacts, telecoms) are keyed on their owner's id before its kind: most key
        -- comparisons then end at the first column instead of going through a kind shared by most rows. They are
        -- found through their owners (an establishment and its internal organisations) by that key, so they lose
        -- their index on the establishment (its upkeep cost a bulk load 4 to 9 %).
        -- An internal organisation's parent is found by its entityID within the establishment: one index on both serves
        -- that and the reads by establishment, instead of one on each.
        DROP INDEX ix_internal_organization_entity_id;
        DROP INDEX ix_internal_organization_establishment;
        CREATE INDEX ix_internal_organization_establishment ON internal_organization(establishment_id, entity_id);

        CREATE TABLE location_by_owner (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            establishment_id TEXT,
            name TEXT,
            post_code TEXT,
            city_name TEXT,
            city_code TEXT,
            department TEXT,
            latitude REAL,
            longitude REAL,
            PRIMARY KEY (owner_id, owner_kind)
        ) WITHOUT ROWID;
        INSERT INTO location_by_owner SELECT * FROM location;
        DROP TABLE location;
        ALTER TABLE location_by_owner RENAME TO location;

        CREATE TABLE contact_by_owner (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            establishment_id TEXT,
            name TEXT,
            function_code TEXT,
            nature_code TEXT,
            description TEXT,
            confidentiality_level INTEGER NOT NULL,
            PRIMARY KEY (owner_id, owner_kind, ordinal)
        ) WITHOUT ROWID;
        INSERT INTO contact_by_owner SELECT * FROM contact;
        DROP TABLE contact;
        ALTER TABLE contact_by_owner RENAME TO contact;

        CREATE TABLE contact_point_by_owner (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            contact_ordinal INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            establishment_id TEXT,
            channel_code TEXT NOT NULL,
            value TEXT,
            purpose TEXT,
            confidentiality_level INTEGER NOT NULL,
            PRIMARY KEY (owner_id, owner_kind, contact_ordinal, ordinal)
        ) WITHOUT ROWID;
        INSERT INTO contact_point_by_owner SELECT * FROM contact_point;
        DROP TABLE contact_point;
        ALTER TABLE contact_point_by_owner RENAME TO contact_point;
        """,
    ];

    /// <summary>
    /// The schema of the current version in one script, for a new database: the tables, indexes and view that applying
    /// every script of <see cref="Scripts"/> in turn gives, without their conversions. (The second script rebuilds six
    /// tables; each of its renames makes SQLite parse the whole schema again, which cost a new database some 12 ms.)
    /// <c>SchemaMigrationsTests</c> checks that both give the same schema.
    /// </summary>
    public static string CurrentSchema { get; } =
        """
        CREATE TABLE store_metadata (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE legal_entity (
            id TEXT PRIMARY KEY,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            legal_status_code TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            raw_csd BLOB
        );
        CREATE INDEX ix_legal_entity_entity_id ON legal_entity(entity_id);

        CREATE TABLE establishment (
            id TEXT PRIMARY KEY,
            legal_entity_id TEXT,
            legal_entity_entity_id TEXT,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            category_code TEXT,
            use_name TEXT,
            creation_date TEXT,
            closing_date TEXT,
            department TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            obtained_under_profile INTEGER NOT NULL,
            raw_csd BLOB
        );
        CREATE INDEX ix_establishment_legal_entity ON establishment(legal_entity_id);
        CREATE INDEX ix_establishment_department ON establishment(department);

        CREATE TABLE internal_organization (
            id TEXT PRIMARY KEY,
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            parent_id TEXT,
            parent_entity_id TEXT,
            level INTEGER,
            name TEXT NOT NULL,
            activity_field TEXT,
            care_mode TEXT,
            minimum_age INTEGER,
            maximum_age INTEGER,
            sensitive_unit INTEGER NOT NULL,
            creation_date TEXT,
            closing_date TEXT,
            department TEXT,
            created TEXT,
            updated TEXT,
            status TEXT,
            raw_csd BLOB
        );
        CREATE INDEX ix_internal_organization_establishment ON internal_organization(establishment_id, entity_id);
        CREATE INDEX ix_internal_organization_search ON internal_organization(level, activity_field, department);

        CREATE TABLE internal_organization_activity_field (
            internal_organization_id TEXT NOT NULL,
            code TEXT NOT NULL,
            establishment_id TEXT NOT NULL,
            PRIMARY KEY (internal_organization_id, code)
        ) WITHOUT ROWID;
        CREATE INDEX ix_activity_field_establishment ON internal_organization_activity_field(establishment_id);

        CREATE VIEW elementary_unit AS
            SELECT * FROM internal_organization WHERE level = 4;

        CREATE TABLE service (
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            code TEXT NOT NULL,
            coding_scheme TEXT NOT NULL,
            label TEXT,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, entity_id)
        );

        CREATE TABLE ue_service (
            internal_organization_id TEXT NOT NULL,
            service_entity_id TEXT NOT NULL,
            establishment_id TEXT NOT NULL,
            PRIMARY KEY (internal_organization_id, service_entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_ue_service_establishment ON ue_service(establishment_id, service_entity_id);

        CREATE TABLE device (
            establishment_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            code TEXT NOT NULL,
            coding_scheme TEXT NOT NULL,
            units_in_service INTEGER,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, entity_id)
        );

        CREATE TABLE ue_device (
            internal_organization_id TEXT NOT NULL,
            device_entity_id TEXT NOT NULL,
            establishment_id TEXT NOT NULL,
            PRIMARY KEY (internal_organization_id, device_entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_ue_device_establishment ON ue_device(establishment_id, device_entity_id);

        CREATE TABLE provider (
            establishment_id TEXT NOT NULL,
            id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            profession_code TEXT,
            specialty_code TEXT,
            forename TEXT,
            surname TEXT,
            raw_csd BLOB,
            PRIMARY KEY (establishment_id, id)
        );

        CREATE TABLE provider_link (
            establishment_id TEXT NOT NULL,
            provider_id TEXT NOT NULL,
            internal_organization_id TEXT NOT NULL,
            PRIMARY KEY (establishment_id, provider_id, internal_organization_id)
        ) WITHOUT ROWID;

        CREATE TABLE location (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            establishment_id TEXT,
            name TEXT,
            post_code TEXT,
            city_name TEXT,
            city_code TEXT,
            department TEXT,
            latitude REAL,
            longitude REAL,
            PRIMARY KEY (owner_id, owner_kind)
        ) WITHOUT ROWID;

        CREATE TABLE contact (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            establishment_id TEXT,
            name TEXT,
            function_code TEXT,
            nature_code TEXT,
            description TEXT,
            confidentiality_level INTEGER NOT NULL,
            PRIMARY KEY (owner_id, owner_kind, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE contact_point (
            owner_kind TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            contact_ordinal INTEGER NOT NULL,
            ordinal INTEGER NOT NULL,
            establishment_id TEXT,
            channel_code TEXT NOT NULL,
            value TEXT,
            purpose TEXT,
            confidentiality_level INTEGER NOT NULL,
            PRIMARY KEY (owner_id, owner_kind, contact_ordinal, ordinal)
        ) WITHOUT ROWID;

        CREATE TABLE capacity (
            internal_organization_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            establishment_id TEXT NOT NULL,
            type_code TEXT,
            total INTEGER,
            available INTEGER,
            updated TEXT,
            PRIMARY KEY (internal_organization_id, kind, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX ix_capacity_establishment ON capacity(establishment_id);

        CREATE TABLE sync_checkpoint (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            checkpoint TEXT NOT NULL,
            run_kind TEXT NOT NULL,
            written_at TEXT NOT NULL
        );

        CREATE TABLE sync_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            checkpoint TEXT,
            added INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            removed INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            entities INTEGER NOT NULL
        );

        CREATE TABLE sync_retry (
            establishment_id TEXT PRIMARY KEY,
            first_failed_at TEXT NOT NULL,
            last_failed_at TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            reason TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    /// <summary>The schema version a database has once every script is applied.</summary>
    public static int CurrentVersion => Scripts.Count;

    /// <summary>
    /// Applies the missing scripts to an open connection, each with its version bump in one transaction; a new database
    /// (version 0) gets <see cref="CurrentSchema"/> instead, with the current version, in one transaction.
    /// </summary>
    public static void Apply(SqliteConnection connection)
    {
        var version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new RorStoreException($"The database has schema version {version}, newer than the {CurrentVersion} this version of Ror.Client.Sync knows. Use a newer Ror.Client.Sync or a new database file.");
        }

        if (version == 0)
        {
            // A new database is created at the current version at once.
            Run(connection, CurrentSchema, CurrentVersion);
            return;
        }

        for (var next = version; next < CurrentVersion; next++)
        {
            Run(connection, Scripts[next], next + 1);
        }
    }

    /// <summary>Runs a script and sets the version it brings the schema to, in one transaction.</summary>
    private static void Run(SqliteConnection connection, string script, int version)
    {
        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = script + $"\nPRAGMA user_version = {version.ToString(System.Globalization.CultureInfo.InvariantCulture)};";
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Reads <c>PRAGMA user_version</c>.</summary>
    public static int ReadVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
