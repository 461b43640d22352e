using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ror.Client.Csd;
using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;

namespace Ror.Client.Testing.Data;

/// <summary>
/// The data a simulated ROR serves: a generated base (virtual: establishments are generated on demand from
/// their index, never all held in memory) plus the changes made since, which may happen while the simulator
/// runs. Thread-safe: every reader works on a consistent snapshot, and changes are atomic.
/// </summary>
/// <remarks>
/// Changes stamp the records they touch with <see cref="TimeProvider.GetUtcNow"/> (RG_EXP_023/024/025), so that
/// TR-Notif and dateRef filters see them. An establishment is identified by its idNat_Struct
/// (<see cref="EstablishmentBundle.StructureId"/>).
/// </remarks>
public sealed class RorDataset
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private DatasetState _state = DatasetState.Initial;

    /// <summary>Creates a dataset over a generated base.</summary>
    /// <param name="generator">The generator of the base establishments.</param>
    /// <param name="timeProvider">The clock that stamps changes; <see cref="TimeProvider.System"/> by default.</param>
    public RorDataset(RorDatasetGenerator generator, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(generator);
        Generator = generator;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Creates a dataset over a base generated with <paramref name="options"/>.</summary>
    /// <param name="options">The settings of the generated base.</param>
    /// <param name="timeProvider">The clock that stamps changes; <see cref="TimeProvider.System"/> by default.</param>
    public RorDataset(RorDatasetOptions options, TimeProvider? timeProvider = null)
        : this(new RorDatasetGenerator(options), timeProvider)
    {
    }

    /// <summary>The generator of the base establishments.</summary>
    public RorDatasetGenerator Generator { get; }

    /// <summary>The current instant of the dataset's clock.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>
    /// Creates a dataset holding the establishments of a CSD document (for instance the public weekly file),
    /// grouped by establishment through the <c>entityID</c> links, and no generated base.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="timeProvider">The clock that stamps changes.</param>
    public static RorDataset FromDocument(CsdDocument document, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var dataset = new RorDataset(new RorDatasetOptions { EstablishmentCount = 0 }, timeProvider);
        dataset._state = DatasetState.Initial with { Added = [.. DocumentPartition.Split(document)] };
        return dataset;
    }

    /// <summary>
    /// Reads a CSD file (for instance the public weekly file) with <see cref="CsdReader"/> and creates a dataset holding
    /// its establishments (see <see cref="FromDocument"/>). The whole document is held in memory.
    /// </summary>
    /// <param name="path">The CSD XML file (plain, gzip or ZIP as <see cref="CsdReader"/> accepts).</param>
    /// <param name="timeProvider">The clock that stamps changes.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The dataset.</returns>
    public static async Task<RorDataset> LoadFileAsync(string path, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var document = await CsdReader.ReadFileAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        return FromDocument(document, timeProvider);
    }

    /// <summary>Finds an establishment by its idNat_Struct.</summary>
    /// <param name="structureId">The idNat_Struct (<c>id_etablissement/@code</c>).</param>
    /// <returns>The establishment, or <see langword="null"/> when the dataset has none with that identifier.</returns>
    public EstablishmentBundle? FindEstablishment(string structureId)
    {
        ArgumentNullException.ThrowIfNull(structureId);
        var state = Volatile.Read(ref _state);
        return Find(state, structureId, out _, out var bundle) ? bundle : null;
    }

    /// <summary>Finds the establishment that holds an internal organisation, by its identifiantOI.</summary>
    /// <param name="internalOrganizationId">The identifiantOI (<c>organisationID/@code</c>), e.g. <c>52/10000042</c>.</param>
    /// <param name="establishment">The establishment holding it.</param>
    /// <param name="facility">The internal organisation.</param>
    /// <returns>Whether the dataset holds that internal organisation.</returns>
    public bool TryFindInternalOrganization(string internalOrganizationId, [NotNullWhen(true)] out EstablishmentBundle? establishment, [NotNullWhen(true)] out Facility? facility)
    {
        ArgumentNullException.ThrowIfNull(internalOrganizationId);
        var state = Volatile.Read(ref _state);
        foreach (var bundle in state.Overrides.Values.Concat(state.Added))
        {
            if (bundle is not null && FindFacility(bundle, internalOrganizationId) is { } match)
            {
                (establishment, facility) = (bundle, match);
                return true;
            }
        }

        if (InternalOrganizationIdentifier.TryParse(internalOrganizationId, out var parsed))
        {
            var (index, ordinal) = EstablishmentPlanner.IndexOfInternalNumber(parsed.LocalId);
            if (index >= 0 && index < Generator.EstablishmentCount && !state.Overrides.ContainsKey((int)index))
            {
                var plan = Generator.Plan((int)index);
                if (ordinal < plan.Units.Count && plan.Units[ordinal].InternalId == internalOrganizationId)
                {
                    establishment = Generator.Materialize(plan);
                    facility = establishment.Facilities[ordinal];
                    return true;
                }
            }
        }

        (establishment, facility) = (null, null);
        return false;
    }

    /// <summary>Describes every establishment (identifier, last update, champs, publics), in dataset order, without materialising generated ones.</summary>
    public IEnumerable<EstablishmentSummary> DescribeEstablishments()
    {
        var state = Volatile.Read(ref _state);
        for (var i = 0; i < Generator.EstablishmentCount; i++)
        {
            if (state.Overrides.TryGetValue(i, out var changed))
            {
                if (changed is not null)
                {
                    yield return changed.Summarize();
                }
            }
            else
            {
                yield return RorDatasetGenerator.Summarize(Generator.Plan(i));
            }
        }

        foreach (var added in state.Added)
        {
            yield return added.Summarize();
        }
    }

    /// <summary>The establishments whose offer changed strictly after <paramref name="instant"/> (some entity's <c>record/@updated</c> &gt; instant).</summary>
    /// <param name="instant">The reference instant.</param>
    public IEnumerable<EstablishmentSummary> GetEstablishmentsUpdatedAfter(DateTimeOffset instant) =>
        DescribeEstablishments().Where(s => s.LastUpdated > instant);

    /// <summary>Enumerates the establishments in dataset order (generated base, then added ones), one at a time.</summary>
    public IEnumerable<EstablishmentBundle> EnumerateEstablishments()
    {
        var state = Volatile.Read(ref _state);
        for (var i = 0; i < Generator.EstablishmentCount; i++)
        {
            if (state.Overrides.TryGetValue(i, out var changed))
            {
                if (changed is not null)
                {
                    yield return changed;
                }
            }
            else
            {
                yield return Generator.Materialize(Generator.Plan(i));
            }
        }

        foreach (var added in state.Added)
        {
            yield return added;
        }
    }

    /// <summary>Streams the organization directory: each legal entity once (before its first establishment), then each establishment.</summary>
    public IEnumerable<Organization> EnumerateOrganizations()
    {
        var state = Volatile.Read(ref _state);
        string? lastLegalEntity = null;
        var addedLegalEntities = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Generator.EstablishmentCount; i++)
        {
            if (state.Overrides.TryGetValue(i, out var changed))
            {
                if (changed is null)
                {
                    continue;
                }

                if (changed.LegalEntity.EntityId != lastLegalEntity)
                {
                    lastLegalEntity = changed.LegalEntity.EntityId;
                    yield return changed.LegalEntity;
                }

                yield return changed.Establishment;
                continue;
            }

            var plan = Generator.Plan(i);
            if (plan.LegalEntityEntityId != lastLegalEntity)
            {
                lastLegalEntity = plan.LegalEntityEntityId;
                yield return Generator.Materializer.LegalEntity(plan);
            }

            yield return Generator.Materializer.Establishment(plan);
        }

        foreach (var added in state.Added)
        {
            if (!IsGeneratedLegalEntity(added.LegalEntity.EntityId) && addedLegalEntities.Add(added.LegalEntity.EntityId))
            {
                yield return added.LegalEntity;
            }

            yield return added.Establishment;
        }
    }

    /// <summary>Streams the service directory, establishment by establishment.</summary>
    public IEnumerable<Service> EnumerateServices() =>
        Stream(b => b.Services, (plan, materializer) => plan.Services.Select(s => materializer.Service(plan, s)));

    /// <summary>Streams the facility directory, establishment by establishment.</summary>
    public IEnumerable<Facility> EnumerateFacilities() =>
        Stream(b => b.Facilities, (plan, materializer) => plan.Units.Select(u => materializer.Facility(plan, u)));

    /// <summary>Streams the provider directory, establishment by establishment.</summary>
    public IEnumerable<Provider> EnumerateProviders() =>
        Stream(b => b.Providers, (plan, materializer) => plan.Providers.Select(p => materializer.Provider(plan, p)));

    /// <summary>Streams the device directory, establishment by establishment.</summary>
    public IEnumerable<Device> EnumerateDevices() =>
        Stream(b => b.Devices, (plan, materializer) => plan.Devices.Select(d => materializer.Device(plan, d)));

    /// <summary>Adds an establishment. Its <c>record/@updated</c> becomes now, so that TR-Notif reports it; the other records are kept.</summary>
    /// <param name="establishment">The establishment, e.g. <see cref="RorDatasetGenerator.GenerateEstablishment"/> with an index beyond the base.</param>
    /// <returns>The establishment as stored.</returns>
    /// <exception cref="InvalidOperationException">The dataset already holds an establishment with the same idNat_Struct.</exception>
    public EstablishmentBundle AddEstablishment(EstablishmentBundle establishment)
    {
        ArgumentNullException.ThrowIfNull(establishment);
        var structureId = establishment.StructureId;
        if (structureId.Length == 0)
        {
            throw new ArgumentException("The establishment has no idNat_Struct (organization/otherID).", nameof(establishment));
        }

        lock (_gate)
        {
            var state = _state;
            if (Find(state, structureId, out _, out _))
            {
                throw new InvalidOperationException($"The dataset already holds establishment {structureId}.");
            }

            var stored = RecordStamping.StampAdded(establishment, Now);
            if (RorDatasetGenerator.TryGetIndex(structureId, out var index) && index < Generator.EstablishmentCount)
            {
                // A generated establishment that was removed comes back at its place.
                Volatile.Write(ref _state, state with { Overrides = state.Overrides.SetItem(index, stored) });
            }
            else
            {
                Volatile.Write(ref _state, state with { Added = state.Added.Add(stored) });
            }

            return stored;
        }
    }

    /// <summary>
    /// Changes an establishment. Entities that differ (by <c>entityID</c>) get <c>record/@updated</c> = now, new
    /// ones created = updated = now, and the establishment's record is always bumped (RG_EXP_024/025). A change of
    /// the legal entity is applied to the other generated establishments of the same legal entity.
    /// </summary>
    /// <param name="structureId">The idNat_Struct of the establishment.</param>
    /// <param name="update">Returns the new content; it must keep the idNat_Struct.</param>
    /// <returns>The establishment as stored.</returns>
    /// <exception cref="KeyNotFoundException">No establishment has that idNat_Struct.</exception>
    public EstablishmentBundle UpdateEstablishment(string structureId, Func<EstablishmentBundle, EstablishmentBundle> update)
    {
        ArgumentNullException.ThrowIfNull(structureId);
        ArgumentNullException.ThrowIfNull(update);
        lock (_gate)
        {
            var state = _state;
            if (!Find(state, structureId, out var index, out var current))
            {
                throw new KeyNotFoundException($"The dataset holds no establishment {structureId}.");
            }

            var changed = update(current) ?? throw new InvalidOperationException("The update returned no establishment.");
            if (changed.StructureId != structureId)
            {
                throw new InvalidOperationException($"An update must keep the idNat_Struct {structureId}; remove the establishment and add a new one instead.");
            }

            var now = Now;
            var stored = RecordStamping.StampChanged(current, changed, now);
            var overrides = state.Overrides;
            var added = state.Added;
            if (index >= 0)
            {
                overrides = overrides.SetItem(index, stored);
                if (!current.LegalEntity.Equals(changed.LegalEntity))
                {
                    overrides = ShareLegalEntity(overrides, index, stored.LegalEntity);
                }
            }
            else
            {
                added = added.Replace(current, stored);
            }

            Volatile.Write(ref _state, new DatasetState(overrides, added));
            return stored;
        }
    }

    /// <summary>Closes an establishment: sets its <c>closingDate</c> and bumps its record.</summary>
    /// <param name="structureId">The idNat_Struct of the establishment.</param>
    /// <param name="closingDate">The closing date.</param>
    /// <returns>The establishment as stored.</returns>
    /// <exception cref="KeyNotFoundException">No establishment has that idNat_Struct.</exception>
    public EstablishmentBundle CloseEstablishment(string structureId, DateOnly closingDate) =>
        UpdateEstablishment(structureId, bundle =>
        {
            var extensions = bundle.Establishment.Extensions;
            OrganizationExtension first = extensions.Count > 0 ? extensions[0] : new OrganizationExtension();
            return bundle with
            {
                Establishment = bundle.Establishment with
                {
                    Extensions = [first with { ClosingDate = closingDate }, .. extensions.Skip(1)],
                },
            };
        });

    /// <summary>Removes an establishment and everything that hangs on it. Its absence is what a full Lecture shows (deletions are not signalled otherwise).</summary>
    /// <param name="structureId">The idNat_Struct of the establishment.</param>
    /// <returns>Whether the establishment existed.</returns>
    public bool RemoveEstablishment(string structureId)
    {
        ArgumentNullException.ThrowIfNull(structureId);
        lock (_gate)
        {
            var state = _state;
            if (!Find(state, structureId, out var index, out var current))
            {
                return false;
            }

            Volatile.Write(ref _state, index >= 0
                ? state with { Overrides = state.Overrides.SetItem(index, null) }
                : state with { Added = state.Added.Remove(current) });
            return true;
        }
    }

    private IEnumerable<T> Stream<T>(Func<EstablishmentBundle, IEnumerable<T>> fromBundle, Func<EstablishmentPlan, EstablishmentMaterializer, IEnumerable<T>> fromPlan)
    {
        var state = Volatile.Read(ref _state);
        for (var i = 0; i < Generator.EstablishmentCount; i++)
        {
            var items = state.Overrides.TryGetValue(i, out var changed)
                ? changed is null ? [] : fromBundle(changed)
                : fromPlan(Generator.Plan(i), Generator.Materializer);
            foreach (var item in items)
            {
                yield return item;
            }
        }

        foreach (var added in state.Added)
        {
            foreach (var item in fromBundle(added))
            {
                yield return item;
            }
        }
    }

    private bool Find(DatasetState state, string structureId, out int index, [NotNullWhen(true)] out EstablishmentBundle? bundle)
    {
        if (RorDatasetGenerator.TryGetIndex(structureId, out index) && index < Generator.EstablishmentCount)
        {
            if (state.Overrides.TryGetValue(index, out bundle))
            {
                return bundle is not null;
            }

            bundle = Generator.GenerateEstablishment(index);
            return true;
        }

        index = -1;
        bundle = state.Added.FirstOrDefault(b => b.StructureId == structureId);
        return bundle is not null;
    }

    private ImmutableDictionary<int, EstablishmentBundle?> ShareLegalEntity(ImmutableDictionary<int, EstablishmentBundle?> overrides, int index, Organization legalEntity)
    {
        var (legalIndex, _) = Generator.GroupOf(index);
        for (var member = (int)legalIndex; member < Math.Min(Generator.EstablishmentCount, legalIndex + 4); member++)
        {
            if (member == index || Generator.GroupOf(member).LegalIndex != legalIndex)
            {
                continue;
            }

            if (overrides.TryGetValue(member, out var other))
            {
                if (other is not null)
                {
                    overrides = overrides.SetItem(member, other with { LegalEntity = legalEntity });
                }
            }
            else
            {
                overrides = overrides.SetItem(member, Generator.GenerateEstablishment(member) with { LegalEntity = legalEntity });
            }
        }

        return overrides;
    }

    private bool IsGeneratedLegalEntity(string entityId) =>
        entityId.StartsWith("ej_", StringComparison.Ordinal)
        && int.TryParse(entityId.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var legalIndex)
        && legalIndex < Generator.EstablishmentCount;

    private static Facility? FindFacility(EstablishmentBundle bundle, string internalOrganizationId) =>
        bundle.Facilities.FirstOrDefault(f => f.OtherIds.Any(id => id.Code == internalOrganizationId));
}
