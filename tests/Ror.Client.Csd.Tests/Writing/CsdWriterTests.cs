using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Tests.Fixtures;
using Ror.Client.Csd.Validation;

namespace Ror.Client.Csd.Tests.Writing;

public sealed class CsdWriterTests
{
    private static readonly XNamespace Csd = CsdNamespaces.Csd;

    public static TheoryData<string> MessageNames => new(CsdFixtures.AllMessages.Select(message => message.Name));

    [Theory]
    [MemberData(nameof(MessageNames))]
    public async Task WriteMessageAsync_EveryFixture_ValidatesAgainstTheOfficialXsd(string name)
    {
        var bytes = await WrittenXml.WriteAsync(CsdFixtures.MessageNamed(name));

        using var stream = new MemoryStream(bytes);
        WrittenXml.AssertValid(name, await CsdSchemaValidator.ValidateAsync(stream, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void WriteMessage_EveryFixtureIntoAnXmlDictionaryWriter_Validates(string name)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlDictionaryWriter.CreateTextWriter(stream, Encoding.UTF8, ownsStream: false))
        {
            CsdWriter.WriteMessage(writer, CsdFixtures.MessageNamed(name));
        }

        stream.Position = 0;
        WrittenXml.AssertValid(name, CsdSchemaValidator.Validate(stream));
    }

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void WriteToString_EveryFixtureIndented_Validates(string name)
    {
        var xml = CsdWriter.WriteToString(CsdFixtures.MessageNamed(name), new CsdWriterOptions { Indent = true });

        WrittenXml.AssertValid(name, CsdSchemaValidator.Validate(xml));
    }

    [Fact]
    public void WrittenFixtures_Together_UseEveryElementAndAttributeOfTheXsd()
    {
        var coverage = new XsdCoverage();

        foreach (var (_, message) in CsdFixtures.AllMessages)
        {
            coverage.Observe(CsdWriter.WriteToString(message));
        }

        var missing = coverage.Missing();
        Assert.True(
            missing.Count == 0,
            $"{missing.Count} of {coverage.Declared.Count} XSD declarations are never written by the fixtures:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");
    }

    [Fact]
    public void XsdCoverage_DocumentMissingAnElement_ReportsIt()
    {
        var coverage = new XsdCoverage();

        coverage.Observe(CsdWriter.WriteToString(CsdFixtures.Minimal));

        Assert.Contains("facilityExtension/annualOpenning", coverage.Missing());
        Assert.Contains("accommodationCapacity/beds/@avaible", coverage.Missing());
        Assert.DoesNotContain("facility/primaryName", coverage.Missing());
    }

    [Fact]
    public async Task WriteDocumentAsync_CareServicesResponseRoot_WrapsTheDocumentWithTheFacilityNumber()
    {
        var options = new CsdWriterOptions { DocumentRoot = CsdDocumentRoot.CareServicesResponse, FacilityNumber = CsdFixtures.RichElementaryUnitCount };
        using var stream = new MemoryStream();

        await CsdWriter.WriteDocumentAsync(stream, CsdFixtures.Rich, options);

        stream.Position = 0;
        var document = XDocument.Load(stream);
        Assert.Equal(Csd + "careServicesResponse", document.Root!.Name);
        Assert.Equal("3", document.Root.Element(Csd + "result")!.Element(Csd + "facilityNumber")!.Value);
        Assert.Equal(5, document.Root.Element(Csd + "result")!.Element(Csd + "queryResult")!.Elements().Count());
        stream.Position = 0;
        WrittenXml.AssertValid("wrapped rich document", CsdSchemaValidator.Validate(stream));
    }

    [Fact]
    public void WriteDocument_Stream_WritesUtf8WithoutByteOrderMarkAndWithDeclaration()
    {
        using var stream = new MemoryStream();

        CsdWriter.WriteDocument(stream, CsdFixtures.Minimal);

        var bytes = stream.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "UTF-8 output must not start with a byte order mark by default.");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><CSD xmlns=\"urn:ihe:iti:csd:2013\">", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDocument_IndentOption_IndentsWithTwoSpaces()
    {
        using var stream = new MemoryStream();

        CsdWriter.WriteDocument(stream, CsdFixtures.Minimal, new CsdWriterOptions { Indent = true, OmitXmlDeclaration = true });

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("<CSD xmlns=\"urn:ihe:iti:csd:2013\">\n  <organizationDirectory>\n    <organization entityID=\"EJ-9\">", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDocument_ExistingXmlWriter_WritesIntoIt()
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("wrapper", "urn:example");
            CsdWriter.WriteDocument(writer, CsdFixtures.Minimal);
            writer.WriteEndElement();
        }

        var root = XElement.Parse(text.ToString());
        Assert.Equal(Csd + "CSD", root.Elements().Single().Name);
    }

    [Fact]
    public void WriteToString_Rich_WritesTheMisspelledWireNamesOfTheXsd()
    {
        var xml = CsdWriter.WriteToString(CsdFixtures.Rich);

        foreach (var wireName in new[]
        {
            "avaible=", "<residentialCapactity>", "<crisisAccomodationCapacity>", "<annualOpenning ", "<recognation>",
            "<accomodationFamily>", "<nbTemporarySocialeHelpPlace>", "<basePackageAccomodation>", "<exerciceModeInUnit ",
            "<coordonneesFiables>", "<levelRecourseORSAN ", "<DESCNonQualifiant ",
        })
        {
            Assert.True(xml.Contains(wireName, StringComparison.Ordinal), $"The output should contain the wire name {wireName}.");
        }
    }

    [Fact]
    public void WriteToString_FacilityExtension_FollowsTheXsdSequence()
    {
        var extension = Element(CsdFixtures.Rich, "facility", CsdFixtures.MedicalUnitId).Element(Csd + "extension")!;

        var names = extension.Elements().Select(element => element.Name.LocalName).Distinct().ToList();

        Assert.Equal(
            [
                "contact", "mailBoxMSS", "finalClosingDate", "creationDate", "typeActivity", "careMode", "patientsType",
                "accommodationCapacity", "crisisAccomodationCapacity", "residentialCapactity", "resourcesSkills", "equipment",
                "receptionType", "receptionMode", "takingCareSpeciality", "facilityType", "location", "interventionZone",
                "annualOpenning", "psychiatricSector", "specificAct", "parentFacility", "managementType", "maternityHospitalType",
                "sensitiveUnit",
            ],
            names);
    }

    [Fact]
    public void WriteToString_Organization_FollowsTheXsdSequence()
    {
        var names = Element(CsdFixtures.Rich, "organization", CsdFixtures.LegalEntityId).Elements().Select(element => element.Name.LocalName).Distinct();

        Assert.Equal(
            ["otherID", "codedType", "primaryName", "otherName", "address", "contact", "credential", "language", "specialization", "contactPoint", "record"],
            names);
    }

    [Fact]
    public void WriteToString_Price_WritesTheVariantBetweenUpdateDateAndRecord()
    {
        var price = Element(CsdFixtures.Rich, "organization", CsdFixtures.EstablishmentId).Element(Csd + "extension")!.Element(Csd + "price")!;

        Assert.Equal(
            ["priceType", "priceUnit", "price", "updateDate", "basePackageAccomodation", "record"],
            price.Elements().Select(element => element.Name.LocalName));
    }

    [Fact]
    public void WriteToString_CsdRoot_HasTheFiveDirectoriesInOrderEvenWhenEmpty()
    {
        var root = XElement.Parse(CsdWriter.WriteToString(new CsdDocument()));

        Assert.Equal(
            ["organizationDirectory", "serviceDirectory", "facilityDirectory", "providerDirectory", "deviceDirectory"],
            root.Elements().Select(element => element.Name.LocalName));
    }

    [Fact]
    public void WriteToString_Values_UseTheCanonicalXsdForms()
    {
        var xml = CsdWriter.WriteToString(CsdFixtures.Rich);

        Assert.Contains("created=\"2019-03-04T09:15:00+01:00\" updated=\"2024-06-05T14:12:30.5+02:00\"", xml, StringComparison.Ordinal);
        Assert.Contains("updateDate=\"2024-06-05T06:00:00+00:00\"", xml, StringComparison.Ordinal);
        Assert.Contains("<beginningHour>08:30:00</beginningHour><endingHour>18:45:30</endingHour>", xml, StringComparison.Ordinal);
        Assert.Contains("<beginEffectiveDate>2024-01-01</beginEffectiveDate>", xml, StringComparison.Ordinal);
        Assert.Contains("<latitude>48.856614</latitude><longitude>2.3522219</longitude>", xml, StringComparison.Ordinal);
        Assert.Contains("<longitude>-1.25</longitude>", xml, StringComparison.Ordinal);
        Assert.Contains("<amount>72.35</amount>", xml, StringComparison.Ordinal);
        Assert.Contains("<amount>150</amount>", xml, StringComparison.Ordinal);
        Assert.Contains("<sensitiveUnit>true</sensitiveUnit>", xml, StringComparison.Ordinal);
        Assert.Contains("<dayOfTheWeek>0</dayOfTheWeek>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteToString_SameInstantWithDifferentOffsets_KeepsEachOffset()
    {
        var paris = new DateTimeOffset(2024, 6, 5, 14, 0, 0, TimeSpan.FromHours(2));
        var utc = paris.ToUniversalTime();
        var third = paris.AddSeconds(1);
        var services = new[] { paris, utc, third, paris }
            .Select((time, i) => CsdFixtures.SecondService with { EntityId = $"S{i}", Record = CsdFixtures.SecondService.Record with { Created = time, Updated = time } });

        var xml = CsdWriter.WriteToString(new CsdDocument { Services = [.. services] });

        var created = XElement.Parse(xml).Descendants(Csd + "record").Select(record => (string?)record.Attribute("created"));
        Assert.Equal(["2024-06-05T14:00:00+02:00", "2024-06-05T12:00:00+00:00", "2024-06-05T14:00:01+02:00", "2024-06-05T14:00:00+02:00"], created);
    }

    [Fact]
    public void WriteToString_ValuesUnderAnotherCulture_StayInvariant()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");

            var xml = CsdWriter.WriteToString(CsdFixtures.Rich);

            Assert.Contains("<amount>72.35</amount>", xml, StringComparison.Ordinal);
            Assert.Contains("<latitude>48.856614</latitude>", xml, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "INF")]
    [InlineData(double.NegativeInfinity, "-INF")]
    [InlineData(1e21, "1E+21")]
    [InlineData(0.1, "0.1")]
    public void WriteToString_DoubleAmount_IsAValidRoundTrippableXsDouble(double amount, string expected)
    {
        var organization = CsdFixtures.Establishment;
        var price = organization.Extensions[0].Prices[0];
        var document = new CsdDocument
        {
            Organizations = [organization with { Extensions = [organization.Extensions[0] with { Prices = [price with { Amount = price.Amount with { Amount = amount } }] }] }],
        };

        var xml = CsdWriter.WriteToString(document);

        Assert.Contains($"<amount>{expected}</amount>", xml, StringComparison.Ordinal);
        Assert.True(amount.Equals(XmlConvert.ToDouble(expected)), $"{expected} should read back as {amount}.");
        WrittenXml.AssertValid(expected, CsdSchemaValidator.Validate(xml));
    }

    [Theory]
    [InlineData(false, "<restrictedOrganisation>false</restrictedOrganisation>")]
    [InlineData(true, "<restrictedOrganisation>0</restrictedOrganisation>")]
    public void WriteToString_RestrictedOrganizationOption_ChoosesTheBooleanForm(bool asDigit, string expected)
    {
        var xml = CsdWriter.WriteToString(CsdFixtures.EstablishmentReadRequest, new CsdWriterOptions { RestrictedOrganizationAsDigit = asDigit });

        Assert.Contains(expected, xml, StringComparison.Ordinal);
        WrittenXml.AssertValid(expected, CsdSchemaValidator.Validate(xml));
    }

    [Theory]
    [InlineData(false, "<dateRef>2025-01-06T00:00:00+01:00</dateRef>")]
    [InlineData(true, "<dateRef>2025-01-06T00:00:00</dateRef>")]
    public void WriteToString_OmitOffsetInRequestDatesOption_ChoosesTheDateRefForm(bool omitOffset, string expected)
    {
        var xml = CsdWriter.WriteToString(CsdFixtures.NotifRequest, new CsdWriterOptions { OmitOffsetInRequestDates = omitOffset });

        Assert.Contains(expected, xml, StringComparison.Ordinal);
        WrittenXml.AssertValid(expected, CsdSchemaValidator.Validate(xml));
    }

    [Fact]
    public void WriteToString_NotifRequest_UsesTheRorPrefixAndTheCsdDefaultNamespace()
    {
        var xml = CsdWriter.WriteToString(CsdFixtures.NotifRequest);

        Assert.StartsWith(
            "<ror:TR-Notif-ListeEtablissementsMajApresDate_Demande xmlns=\"urn:ihe:iti:csd:2013\" xmlns:ror=\"urn:asip:ror:2015\"><params><dateRef>",
            xml,
            StringComparison.Ordinal);
    }

    [Fact]
    public void WriteToString_FaultDetail_IsARorErreurElement()
    {
        var xml = CsdWriter.WriteToString(CsdFixtures.FaultDetail);

        Assert.Equal(
            "<ror:erreur code=\"444\" message=\"Non prévu sur la plateforme\" xmlns:ror=\"urn:asip:ror:2015\">Transaction non ouverte</ror:erreur>",
            xml);
    }

    [Fact]
    public void WriteToString_ErrorResponse_WritesTheErrorChoice()
    {
        var root = XElement.Parse(CsdWriter.WriteToString(CsdFixtures.ErrorResponse));

        var error = Assert.Single(root.Elements());
        Assert.Equal(Csd + "error", error.Name);
        Assert.Equal("405", (string?)error.Attribute("code"));
    }

    [Fact]
    public void WriteToString_ToleratedNotifSupportedPatient_IsNotWritten()
    {
        var response = CsdFixtures.NotifResponse;
        var withTolerated = response with { Entries = [response.Entries[0] with { SupportedPatients = [new CodedType { Code = "01", CodingScheme = "1.2.250.1.213.3.3.29" }] }] };

        var xml = CsdWriter.WriteToString(withTolerated);

        Assert.DoesNotContain("supportedPatient", xml, StringComparison.Ordinal);
        WrittenXml.AssertValid("Notif response", CsdSchemaValidator.Validate(xml));
    }

    [Fact]
    public void WriteToString_ExtensionExtraAttributeAndLocalElement_AreWritten()
    {
        var service = CsdFixtures.MainService with
        {
            Extension = CsdFixtures.MainService.Extension! with
            {
                LocalElement = "<note>libre</note>",
                ExtraAttributes = [new ExtraAttribute { NamespaceUri = "http://www.w3.org/XML/1998/namespace", LocalName = "lang", Value = "fr" }],
            },
        };

        var xml = CsdWriter.WriteToString(new CsdDocument { Services = [service] });

        Assert.Contains("<note xmlns=\"\">libre</note><actFamily", xml, StringComparison.Ordinal);
        Assert.Contains("xml:lang=\"fr\"", xml, StringComparison.Ordinal);
        WrittenXml.AssertValid("extension with extras", CsdSchemaValidator.Validate(xml));
    }

    [Fact]
    public void WriteToString_FacilityWithoutCodedType_ThrowsNamingTheEntity()
    {
        var document = new CsdDocument { Facilities = [CsdFixtures.Pole with { Codes = [] }] };

        var exception = Assert.Throws<ArgumentException>(() => CsdWriter.WriteToString(document));

        Assert.Contains("'OI-10'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("codedType", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteToString_MissingRequiredRecord_ThrowsNamingTheEntity()
    {
        var document = new CsdDocument { Services = [CsdFixtures.SecondService with { Record = null! }] };

        var exception = Assert.Throws<ArgumentException>(() => CsdWriter.WriteToString(document));

        Assert.Contains("'SRV-2'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("record", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteToString_UnsupportedMessageType_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => CsdWriter.WriteToString(CsdFixtures.Pole));

        Assert.Contains("is not a ROR CSD message", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteMessageAsync_FlushThresholdBelowOneKilobyte_Throws()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CsdWriter.WriteMessageAsync(stream, CsdFixtures.Minimal, new CsdWriterOptions { FlushThresholdBytes = 10 }));
    }

    [Fact]
    public async Task WriteMessageAsync_CancelledToken_Throws()
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsdWriter.WriteMessageAsync(stream, CsdFixtures.Rich, cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task WriteDocumentAsync_SameDocumentTwice_WritesTheSameBytesAsTheSynchronousWriter()
    {
        using var asyncStream = new MemoryStream();
        using var syncStream = new MemoryStream();

        await CsdWriter.WriteDocumentAsync(asyncStream, CsdFixtures.Rich);
        CsdWriter.WriteDocument(syncStream, CsdFixtures.Rich);

        Assert.Equal(syncStream.ToArray(), asyncStream.ToArray());
    }

    private static XElement Element(CsdDocument document, string localName, string entityId) =>
        XElement.Parse(CsdWriter.WriteToString(document))
            .Descendants(Csd + localName)
            .Single(element => (string?)element.Attribute("entityID") == entityId && element.Parent!.Name.LocalName.EndsWith("Directory", StringComparison.Ordinal));
}
