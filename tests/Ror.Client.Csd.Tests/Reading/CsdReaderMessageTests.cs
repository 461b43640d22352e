using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdReaderMessageTests
{
    [Fact]
    public async Task ReadCareServicesResponseAsync_EnvelopeWithHeader_ReadsResultAndAttributes()
    {
        await using var stream = ReadingFixtures.Open("care-services-response-envelope.xml");

        var response = await CsdReader.ReadCareServicesResponseAsync(stream, CsdReaderOptions.ForMessages);

        var result = Assert.IsType<CareServicesResult>(response.Outcome);
        Assert.Equal(1, result.FacilityNumber);
        Assert.Equal((2, 1, 1, 0, 0), (result.QueryResult.Organizations.Count, result.QueryResult.Services.Count, result.QueryResult.Facilities.Count, result.QueryResult.Providers.Count, result.QueryResult.Devices.Count));
        Assert.Equal("text/xml", response.ContentType);
        Assert.Equal("SRV-1", Assert.Single(Assert.Single(result.QueryResult.Facilities[0].Organizations).Services).EntityId);
    }

    [Fact]
    public async Task ReadCareServicesResponseAsync_BusinessError_ReturnsTheErrorOutcome()
    {
        await using var stream = ReadingFixtures.Open("care-services-response-error.xml");

        var response = await CsdReader.ReadCareServicesResponseAsync(stream);

        var error = Assert.IsType<CsdError>(response.Outcome);
        Assert.Equal((444, "Non prévu sur la plateforme"), (error.Code, error.Message));
    }

    [Fact]
    public async Task ReadEntitiesAsync_CareServicesResponseEnvelope_YieldsTheQueryResultEntities()
    {
        await using var stream = ReadingFixtures.Open("care-services-response-envelope.xml");

        var entities = await ReadingFixtures.ReadAllAsync(stream);

        Assert.Equal(["EJ-1", "EG-1", "SRV-1", "OI-42"], entities.Select(e => e.EntityId));
    }

    [Fact]
    public async Task ReadEntitiesAsync_BusinessError_ThrowsTheFault()
    {
        await using var stream = ReadingFixtures.Open("care-services-response-error.xml");

        var exception = await Assert.ThrowsAsync<CsdFaultException>(() => ReadingFixtures.ReadAllAsync(stream));

        Assert.Equal((444, "Non prévu sur la plateforme"), (exception.Fault.Code, exception.Fault.Message));
    }

    [Fact]
    public async Task ReadDocumentAsync_CareServicesResponse_ReturnsItsQueryResult()
    {
        await using var stream = ReadingFixtures.Open("care-services-response-envelope.xml");

        var document = await CsdReader.ReadDocumentAsync(stream);

        Assert.Equal(["EJ-1", "EG-1"], document.Organizations.Select(o => o.EntityId));
    }

    [Fact]
    public async Task ReadEstablishmentsUpdatedSinceResponseAsync_EntriesWithSupportedPatient_ReadsEveryEntry()
    {
        var deviations = new List<CsdReadDeviation>();
        await using var stream = ReadingFixtures.Open("notif-response.xml");

        var response = await CsdReader.ReadEstablishmentsUpdatedSinceResponseAsync(stream, ReadingFixtures.Collecting(deviations));

        Assert.Equal(2, response.Result);
        Assert.Equal(["1990000027", "1990000035"], response.Entries.Select(e => e.EstablishmentId.Code));
        Assert.Equal(new CodedType { Code = "04", CodingScheme = "1.2.250.1.213.3.3.17", Label = "Médico-social" }, Assert.Single(response.Entries[0].ActivityTypes));
        Assert.Equal((false, (bool?)null), (response.Entries[0].RestrictedOrganization, response.Entries[1].RestrictedOrganization));
        Assert.Empty(response.Entries[0].SupportedPatients);
        Assert.Equal("01", Assert.Single(response.Entries[1].SupportedPatients).Code);
        var deviation = Assert.Single(deviations);
        Assert.Equal((CsdDeviationKind.ToleratedElement, "supportedPatient", 14), (deviation.Kind, deviation.Name, deviation.LineNumber));
        Assert.Equal("/Envelope/Body/TR-Notif-ListeEtablissementMajApresDate_Reponse/etablissementReponseNotif[2]/supportedPatient", deviation.ElementPath);
    }

    [Fact]
    public async Task ReadEstablishmentsUpdatedSinceResponseAsync_ResultDiffersFromEntries_ReportsCountMismatch()
    {
        var deviations = new List<CsdReadDeviation>();
        var xml = ReadingFixtures.Text("notif-response.xml").Replace("<csd:result>2</csd:result>", "<csd:result>3</csd:result>", StringComparison.Ordinal);

        var response = await CsdReader.ReadEstablishmentsUpdatedSinceResponseAsync(ReadingFixtures.FromText(xml), ReadingFixtures.Collecting(deviations));

        Assert.Equal(3, response.Result);
        Assert.Contains(deviations, d => d.Kind == CsdDeviationKind.CountMismatch && d.Expected == "2");
    }

    [Fact]
    public async Task ReadCareServicesRequestAsync_EstablishmentRead_ReadsTheCriteria()
    {
        await using var stream = ReadingFixtures.Open("care-services-request-establishment.xml");

        var request = await CsdReader.ReadCareServicesRequestAsync(stream);

        var function = Assert.IsType<EstablishmentOfferReadFunction>(request.Query);
        Assert.Equal((CareServicesFunctionCall.FixedUrn, true), (function.Urn, function.Encapsulated));
        var criteria = function.Parameters.Criteria;
        Assert.Equal(new OtherId { Code = "1990000019", AssigningAuthorityName = "1.2.250.1.71.1.2.14" }, criteria.EstablishmentId);
        Assert.Equal(new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.FromHours(1)), criteria.ReferenceDate);
        Assert.Equal(("01", "01", false), (Assert.Single(criteria.ActivityTypes).Code, Assert.Single(criteria.SupportedPatients).Code, criteria.RestrictedOrganization));
    }

    [Fact]
    public async Task ReadCareServicesRequestAsync_InternalOrganizationRead_ReadsTheIdentifier()
    {
        await using var stream = ReadingFixtures.Open("care-services-request-internal-organization.xml");

        var request = await CsdReader.ReadCareServicesRequestAsync(stream);

        var function = Assert.IsType<InternalOrganizationOfferReadFunction>(request.Query);
        Assert.Equal("52/100042", function.Parameters.InternalOrganizationId.Code);
    }

    [Fact]
    public async Task ReadEstablishmentsUpdatedSinceRequestAsync_DateWithoutOffset_ReadsItInParisTime()
    {
        var deviations = new List<CsdReadDeviation>();
        await using var stream = ReadingFixtures.Open("notif-request.xml");

        var request = await CsdReader.ReadEstablishmentsUpdatedSinceRequestAsync(stream, ReadingFixtures.Collecting(deviations));

        Assert.Equal(new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.FromHours(1)), request.Parameters.ReferenceDate);
        Assert.Equal(("04", "01"), (Assert.Single(request.Parameters.ActivityTypes).Code, Assert.Single(request.Parameters.SupportedPatients).Code));
        var deviation = Assert.Single(deviations);
        Assert.Equal((CsdDeviationKind.DateTimeWithoutOffset, "dateRef", 8), (deviation.Kind, deviation.Name, deviation.LineNumber));
    }

    [Fact]
    public async Task ReadEstablishmentsUpdatedSinceRequestAsync_OtherTimeZone_UsesIt()
    {
        await using var stream = ReadingFixtures.Open("notif-request.xml");

        var request = await CsdReader.ReadEstablishmentsUpdatedSinceRequestAsync(stream, CsdReaderOptions.Default with { LocalTimeZone = TimeZoneInfo.Utc });

        Assert.Equal(new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero), request.Parameters.ReferenceDate);
    }

    [Fact]
    public async Task ReadFaultAsync_SoapFaultWithDetail_TakesCodeAndMessageFromTheErrorElement()
    {
        await using var stream = ReadingFixtures.Open("soap-fault.xml");

        var fault = await CsdReader.ReadFaultAsync(stream);

        Assert.Equal(new CsdFault(444, "Non prévu sur la plateforme", "env:Receiver", null), fault);
    }

    [Fact]
    public async Task ReadFaultAsync_NumericFaultCode_TakesTheCodeAndTheFrenchReason()
    {
        await using var stream = ReadingFixtures.Open("soap-fault-numeric-code.xml");

        var fault = await CsdReader.ReadFaultAsync(stream);

        Assert.Equal(new CsdFault(405, "Nombre d'UE incohérent", "405", null), fault);
    }

    [Fact]
    public async Task ReadFaultAsync_ReasonOnly_PrefersTheFrenchText()
    {
        var xml = ReadingFixtures.Text("soap-fault.xml").Replace("<env:Detail>", "<env:Detail><other/>", StringComparison.Ordinal)
            .Replace("<ror:erreur xmlns:ror=\"urn:asip:ror:2015\" code=\"444\" message=\"Non prévu sur la plateforme\"/>", string.Empty, StringComparison.Ordinal);

        var fault = await CsdReader.ReadFaultAsync(ReadingFixtures.FromText(xml));

        Assert.Equal(new CsdFault(null, "Non prévu sur la plateforme (raison)", "env:Receiver", null), fault);
    }

    [Fact]
    public async Task ReadFaultAsync_BareErreur_TakesTheTextAsMessage()
    {
        await using var stream = ReadingFixtures.Open("bare-erreur.xml");

        var fault = await CsdReader.ReadFaultAsync(stream);

        Assert.Equal(new CsdFault(444, "Non prévu sur la plateforme", null, null), fault);
    }

    [Theory]
    [InlineData("soap-fault.xml", 444)]
    [InlineData("soap-fault-numeric-code.xml", 405)]
    [InlineData("bare-erreur.xml", 444)]
    public async Task ReadCareServicesResponseAsync_ErrorAnswer_ThrowsCsdFaultException(string fixture, int code)
    {
        await using var stream = ReadingFixtures.Open(fixture);

        var exception = await Assert.ThrowsAsync<CsdFaultException>(() => CsdReader.ReadCareServicesResponseAsync(stream));

        Assert.Equal(code, exception.Fault.Code);
    }

    [Theory]
    [InlineData("soap-fault.xml")]
    [InlineData("bare-erreur.xml")]
    public async Task ReadEstablishmentsUpdatedSinceResponseAsync_ErrorAnswer_ThrowsCsdFaultException(string fixture)
    {
        await using var stream = ReadingFixtures.Open(fixture);

        var exception = await Assert.ThrowsAsync<CsdFaultException>(() => CsdReader.ReadEstablishmentsUpdatedSinceResponseAsync(stream));

        Assert.Equal(444, exception.Fault.Code);
    }

    [Fact]
    public async Task ReadEntitiesAsync_SoapFault_ThrowsCsdFaultException()
    {
        await using var stream = ReadingFixtures.Open("soap-fault.xml");

        var exception = await Assert.ThrowsAsync<CsdFaultException>(() => ReadingFixtures.ReadAllAsync(stream));

        Assert.Equal("env:Receiver", exception.Fault.SoapCode);
    }

    [Fact]
    public void ReadCareServicesResponse_ReaderOnBodyContent_ReadsAndLeavesTheReaderAfterTheMessage()
    {
        using var reader = XmlReader.Create(ReadingFixtures.PathOf("care-services-response-envelope.xml"));
        reader.ReadToDescendant("Body", CsdNamespaces.Soap12);
        reader.Read();

        var response = CsdReader.ReadCareServicesResponse(reader);

        Assert.Equal(1, Assert.IsType<CareServicesResult>(response.Outcome).FacilityNumber);
        reader.MoveToContent();
        Assert.Equal((XmlNodeType.EndElement, "Body"), (reader.NodeType, reader.LocalName));
    }

    [Fact]
    public void ReadEstablishmentsUpdatedSinceResponse_ReaderOnMessage_ReadsEveryEntry()
    {
        using var reader = XmlReader.Create(ReadingFixtures.PathOf("notif-response.xml"));
        reader.ReadToDescendant("TR-Notif-ListeEtablissementMajApresDate_Reponse", CsdNamespaces.Ror);

        var response = CsdReader.ReadEstablishmentsUpdatedSinceResponse(reader);

        Assert.Equal(2, response.Entries.Count);
    }

    [Fact]
    public void ReadCareServicesRequest_ReaderOnMessage_ReadsTheRequest()
    {
        using var reader = XmlReader.Create(ReadingFixtures.PathOf("care-services-request-establishment.xml"));
        reader.ReadToDescendant("careServicesRequest", CsdNamespaces.Csd);

        var request = CsdReader.ReadCareServicesRequest(reader);

        Assert.IsType<EstablishmentOfferReadFunction>(request.Query);
        reader.MoveToContent();
        Assert.Equal((XmlNodeType.EndElement, "Body"), (reader.NodeType, reader.LocalName));
    }

    [Fact]
    public void ReadEstablishmentsUpdatedSinceRequest_WholeEnvelope_ReadsTheRequest()
    {
        using var reader = XmlReader.Create(ReadingFixtures.PathOf("notif-request.xml"));

        var request = CsdReader.ReadEstablishmentsUpdatedSinceRequest(reader);

        Assert.Equal("04", Assert.Single(request.Parameters.ActivityTypes).Code);
    }

    [Fact]
    public void ReadFault_ReaderOnFault_ReadsTheFault()
    {
        using var reader = XmlReader.Create(ReadingFixtures.PathOf("soap-fault.xml"));
        reader.ReadToDescendant("Fault", CsdNamespaces.Soap12);

        var fault = CsdReader.ReadFault(reader);

        Assert.Equal(444, fault.Code);
    }

    [Fact]
    public void ReadDocument_ReaderOnCsd_ReadsTheDocument()
    {
        using var reader = XmlReader.Create(ReadingFixtures.PathOf("csd-complete.xml"));

        var document = CsdReader.ReadDocument(reader);

        Assert.Equal(4, document.Facilities.Count);
    }

    [Fact]
    public void ReadCareServicesResponse_ReaderOnFault_ThrowsCsdFaultException()
    {
        using var reader = XmlReader.Create(ReadingFixtures.PathOf("soap-fault.xml"));
        reader.ReadToDescendant("Fault", CsdNamespaces.Soap12);

        var exception = Assert.Throws<CsdFaultException>(() => CsdReader.ReadCareServicesResponse(reader));

        Assert.Equal(444, exception.Fault.Code);
    }

    [Fact]
    public async Task CreateUtf8XmlReader_EnvelopeBodyContent_ReadsTheSameResponseAsTheStreamReader()
    {
        await using var expectedStream = ReadingFixtures.Open("care-services-response-envelope.xml");
        var expected = await CsdReader.ReadCareServicesResponseAsync(expectedStream, CsdReaderOptions.ForMessages);
        using var stream = File.OpenRead(ReadingFixtures.PathOf("care-services-response-envelope.xml"));
        using var reader = CsdReader.CreateUtf8XmlReader(stream, CsdReaderOptions.ForMessages);
        Assert.True(reader.ReadToDescendant("Body", CsdNamespaces.Soap12));
        reader.Read();

        var response = CsdReader.ReadCareServicesResponse(reader, CsdReaderOptions.ForMessages);

        Assert.Equal(expected.Outcome, response.Outcome);
        reader.MoveToContent();
        Assert.Equal((XmlNodeType.EndElement, "Body"), (reader.NodeType, reader.LocalName));
    }

    [Fact]
    public void CreateUtf8XmlReader_NonAsciiText_ReadsTheCharacters()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("<a xmlns=\"urn:test\">Prévu à l'hôpital</a>"));
        using var reader = CsdReader.CreateUtf8XmlReader(stream);

        reader.MoveToContent();

        Assert.Equal("Prévu à l'hôpital", reader.ReadElementContentAsString());
    }

    [Fact]
    public void CreateUtf8XmlReader_OtherDeclaredEncoding_ThrowsWithThePosition()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>"));
        using var reader = CsdReader.CreateUtf8XmlReader(stream);

        var exception = Assert.ThrowsAny<XmlException>(() => reader.Read());

        Assert.Contains("UTF-8", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, exception.LineNumber);
        Assert.True(exception.LinePosition >= 1);
    }

    [Fact]
    public void CreateUtf8XmlReader_Dtd_IsRefused()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"));
        using var reader = CsdReader.CreateUtf8XmlReader(stream);

        var exception = Assert.ThrowsAny<XmlException>(() =>
        {
            while (reader.Read())
            {
            }
        });

        Assert.Equal(1, exception.LineNumber);
    }

    [Fact]
    public void CreateUtf8XmlReader_DocumentOverTheLimit_IsRefused()
    {
        var body = "<a>" + new string('x', 4096) + "</a>";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        using var reader = CsdReader.CreateUtf8XmlReader(stream, CsdReaderOptions.Default with { MaxDocumentBytes = 1024 });

        Assert.ThrowsAny<XmlException>(() =>
        {
            while (reader.Read())
            {
            }
        });
    }

    [Fact]
    public void CreateUtf8XmlReader_MalformedContentReadAsResponse_IsACsdFormatExceptionWithThePosition()
    {
        var envelope = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>\n"
            + "<csd:careServicesResponse xmlns:csd=\"urn:ihe:iti:csd:2013\"><csd:result></csd:careServicesResponse></env:Body></env:Envelope>";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(envelope));
        using var reader = CsdReader.CreateUtf8XmlReader(stream);
        Assert.True(reader.ReadToDescendant("Body", CsdNamespaces.Soap12));
        reader.Read();

        var exception = Assert.Throws<CsdFormatException>(() => CsdReader.ReadCareServicesResponse(reader));

        Assert.Equal(CsdFormatError.Malformed, exception.Error);
        Assert.Equal(2, exception.LineNumber);
    }

    [Fact]
    public void CreateUtf8XmlReader_NullStream_Throws() =>
        Assert.Throws<ArgumentNullException>(() => CsdReader.CreateUtf8XmlReader(null!));
}
