using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Tests.Transactions;

/// <summary>Generated establishments with the shapes the transaction tests need.</summary>
internal static class SampleEstablishments
{
    public static readonly RorDatasetOptions Options = new() { Seed = 11, EstablishmentCount = 400 };

    private static readonly Lazy<List<EstablishmentBundle>> All = new(() => new RorDatasetGenerator(Options).GenerateEstablishments().ToList());

    public static IReadOnlyList<EstablishmentBundle> Bundles => All.Value;

    /// <summary>A hospital with a pôle level and units of at least two champs.</summary>
    public static EstablishmentBundle MultiFieldHospital => All.Value.First(b =>
        b.Summarize().ActivityFields.Count >= 2 && b.Facilities.Any(f => f.Codes[0].Code == "1") && b.Providers.Count > 0);

    /// <summary>An establishment with units of two publics.</summary>
    public static EstablishmentBundle TwoPublics => All.Value.First(b => b.Summarize().SupportedPatients.Count >= 2);

    /// <summary>An establishment without any internal organisation.</summary>
    public static EstablishmentBundle Empty => All.Value.First(b => b.Facilities.Count == 0);

    public static IEnumerable<string> Fields(Facility facility) => facility.Extensions.SelectMany(e => e.ActivityTypes).Select(t => t.Code);

    public static string? Parent(Facility facility) => facility.Extensions[0].ParentFacility?.EntityId;
}
