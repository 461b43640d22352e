using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Testing.Tests.Transactions;

public sealed class EstablishmentUpdateSelectionTests
{
    private static readonly DateTimeOffset Reference = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly EstablishmentSummary[] Summaries =
    [
        Summary("1990000001", Reference, ["01"], []),
        Summary("1990000003", Reference.AddSeconds(1), ["01", "02"], []),
        Summary("1990000005", Reference.AddDays(3), ["04"], ["01"]),
        Summary("1990000007", Reference.AddDays(4), ["04"], ["02"]),
        Summary("1990000009", Reference.AddDays(-4), ["04"], ["01"]),
    ];

    [Fact]
    public void Select_ReferenceDate_ReturnsTheEstablishmentsChangedStrictlyAfterIt()
    {
        var answer = EstablishmentUpdateSelection.Select(Summaries, new EstablishmentsUpdatedSinceParameters { ReferenceDate = Reference }, "1.2.250.1.71.1.2.14");

        Assert.Equal(["1990000003", "1990000005", "1990000007"], answer.Entries.Select(e => e.EstablishmentId.Code));
        Assert.Equal(3, answer.Result);
        Assert.All(answer.Entries, e => Assert.Equal("1.2.250.1.71.1.2.14", e.EstablishmentId.AssigningAuthorityName));
        Assert.Equal(["01", "02"], answer.Entries[0].ActivityTypes.Select(t => t.Code));
    }

    [Fact]
    public void Select_TwoActivityTypes_AreOred()
    {
        var answer = EstablishmentUpdateSelection.Select(Summaries, Parameters(fields: ["02", "04"]), "x");

        Assert.Equal(["1990000003", "1990000005", "1990000007"], answer.Entries.Select(e => e.EstablishmentId.Code));
    }

    [Fact]
    public void Select_ActivityTypeAndSupportedPatient_AreAnded()
    {
        var answer = EstablishmentUpdateSelection.Select(Summaries, Parameters(fields: ["04"], patients: ["02"]), "x");

        Assert.Equal(["1990000007"], answer.Entries.Select(e => e.EstablishmentId.Code));
    }

    [Fact]
    public void Select_NothingChanged_ReturnsAnEmptyListWithCountZero()
    {
        var answer = EstablishmentUpdateSelection.Select(Summaries, new EstablishmentsUpdatedSinceParameters { ReferenceDate = Reference.AddYears(1) }, "x");

        Assert.Empty(answer.Entries);
        Assert.Equal(0, answer.Result);
    }

    private static EstablishmentsUpdatedSinceParameters Parameters(string[]? fields = null, string[]? patients = null) => new()
    {
        ReferenceDate = Reference,
        ActivityTypes = [.. (fields ?? []).Select(f => new CodedType { Code = f, CodingScheme = RorCodeSystems.ActivityField })],
        SupportedPatients = [.. (patients ?? []).Select(p => new CodedType { Code = p, CodingScheme = RorCodeSystems.SupportedPatient })],
    };

    private static EstablishmentSummary Summary(string id, DateTimeOffset updated, string[] fields, string[] patients) => new()
    {
        StructureId = id,
        EntityId = "eg_" + id,
        LastUpdated = updated,
        ActivityFields = [.. fields],
        SupportedPatients = [.. patients],
    };
}
