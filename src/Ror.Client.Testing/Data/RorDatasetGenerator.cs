using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Testing.Data;

/// <summary>
/// Generates a realistic, fully synthetic ROR dataset: legal entities (EJ), establishments (EG) with their
/// pôle / service / UF / UE trees, operational activities, equipment and professionals, with French addresses,
/// contacts of every confidentiality level, capacities, prices and several years of record dates.
/// </summary>
/// <remarks>
/// Establishment <c>i</c> depends only on the options and <c>i</c>: the same options always give the same data, any
/// establishment can be regenerated alone (<see cref="GenerateEstablishment"/>), and the whole dataset can be
/// streamed directory by directory in constant memory (<see cref="EnumerateOrganizations"/> …
/// <see cref="EnumerateDevices"/>), even for hundreds of thousands of establishments. Identifiers are fictional:
/// idNat_Struct <c>199xxxxxxx</c> (FINESS-like numbers starting with 99), identifiantOI
/// <c>&lt;region&gt;/1xxxxxxx</c>, phone numbers 01 99 xx xx xx, e-mail addresses at <c>exemple.invalid</c>.
/// Every instance is thread-safe.
/// </remarks>
public sealed class RorDatasetGenerator
{
    private readonly EstablishmentPlanner _planner;
    private readonly EstablishmentMaterializer _materializer;

