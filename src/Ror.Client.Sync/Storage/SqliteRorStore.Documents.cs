using Microsoft.Data.Sqlite;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Csd;

namespace Ror.Client.Sync.Storage;

/// <summary>An establishment's subtree as CSD models, rebuilt from the stored raw CSD.</summary>
public sealed partial class SqliteRorStore
{
    /// <inheritdoc />
    public async Task<CsdDocument?> GetEstablishmentDocumentAsync(string establishmentId, RorAccessProfile profile, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(establishmentId);
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        using var connection = OpenRead();
        using var transaction = connection.BeginTransaction(deferred: true);
        RorAccessProfile obtainedUnder;
        string? legalEntity;
        byte[]? establishment;
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT obtained_under_profile, legal_entity_id, raw_csd FROM establishment WHERE id = @id";
            command.Parameters.AddWithValue("@id", establishmentId);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            obtainedUnder = ParseProfile(reader.GetInt64(0));
            legalEntity = reader.IsDBNull(1) ? null : reader.GetString(1);
            establishment = reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2);
        }

        if (establishment is null)
        {
            throw new RorStoreException($"Establishment '{establishmentId}' was stored without its raw CSD (KeepRawCsd was off); only the typed queries can read it.");
        }

        var entities = new List<CsdEntity>();
        async Task AddAsync(byte[] raw)
        {
            using var stream = new MemoryStream(raw, writable: false);
            await foreach (var entity in CsdReader.ReadEntitiesAsync(stream, options: null, cancellationToken).ConfigureAwait(false))
            {
                entities.Add(entity);
            }
        }

        if (legalEntity is not null)
        {
            foreach (var raw in await ReadRawAsync(connection, transaction, "SELECT raw_csd FROM legal_entity WHERE id = @id", legalEntity, cancellationToken).ConfigureAwait(false))
            {
                await AddAsync(raw).ConfigureAwait(false);
            }
        }

        await AddAsync(establishment).ConfigureAwait(false);
        foreach (var sql in new[]
        {
            "SELECT raw_csd FROM service WHERE establishment_id = @id ORDER BY entity_id",
            "SELECT raw_csd FROM internal_organization WHERE establishment_id = @id ORDER BY coalesce(level, 0), id",
            "SELECT raw_csd FROM provider WHERE establishment_id = @id ORDER BY id",
            "SELECT raw_csd FROM device WHERE establishment_id = @id ORDER BY entity_id",
        })
        {
            foreach (var raw in await ReadRawAsync(connection, transaction, sql, establishmentId, cancellationToken).ConfigureAwait(false))
            {
                await AddAsync(raw).ConfigureAwait(false);
            }
        }

        var document = new CsdDocument
        {
            Organizations = [.. entities.OfType<Organization>()],
            Services = [.. entities.OfType<Service>()],
            Facilities = [.. entities.OfType<Facility>()],
            Providers = [.. entities.OfType<Provider>()],
            Devices = [.. entities.OfType<Device>()],
        };

        // Data obtained under a narrower profile than the caller's is shown as it is.
        return obtainedUnder.Covers(profile) ? RorAccessPolicy.Apply(document, obtainedUnder, profile) : document;
    }

    private static async Task<List<byte[]>> ReadRawAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string id, CancellationToken cancellationToken)
    {
        var rows = new List<byte[]>();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", id);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!reader.IsDBNull(0))
            {
                rows.Add((byte[])reader.GetValue(0));
            }
        }

        return rows;
    }
}
