using System.Globalization;
using System.Xml.Linq;
using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Validation;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;
using static Ror.Client.Testing.Tests.Transactions.DatasetSimulatorClient;

namespace Ror.Client.Testing.Tests.Transactions;

public sealed class SimulatedTransactionsTests(DatasetSimulatorFixture fixture) : IClassFixture<DatasetSimulatorFixture>
{
    private static readonly RorTransactionOptions Defaults = new();

    private RorDataset Dataset => fixture.Dataset;

    private DatasetSimulatorClient Client => fixture.Client;

    [Fact]
    public async Task Notification_DateRef_ReturnsTheEstablishmentsChangedStrictlyAfterIt()
    {
        var since = DatasetSimulatorFixture.Options.ReferenceNow.AddDays(-200);

        var (status, xml) = await Client.PostAsync(Notification(since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)), UpdateAction);

        Assert.Equal(200, status);
        var answer = BodyChild(xml);
        var expected = Dataset.GetEstablishmentsUpdatedAfter(since).Select(s => s.StructureId).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < DatasetSimulatorFixture.Options.EstablishmentCount, "dateRef must filter.");
        Assert.Equal(expected, answer.Elements(CsdNs + "etablissementReponseNotif").Select(e => (string)e.Element(CsdNs + "id_etablissement")!.Attribute("code")!));
        Assert.Equal(expected.Count, (int)answer.Element(CsdNs + "result")!);
        Assert.True(CsdSchemaValidator.Validate(xml).IsValid, "The answer must validate against the official schema.");
    }

    [Fact]
    public async Task Notification_ActivityTypeAndSupportedPatient_AreAndedAndTheirValuesOred()
    {
        var since = DatasetSimulatorFixture.Options.ReferenceNow.AddYears(-10);

        var (_, xml) = await Client.PostAsync(Notification("2015-01-01T00:00:00", ["04", "05"], ["01"]), UpdateAction);

        var expected = Dataset.GetEstablishmentsUpdatedAfter(since)
            .Where(s => s.ActivityFields.Any(f => f is "04" or "05") && s.SupportedPatients.Contains("01"))
            .Select(s => s.StructureId).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, BodyChild(xml).Elements(CsdNs + "etablissementReponseNotif").Select(e => (string)e.Element(CsdNs + "id_etablissement")!.Attribute("code")!));
    }

    [Fact]
    public async Task Notification_WithoutDateRef_IsASenderFault()
    {
        var (status, xml) = await Client.PostAsync(Notification(string.Empty), UpdateAction);

        Assert.Equal(400, status);
        Assert.Equal(EnvNs + "Fault", BodyChild(xml).Name);
    }

    [Theory]
    [InlineData("1.2.250.1.71.1.2.14")]
    [InlineData("1.2.250.1.71.4.2.2")]
    public async Task EstablishmentRead_EitherAuthority_ReturnsTheWholeEstablishmentWithItsUnitCount(string authority)
    {
        var bundle = Dataset.EnumerateEstablishments().First(b => b.Facilities.Count > 3);

        var (status, xml) = await Client.PostAsync(EstablishmentRead(bundle.StructureId, authority), SearchAction);

        Assert.Equal(200, status);
        var expected = new CareServicesResponse
        {
            Outcome = new CareServicesResult { FacilityNumber = bundle.Facilities.Count(EstablishmentBundle.IsElementaryUnit), QueryResult = bundle.ToDocument() },
        };
        XmlEquivalence.Equal(CsdWriter.WriteToString(expected), BodyChild(xml));
        Assert.True(CsdSchemaValidator.Validate(xml).IsValid, "The answer must validate against the official schema.");
    }

    [Fact]
    public async Task EstablishmentRead_EveryFilter_AnswersTheSelectionOfTheEstablishment()
    {
        var bundle = Dataset.EnumerateEstablishments().First(b => b.Summarize().ActivityFields.Count >= 2);
        var since = bundle.LastUpdated.AddDays(-400);

        var (_, xml) = await Client.PostAsync(EstablishmentRead(bundle.StructureId, dateRef: since.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), fields: [bundle.Summarize().ActivityFields[0]]), SearchAction);

        var document = EstablishmentOfferSelection.Select(bundle, new EstablishmentReadCriteria
        {
            EstablishmentId = new OtherId { Code = bundle.StructureId, AssigningAuthorityName = "x" },
            ReferenceDate = since,
            ActivityTypes = [new CodedType { Code = bundle.Summarize().ActivityFields[0], CodingScheme = RorCodeSystems.ActivityField }],
        });
        Assert.True(document.Facilities.Count < bundle.Facilities.Count, "The filters must narrow the answer.");
        XmlEquivalence.Equal(CsdWriter.WriteToString(LectureAnswer.Build(document, RorAccessProfile.UnscheduledCareRegulation, true, Defaults)), BodyChild(xml));
        Assert.True(CsdSchemaValidator.Validate(xml).IsValid, "The answer must validate against the official schema.");
    }

    [Fact]
    public async Task EstablishmentRead_SupportedPatient_KeepsTheUnitsOfThatPublic()
    {
        var bundle = Dataset.EnumerateEstablishments().First(b => b.Summarize().SupportedPatients.Count >= 1 && b.Facilities.Count(EstablishmentBundle.IsElementaryUnit) >= 2);
        var patient = bundle.Summarize().SupportedPatients[0];

        var (_, xml) = await Client.PostAsync(EstablishmentRead(bundle.StructureId, patients: [patient]), SearchAction);

        var result = BodyChild(xml).Element(CsdNs + "result")!;
        var units = result.Descendants(CsdNs + "facility").Where(f => (string?)f.Element(CsdNs + "codedType")?.Attribute("code") == "4").ToList();
        Assert.All(units, u => Assert.Contains(u.Descendants(CsdNs + "supportedPatient"), p => (string?)p.Attribute("code") == patient));
        Assert.Equal(units.Count, (int)result.Element(CsdNs + "facilityNumber")!);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    public async Task EstablishmentRead_RestrictedOrganisation_ReturnsTheStructureWithoutUnitsOrPrices(string restricted)
    {
        var bundle = Dataset.EnumerateEstablishments().First(b => b.Facilities.Any(f => !EstablishmentBundle.IsElementaryUnit(f)));

        var (_, xml) = await Client.PostAsync(EstablishmentRead(bundle.StructureId, restricted: restricted), SearchAction);

        var expected = LectureAnswer.Build(RestrictedOrganizationView.Apply(bundle.ToDocument()), RorAccessProfile.UnscheduledCareRegulation, true, Defaults);
        XmlEquivalence.Equal(CsdWriter.WriteToString(expected), BodyChild(xml));
        Assert.Equal("0", BodyChild(xml).Element(CsdNs + "result")!.Element(CsdNs + "facilityNumber")!.Value);
        Assert.True(CsdSchemaValidator.Validate(xml).IsValid, "The answer must validate against the official schema.");
    }

    [Theory]
    [InlineData("CU23", RorAccessProfile.PublicInformation)]
    [InlineData("CU22", RorAccessProfile.UnscheduledCareRegulation)]
    [InlineData("CU20", RorAccessProfile.HealthAndSocialCareOrientation)]
    [InlineData("CU19", RorAccessProfile.SocialCareOrientation)]
    public async Task EstablishmentRead_EachProfile_EqualsThePolicyAppliedToTheProfileOneAnswer(string code, RorAccessProfile profile)
    {
        foreach (var bundle in Dataset.EnumerateEstablishments().Where(b => b.Facilities.Count > 0).Take(12))
        {
            var (_, full) = await Client.PostAsync(EstablishmentRead(bundle.StructureId), SearchAction, "CU22");
            var (_, narrowed) = await Client.PostAsync(EstablishmentRead(bundle.StructureId), SearchAction, code);

            var fullAnswer = await ReadResponseAsync(full);
            var expected = RorAccessPolicy.Apply(fullAnswer, RorAccessProfile.UnscheduledCareRegulation, profile);
            XmlEquivalence.Equal(CsdWriter.WriteToString(expected), BodyChild(narrowed));
            Assert.True(CsdSchemaValidator.Validate(narrowed).IsValid, $"The profile {code} answer must validate against the official schema.");
        }
    }

    [Fact]
    public async Task EstablishmentRead_UnknownEstablishment_IsTheNotFoundError()
    {
        var (status, xml) = await Client.PostAsync(EstablishmentRead("1990099999"), SearchAction);

        Assert.Equal(200, status);
        var error = BodyChild(xml).Element(CsdNs + "error")!;
        Assert.Equal("444", (string?)error.Attribute("code"));
        Assert.True(CsdSchemaValidator.Validate(xml).IsValid, "The error must validate against the official schema.");
    }

    [Fact]
    public async Task InternalOrganizationRead_Pole_ReturnsItsAncestorsAndDescendantsWithoutUnitCount()
    {
        var bundle = Dataset.EnumerateEstablishments().First(b => b.Facilities.Any(f => f.Codes[0].Code is "1" or "2"));
        var structure = bundle.Facilities.First(f => f.Codes[0].Code is "1" or "2");

        var (status, xml) = await Client.PostAsync(InternalOrganizationRead(structure.OtherIds[0].Code), SearchAction);

        Assert.Equal(200, status);
        var expected = LectureAnswer.Build(InternalOrganizationSelection.Select(bundle, structure), RorAccessProfile.UnscheduledCareRegulation, false, Defaults);
        XmlEquivalence.Equal(CsdWriter.WriteToString(expected), BodyChild(xml));
        Assert.Null(BodyChild(xml).Element(CsdNs + "result")!.Element(CsdNs + "facilityNumber"));
        Assert.True(CsdSchemaValidator.Validate(xml).IsValid, "The answer must validate against the official schema.");
    }

    [Fact]
    public async Task InternalOrganizationRead_Unknown_IsTheNotFoundError()
    {
        var (_, xml) = await Client.PostAsync(InternalOrganizationRead("11/99999999"), SearchAction);

        Assert.Equal("444", (string?)BodyChild(xml).Element(CsdNs + "error")?.Attribute("code"));
    }

    [Fact]
    public async Task Mutations_WhileRunning_AreVisibleInNotificationAndLecture()
    {
        var target = Dataset.EnumerateEstablishments().Skip(30).First(b => b.Facilities.Count > 0);
        var mark = Dataset.Now.AddSeconds(-1);

        Dataset.UpdateEstablishment(target.StructureId, b => b with { Establishment = b.Establishment with { PrimaryName = "ETABLISSEMENT RENOMME" } });
        var removed = Dataset.EnumerateEstablishments().Skip(40).First();
        Dataset.RemoveEstablishment(removed.StructureId);
        var added = Dataset.AddEstablishment(Dataset.Generator.GenerateEstablishment(5000));

        var (_, notification) = await Client.PostAsync(Notification(mark.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)), UpdateAction);
        var ids = BodyChild(notification).Elements(CsdNs + "etablissementReponseNotif").Select(e => (string)e.Element(CsdNs + "id_etablissement")!.Attribute("code")!).ToList();
        Assert.Contains(target.StructureId, ids);
        Assert.Contains(added.StructureId, ids);

        var (_, lecture) = await Client.PostAsync(EstablishmentRead(target.StructureId), SearchAction);
        Assert.Contains("ETABLISSEMENT RENOMME", lecture, StringComparison.Ordinal);
        var (_, gone) = await Client.PostAsync(EstablishmentRead(removed.StructureId), SearchAction);
        Assert.NotNull(BodyChild(gone).Element(CsdNs + "error"));
        var (_, fresh) = await Client.PostAsync(EstablishmentRead(added.StructureId), SearchAction);
        Assert.NotNull(BodyChild(fresh).Element(CsdNs + "result"));
    }

    [Fact]
    public async Task Extraction_WholeDataset_ValidatesAndIsTheSameBytesEveryTime()
    {
        using var first = await Client.Http.GetAsync(fixture.Simulator.ExtractionEndpoint);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var again = await Client.Http.GetByteArrayAsync(fixture.Simulator.ExtractionEndpoint);

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(bytes, again);
        using var stream = new MemoryStream(bytes);
        Assert.True(CsdSchemaValidator.Validate(stream).IsValid, "The extraction must validate against the official schema.");
    }

    private static async Task<CareServicesResponse> ReadResponseAsync(string envelope)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(envelope));
        return await CsdReader.ReadCareServicesResponseAsync(stream);
    }
}