    /// <summary>Creates a generator.</summary>
    /// <param name="options">The dataset settings; validated here.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public RorDatasetGenerator(RorDatasetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _planner = new EstablishmentPlanner(options);
        _materializer = new EstablishmentMaterializer(options);
    }

    /// <summary>The dataset settings.</summary>
    public RorDatasetOptions Options { get; }

    /// <summary>The number of establishments of the dataset.</summary>
    public int EstablishmentCount => Options.EstablishmentCount;

    /// <summary>The idNat_Struct of generated establishment <paramref name="index"/> (without generating it).</summary>
    /// <param name="index">The establishment index, from 0.</param>
    public static string GetStructureId(int index)
    {
        CheckIndex(index);
        return EstablishmentPlanner.StructureIdOf(index);
    }

    /// <summary>Recovers the index of a generated establishment from its idNat_Struct.</summary>
    /// <param name="structureId">An idNat_Struct.</param>
    /// <param name="index">The index, when the identifier has the generated form.</param>
    /// <returns>Whether <paramref name="structureId"/> has the form of a generated establishment identifier.</returns>
    public static bool TryGetIndex(string? structureId, out int index)
    {
        var value = structureId is null ? -1 : EstablishmentPlanner.IndexOfStructureId(structureId);
        index = value is >= 0 and < RorDatasetOptions.MaximumEstablishmentCount ? (int)value : -1;
        return index >= 0;
    }

    /// <summary>
    /// Generates establishment <paramref name="index"/> with its legal entity and everything that hangs on it.
    /// Indexes at or beyond <see cref="EstablishmentCount"/> are allowed: they give new establishments, handy to add to a running simulator.
    /// </summary>
    /// <param name="index">The establishment index, from 0 to <see cref="RorDatasetOptions.MaximumEstablishmentCount"/> − 1.</param>
    public EstablishmentBundle GenerateEstablishment(int index)
    {
        CheckIndex(index);
        return Materialize(_planner.Plan(index));
    }

    /// <summary>Describes establishment <paramref name="index"/> (identifier, last update, champs, publics) without materialising its entities.</summary>
    /// <param name="index">The establishment index.</param>
    public EstablishmentSummary DescribeEstablishment(int index)
    {
        CheckIndex(index);
        return Summarize(_planner.Plan(index));
    }

    /// <summary>Generates the establishments one after the other, in index order.</summary>
    public IEnumerable<EstablishmentBundle> GenerateEstablishments()
    {
        for (var i = 0; i < EstablishmentCount; i++)
        {
            yield return Materialize(_planner.Plan(i));
        }
    }

    /// <summary>Streams the organization directory: each legal entity (once, before its first establishment) and each establishment.</summary>
    public IEnumerable<Organization> EnumerateOrganizations()
    {
        for (var i = 0; i < EstablishmentCount; i++)
        {
            var plan = _planner.Plan(i);
            if (plan.PositionInGroup == 0)
            {
                yield return _materializer.LegalEntity(plan);
            }

            yield return _materializer.Establishment(plan);
        }
    }

    /// <summary>Streams the service directory (operational activities), establishment by establishment.</summary>
    public IEnumerable<Service> EnumerateServices()
    {
        for (var i = 0; i < EstablishmentCount; i++)
        {
            var plan = _planner.Plan(i);
            foreach (var service in plan.Services)
            {
                yield return _materializer.Service(plan, service);
            }
        }
    }

    /// <summary>Streams the facility directory (internal organisations and units), establishment by establishment.</summary>
    public IEnumerable<Facility> EnumerateFacilities()
    {
        for (var i = 0; i < EstablishmentCount; i++)
        {
            var plan = _planner.Plan(i);
            foreach (var unit in plan.Units)
            {
                yield return _materializer.Facility(plan, unit);
            }
        }
    }

    /// <summary>Streams the provider directory (professionals), establishment by establishment.</summary>
    public IEnumerable<Provider> EnumerateProviders()
    {
        for (var i = 0; i < EstablishmentCount; i++)
        {
            var plan = _planner.Plan(i);
            foreach (var provider in plan.Providers)
            {
                yield return _materializer.Provider(plan, provider);
            }
        }
    }

    /// <summary>Streams the device directory (specific equipment), establishment by establishment.</summary>
    public IEnumerable<Device> EnumerateDevices()
    {
        for (var i = 0; i < EstablishmentCount; i++)
        {
            var plan = _planner.Plan(i);
            foreach (var device in plan.Devices)
            {
                yield return _materializer.Device(plan, device);
            }
        }
    }

    /// <summary>Materialises the whole dataset as one document. Meant for small datasets; stream large ones.</summary>
    public CsdDocument GenerateDocument() => new()
    {
        Organizations = [.. EnumerateOrganizations()],
        Services = [.. EnumerateServices()],
        Facilities = [.. EnumerateFacilities()],
        Providers = [.. EnumerateProviders()],
        Devices = [.. EnumerateDevices()],
    };

    /// <summary>
    /// Writes the whole dataset as one <c>csd:CSD</c> document, directory by directory, in constant memory whatever
    /// the size: the shape of an extraction file. The stream is left open unless
    /// <see cref="CsdWriterOptions.CloseOutput"/> says otherwise.
    /// </summary>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The writer settings; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of entities written.</returns>
    public async Task<long> WriteDocumentAsync(Stream stream, CsdWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var writer = CsdStreamingWriter.Create(stream, options);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var organization in EnumerateOrganizations())
            {
                await writer.WriteOrganizationAsync(organization, cancellationToken).ConfigureAwait(false);
            }

            foreach (var service in EnumerateServices())
            {
                await writer.WriteServiceAsync(service, cancellationToken).ConfigureAwait(false);
            }

            foreach (var facility in EnumerateFacilities())
            {
                await writer.WriteFacilityAsync(facility, cancellationToken).ConfigureAwait(false);
            }

            foreach (var provider in EnumerateProviders())
            {
                await writer.WriteProviderAsync(provider, cancellationToken).ConfigureAwait(false);
            }

            foreach (var device in EnumerateDevices())
            {
                await writer.WriteDeviceAsync(device, cancellationToken).ConfigureAwait(false);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            return writer.EntityCount;
        }
    }

    internal EstablishmentPlan Plan(int index) => _planner.Plan(index);

    internal EstablishmentMaterializer Materializer => _materializer;

    internal (long LegalIndex, int Position) GroupOf(int index) => _planner.GroupOf(index);

    internal EstablishmentBundle Materialize(EstablishmentPlan plan) => new()
    {
        LegalEntity = _materializer.LegalEntity(plan),
        Establishment = _materializer.Establishment(plan),
        Facilities = [.. plan.Units.Select(u => _materializer.Facility(plan, u))],
        Services = [.. plan.Services.Select(s => _materializer.Service(plan, s))],
        Devices = [.. plan.Devices.Select(d => _materializer.Device(plan, d))],
        Providers = [.. plan.Providers.Select(p => _materializer.Provider(plan, p))],
    };

    internal static EstablishmentSummary Summarize(EstablishmentPlan plan) => new()
    {
        StructureId = plan.StructureId,
        EntityId = plan.EntityId,
        LastUpdated = plan.LastUpdated,
        ActivityFields = [.. plan.Fields],
        SupportedPatients = [.. plan.SupportedPatients],
    };

    private static void CheckIndex(int index)
    {
        if (index is < 0 or >= RorDatasetOptions.MaximumEstablishmentCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"An establishment index is between 0 and {RorDatasetOptions.MaximumEstablishmentCount - 1}.");
        }
    }
}
