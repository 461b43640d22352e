using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Testing.Data;

/// <summary>
/// Stamps the <c>record</c> of what a change touched (RG_EXP_023/024/025): new entities get created = updated =
/// now, changed entities get updated = now, and the establishment always gets updated = now.
/// </summary>
internal static class RecordStamping
{
    /// <summary>An added establishment: only the establishment's <c>updated</c> moves to now, so that TR-Notif reports it.</summary>
    public static EstablishmentBundle StampAdded(EstablishmentBundle added, DateTimeOffset now) =>
        added with { Establishment = added.Establishment with { Record = Touch(added.Establishment.Record, created: false, now) } };

    /// <summary>A changed establishment: what differs from <paramref name="before"/> (by entityID) is stamped.</summary>
    public static EstablishmentBundle StampChanged(EstablishmentBundle before, EstablishmentBundle after, DateTimeOffset now) => after with
    {
        LegalEntity = before.LegalEntity.Equals(after.LegalEntity) ? after.LegalEntity : after.LegalEntity with { Record = Touch(after.LegalEntity.Record, created: false, now) },
        Establishment = after.Establishment with { Record = Touch(after.Establishment.Record, created: false, now) },
        Facilities = StampAll(before.Facilities, after.Facilities, now, f => f.Record, (f, r) => f with { Record = r }),
        Services = StampAll(before.Services, after.Services, now, s => s.Record, (s, r) => s with { Record = r }),
        Devices = StampAll(before.Devices, after.Devices, now, d => d.Record, (d, r) => d with { Record = r }),
        Providers = StampAll(before.Providers, after.Providers, now, p => p.Record, (p, r) => p with { Record = r }),
    };

    private static EquatableList<T> StampAll<T>(EquatableList<T> before, EquatableList<T> after, DateTimeOffset now, Func<T, Metadata> record, Func<T, Metadata, T> withRecord)
        where T : UniqueId
    {
        var previous = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            previous.TryAdd(item.EntityId, item);
        }

        var result = new T[after.Count];
        for (var i = 0; i < after.Count; i++)
        {
            var item = after[i];
            if (!previous.TryGetValue(item.EntityId, out var old))
            {
                result[i] = withRecord(item, Touch(record(item), created: true, now));
            }
            else
            {
                result[i] = old.Equals(item) ? item : withRecord(item, Touch(record(item), created: false, now));
            }
        }

        return [.. result];
    }

    private static Metadata Touch(Metadata record, bool created, DateTimeOffset now) =>
        created ? record with { Created = now, Updated = now } : record with { Updated = now < record.Created ? record.Created : now };
}
