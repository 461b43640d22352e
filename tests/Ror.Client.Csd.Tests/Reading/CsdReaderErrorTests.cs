using System.IO.Compression;
using System.Text;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdReaderErrorTests
{
    private const string Records = """<record created="2020-01-01T00:00:00Z" updated="2020-01-01T00:00:00Z" status="Ok"/>""";

    [Fact]
    public async Task ReadEntitiesAsync_MismatchedEndTag_ThrowsMalformedWithPosition()
    {
        var exception = await ReadFailingAsync("<CSD xmlns=\"urn:ihe:iti:csd:2013\">\n  <organizationDirectory>\n  </serviceDirectory>\n</CSD>");

        Assert.Equal((CsdFormatError.Malformed, 3, 5, "/CSD/organizationDirectory"), (exception.Error, exception.LineNumber, exception.LinePosition, exception.ElementPath));
        Assert.IsAssignableFrom<System.Xml.XmlException>(exception.InnerException);
    }

    [Fact]
    public async Task ReadEntitiesAsync_WrongRoot_ThrowsUnexpectedRootNamingTheExpectedOne()
    {
        var exception = await ReadFailingAsync("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");

        Assert.Equal((CsdFormatError.UnexpectedRoot, "/html", 1, 2), (exception.Error, exception.ElementPath, exception.LineNumber, exception.LinePosition));
        Assert.Contains("{urn:ihe:iti:csd:2013}CSD", exception.Expected, StringComparison.Ordinal);
        Assert.Contains("{http://www.w3.org/1999/xhtml}html", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEntitiesAsync_CsdInWrongNamespace_ThrowsUnexpectedRoot()
    {
        var exception = await ReadFailingAsync("<CSD xmlns=\"urn:ihe:iti:csd:2012\"><organizationDirectory/></CSD>");

        Assert.Equal(CsdFormatError.UnexpectedRoot, exception.Error);
        Assert.Contains("{urn:ihe:iti:csd:2012}CSD", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEntitiesAsync_Soap11Envelope_ThrowsUnexpectedRootNamingSoap12()
    {
        var exception = await ReadFailingAsync("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body/></e:Envelope>");

        Assert.Equal((CsdFormatError.UnexpectedRoot, "{http://www.w3.org/2003/05/soap-envelope}Envelope (SOAP 1.2)"), (exception.Error, exception.Expected));
    }

    [Fact]
    public async Task ReadEntitiesAsync_EmptySoapBody_ThrowsUnexpectedRoot()
    {
        var exception = await ReadFailingAsync("<e:Envelope xmlns:e=\"http://www.w3.org/2003/05/soap-envelope\"><e:Header/><e:Body/></e:Envelope>");

        Assert.Equal((CsdFormatError.UnexpectedRoot, "/Envelope/Body", 1), (exception.Error, exception.ElementPath, exception.LineNumber));
    }

    [Fact]
    public async Task ReadCareServicesResponseAsync_NotifAnswer_ThrowsUnexpectedRoot()
    {
        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => CsdReader.ReadCareServicesResponseAsync(ReadingFixtures.Open("notif-response.xml")));

        Assert.Equal((CsdFormatError.UnexpectedRoot, "/Envelope/Body/TR-Notif-ListeEtablissementMajApresDate_Reponse"), (exception.Error, exception.ElementPath));
    }

    [Fact]
    public async Task ReadCareServicesRequestAsync_NotifRequest_ThrowsUnexpectedRoot()
    {
        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => CsdReader.ReadCareServicesRequestAsync(ReadingFixtures.Open("notif-request.xml")));

        Assert.Equal(CsdFormatError.UnexpectedRoot, exception.Error);
    }

    [Fact]
    public async Task ReadFaultAsync_DataAnswer_ThrowsUnexpectedRoot()
    {
        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => CsdReader.ReadFaultAsync(ReadingFixtures.Open("care-services-response-error.xml")));

        Assert.Equal(CsdFormatError.UnexpectedRoot, exception.Error);
    }

    [Fact]
    public async Task ReadCareServicesResponseAsync_NeitherResultNorError_ThrowsMissingContent()
    {
        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => CsdReader.ReadCareServicesResponseAsync(ReadingFixtures.FromText("<careServicesResponse xmlns=\"urn:ihe:iti:csd:2013\"/>")));

        Assert.Equal((CsdFormatError.MissingContent, "result | error"), (exception.Error, exception.Expected));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(120)]
    [InlineData(2000)]
    [InlineData(9000)]
    public async Task ReadEntitiesAsync_TruncatedStream_ThrowsTruncatedAfterTheEntitiesBeforeTheCut(int cutFromEnd)
    {
        var bytes = ReadingFixtures.Bytes("csd-complete.xml");
        var cut = bytes[..(bytes.Length - 2 - cutFromEnd)];
        var read = new List<string>();

        var exception = await Assert.ThrowsAsync<CsdFormatException>(async () =>
        {
            await foreach (var entity in CsdReader.ReadEntitiesAsync(new ReadingFixtures.ForwardOnlyStream(cut)))
            {
                read.Add(entity.EntityId);
            }
        });

        Assert.Equal(CsdFormatError.Truncated, exception.Error);
        Assert.True(exception.LineNumber > 0, "A truncation must be located.");
        Assert.True(read.Count < 10 || cutFromEnd < 200, $"Cut {cutFromEnd} bytes from the end, yet every entity was read.");
    }

    [Fact]
    public async Task ReadEntitiesAsync_TruncatedInsideAnEntity_LocatesTheElementTheInputEndedIn()
    {
        // Cut after crisisCapacityT0 is closed: the input ends inside its parent.
        var text = ReadingFixtures.Text("csd-complete.xml");
        var cut = text[..text.IndexOf("<crisisCapacityT60>", StringComparison.Ordinal)];

        var exception = await ReadFailingAsync(cut);

        Assert.Equal((CsdFormatError.Truncated, "/CSD/facilityDirectory/facility[4]/extension/crisisAccomodationCapacity"), (exception.Error, exception.ElementPath));
    }

    [Fact]
    public async Task ReadEntitiesAsync_TruncatedInsideAStartTag_LocatesTheElementItStarts()
    {
        // Cut inside the attributes of the fourth facility's start tag: that facility, not the end of the third, is where it ended.
        var text = ReadingFixtures.Text("csd-complete.xml");
        var start = -1;
        for (var i = 0; i < 4; i++)
        {
            start = text.IndexOf("<facility ", start + 1, StringComparison.Ordinal);
        }

        var exception = await ReadFailingAsync(text[..(start + "<facility entity".Length)]);

        Assert.Equal((CsdFormatError.Truncated, "/CSD/facilityDirectory/facility[4]"), (exception.Error, exception.ElementPath));
    }

    [Fact]
    public async Task ReadEntitiesAsync_TruncatedBetweenTwoEntities_LocatesTheirDirectory()
    {
        var text = ReadingFixtures.Text("csd-complete.xml");
        var end = text.IndexOf("</facility>", StringComparison.Ordinal) + "</facility>".Length;

        var exception = await ReadFailingAsync(text[..(end + 1)]);

        Assert.Equal((CsdFormatError.Truncated, "/CSD/facilityDirectory"), (exception.Error, exception.ElementPath));
    }

    [Fact]
    public async Task ReadEntitiesAsync_EmptyInput_ThrowsTruncated()
    {
        var exception = await ReadFailingAsync(string.Empty);

        Assert.Equal(CsdFormatError.Truncated, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_TruncatedGzip_ThrowsTruncated()
    {
        var gzip = ReadingFixtures.Gzip(ReadingFixtures.Bytes("csd-complete.xml"));

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(gzip[..(gzip.Length / 2)])));

        Assert.Equal(CsdFormatError.Truncated, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_Doctype_ThrowsDtdProhibited()
    {
        var exception = await ReadFailingAsync("<?xml version=\"1.0\"?>\n<!DOCTYPE CSD [<!ELEMENT CSD ANY>]>\n<CSD xmlns=\"urn:ihe:iti:csd:2013\"/>");

        Assert.Equal((CsdFormatError.DtdProhibited, 2, 1), (exception.Error, exception.LineNumber, exception.LinePosition));
    }

    [Fact]
    public async Task ReadEntitiesAsync_ExternalEntity_ThrowsDtdProhibitedWithoutResolvingIt()
    {
        var secret = Path.Combine(Path.GetTempPath(), "ror-csd-secret-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(secret, "SECRET");
        try
        {
            var xml = $"<!DOCTYPE CSD [<!ENTITY xxe SYSTEM \"file://{secret}\">]><CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><organization entityID=\"&xxe;\"/></organizationDirectory></CSD>";

            var exception = await ReadFailingAsync(xml);

            Assert.Equal(CsdFormatError.DtdProhibited, exception.Error);
            Assert.DoesNotContain("SECRET", exception.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task ReadEntitiesAsync_BillionLaughs_ThrowsDtdProhibited()
    {
        var entities = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">");
        }

        entities.Append("]><CSD xmlns=\"urn:ihe:iti:csd:2013\">&lol9;</CSD>");

        var exception = await ReadFailingAsync(entities.ToString());

        Assert.Equal(CsdFormatError.DtdProhibited, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_TooDeep_ThrowsLimitExceededAtTheDeepElement()
    {
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><unknown>" + string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100)) + "</unknown></organizationDirectory></CSD>";

        var exception = await ReadFailingAsync(xml, CsdReaderOptions.Default with { MaxElementDepth = 20 });

        Assert.Equal((CsdFormatError.LimitExceeded, 1), (exception.Error, exception.LineNumber));
        Assert.EndsWith("/a", exception.ElementPath, StringComparison.Ordinal);
        Assert.Contains("MaxElementDepth", exception.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReadEntitiesAsync_DocumentLargerThanTheLimit_ThrowsLimitExceeded(bool forwardOnly)
    {
        // In memory, the input is read directly; forward only, through the read-ahead buffer.
        var bytes = ReadingFixtures.Bytes("csd-complete.xml");
        Stream input = forwardOnly ? new ReadingFixtures.ForwardOnlyStream(bytes) : new MemoryStream(bytes, writable: false);

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(input, CsdReaderOptions.Default with { MaxDocumentBytes = 4096 }));

        Assert.Equal(CsdFormatError.LimitExceeded, exception.Error);
        Assert.Contains("MaxDocumentBytes", exception.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEntitiesAsync_GzipLargerThanTheLimitOnceDecompressed_ThrowsLimitExceeded()
    {
        var gzip = ReadingFixtures.Gzip(ReadingFixtures.Bytes("csd-complete.xml"));

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(gzip), CsdReaderOptions.Default with { MaxDocumentBytes = 4096 }));

        Assert.Equal(CsdFormatError.LimitExceeded, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_TextPastTheLimit_ThrowsLimitExceededAtTheElement()
    {
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><organization entityID=\"E\"><codedType code=\"1\" codingScheme=\"x\"/><primaryName>" + new string('A', 5000) + "</primaryName>" + Records + "</organization></organizationDirectory></CSD>";

        var exception = await ReadFailingAsync(xml, CsdReaderOptions.Default with { MaxValueLength = 1000 });

        Assert.Equal((CsdFormatError.LimitExceeded, "/CSD/organizationDirectory/organization[1]/primaryName"), (exception.Error, exception.ElementPath));
    }

    [Fact]
    public async Task ReadEntitiesAsync_TextFarPastTheLimit_ThrowsLimitExceededBeforeHoldingItWhole()
    {
        // 3 MB of text against a 1,000-character limit: the UTF-8 reader stops at its node limit (1 MiB at least) rather
        // than buffering the whole text to measure it.
        var options = CsdReaderOptions.Default with { MaxValueLength = 1000 };
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><organization entityID=\"E\"><primaryName>" + new string('A', 3_000_000) + "</primaryName></organization></organizationDirectory></CSD>";

        var exception = await ReadFailingAsync(xml, options);

        Assert.Equal(CsdFormatError.LimitExceeded, exception.Error);
        Assert.StartsWith("A single node", exception.Reason, StringComparison.Ordinal);
        Assert.Equal("/CSD/organizationDirectory/organization[1]/primaryName", exception.ElementPath);
        Assert.Equal(1024 * 1024, Ror.Client.Csd.Reading.CsdXmlReaderFactory.MaxNodeBytes(options));
    }

    [Fact]
    public async Task ReadEntitiesAsync_AttributePastTheLimit_ThrowsLimitExceeded()
    {
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><organization entityID=\"" + new string('E', 5000) + "\"/></organizationDirectory></CSD>";

        var exception = await ReadFailingAsync(xml, CsdReaderOptions.Default with { MaxValueLength = 1000 });

        Assert.Equal((CsdFormatError.LimitExceeded, "/CSD/organizationDirectory/organization[1]"), (exception.Error, exception.ElementPath));
    }

    [Theory]
    [InlineData(800, true)]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public async Task ReadEntitiesAsync_AttributeLongerThanTheLimitInBytes_IsMeasuredInCharacters(int length, bool read)
    {
        // 'é' is two bytes in UTF-8: every one of these values is longer than the limit in bytes.
        var code = new string('é', length);
        var xml = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><organization entityID=\"E\">\n<codedType codingScheme=\"x\" code=\"" + code + "\"/>" + Records + "</organization></organizationDirectory></CSD>";
        var options = CsdReaderOptions.Default with { MaxValueLength = 1000 };

        if (read)
        {
            var entities = await ReadingFixtures.ReadAllAsync(ReadingFixtures.FromText(xml), options);
            Assert.Equal(code, Assert.IsType<Ror.Client.Csd.Models.Organization>(Assert.Single(entities)).Codes.Single().Code);
            return;
        }

        var exception = await ReadFailingAsync(xml, options);
        Assert.Equal(
            (CsdFormatError.LimitExceeded, "/CSD/organizationDirectory/organization[1]/codedType", 2, 29),
            (exception.Error, exception.ElementPath, exception.LineNumber, exception.LinePosition));
    }

    [Fact]
    public async Task ReadEntitiesAsync_InvalidUtf8_ThrowsMalformedWithPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("<CSD xmlns=\"urn:ihe:iti:csd:2013\">\n<organizationDirectory>").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("</organizationDirectory></CSD>")).ToArray();

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(bytes)));

        Assert.Equal((CsdFormatError.Malformed, 2), (exception.Error, exception.LineNumber));
    }

    [Theory]
    [InlineData("2020-13-01T00:00:00Z")]
    [InlineData("2020-02-30T00:00:00Z")]
    [InlineData("2021-02-29T00:00:00+01:00")]
    [InlineData("2020-01-01T00:00:00+14:01")]
    [InlineData("2020-01-01T00:00:00z")]
    [InlineData("9999-12-31T23:00:00-01:00")]
    [InlineData("10000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("2020-01-01T25:00:00Z")]
    [InlineData("2020-01-01")]
    [InlineData("yesterday")]
    public async Task ReadEntitiesAsync_InvalidDateTime_ThrowsInvalidValueAtTheAttribute(string value)
    {
        var xml = $"<CSD xmlns=\"urn:ihe:iti:csd:2013\">\n<serviceDirectory><service entityID=\"S\"><codedType code=\"1\" codingScheme=\"x\"/>\n  <record created=\"{value}\" updated=\"2020-01-01T00:00:00Z\" status=\"Ok\"/></service></serviceDirectory></CSD>";

        var exception = await ReadFailingAsync(xml);

        Assert.Equal((CsdFormatError.InvalidValue, "/CSD/serviceDirectory/service[1]/record", 3, 11), (exception.Error, exception.ElementPath, exception.LineNumber, exception.LinePosition));
        Assert.Contains("xs:dateTime", exception.Expected, StringComparison.Ordinal);
        Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<openFlag>yes</openFlag>", "xs:boolean")]
    [InlineData("<openFlag>1</openFlag><dayOfTheWeek>many</dayOfTheWeek>", "xs:integer")]
    [InlineData("<openFlag>1</openFlag><dayOfTheWeek>99999999999</dayOfTheWeek>", "xs:integer")]
    [InlineData("<openFlag>1</openFlag><beginningHour>8h30</beginningHour>", "xs:time")]
    [InlineData("<openFlag>1</openFlag><beginEffectiveDate>2020-02-30</beginEffectiveDate>", "xs:date")]
    public async Task ReadEntitiesAsync_InvalidTypedValue_ThrowsInvalidValue(string content, string expected)
    {
        var xml = $"<CSD xmlns=\"urn:ihe:iti:csd:2013\"><facilityDirectory><facility entityID=\"F\"><primaryName>P</primaryName><operatingHours>{content}</operatingHours>{Records}</facility></facilityDirectory></CSD>";

        var exception = await ReadFailingAsync(xml);

        Assert.Equal(CsdFormatError.InvalidValue, exception.Error);
        Assert.Contains(expected, exception.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEntitiesAsync_ZipEntryClimbingOut_ThrowsUnsafeArchiveEntry()
    {
        var zip = ReadingFixtures.Zip(("../../etc/csd.xml", ReadingFixtures.Bytes("csd-complete.xml")));

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(zip)));

        Assert.Equal(CsdFormatError.UnsafeArchiveEntry, exception.Error);
        Assert.Contains("../../etc/csd.xml", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEntitiesAsync_AbsoluteZipEntry_ThrowsUnsafeArchiveEntry()
    {
        var zip = ReadingFixtures.Zip(("/tmp/csd.xml", ReadingFixtures.Bytes("csd-complete.xml")));

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new ReadingFixtures.ForwardOnlyStream(zip)));

        Assert.Equal(CsdFormatError.UnsafeArchiveEntry, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_ZipBombByRatio_ThrowsArchiveLimitExceeded()
    {
        // 20 MB of spaces in a valid document compresses more than 200 times.
        var padding = new byte[20 * 1024 * 1024];
        Array.Fill(padding, (byte)' ');
        var bomb = "<CSD xmlns=\"urn:ihe:iti:csd:2013\">"u8.ToArray().Concat(padding).Concat("</CSD>"u8.ToArray()).ToArray();
        var zip = ReadingFixtures.Zip(("bomb.xml", bomb));

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(zip)));

        Assert.Equal(CsdFormatError.ArchiveLimitExceeded, exception.Error);
        Assert.Contains("ratio", exception.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadEntitiesAsync_GzipBombByRatio_ThrowsArchiveLimitExceeded()
    {
        var padding = new byte[20 * 1024 * 1024];
        Array.Fill(padding, (byte)' ');
        var bomb = ReadingFixtures.Gzip("<CSD xmlns=\"urn:ihe:iti:csd:2013\">"u8.ToArray().Concat(padding).Concat("</CSD>"u8.ToArray()).ToArray());

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(bomb)));

        Assert.Equal(CsdFormatError.ArchiveLimitExceeded, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_ZipLargerThanTheTotalLimit_ThrowsArchiveLimitExceeded()
    {
        var zip = ReadingFixtures.Zip(("a.xml", ReadingFixtures.Bytes("csd-complete.xml")), ("b.xml", ReadingFixtures.Bytes("csd-complete.xml")));
        var options = CsdReaderOptions.Default with { MaxArchiveUncompressedBytes = ReadingFixtures.Bytes("csd-complete.xml").Length + 100 };

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(zip), options));

        Assert.Equal(CsdFormatError.ArchiveLimitExceeded, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_ZipWithTooManyEntries_ThrowsArchiveLimitExceeded()
    {
        var zip = ReadingFixtures.Zip(Enumerable.Range(0, 6).Select(i => ($"{i}.xml", ReadingFixtures.Bytes("care-services-response-error.xml"))).ToArray());

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(zip), CsdReaderOptions.Default with { MaxArchiveEntries = 5 }));

        Assert.Equal(CsdFormatError.ArchiveLimitExceeded, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_CorruptZip_ThrowsInvalidArchive()
    {
        var zip = ReadingFixtures.Zip(("a.xml", ReadingFixtures.Bytes("csd-complete.xml")));
        var corrupt = zip[..(zip.Length - 30)];

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(corrupt)));

        Assert.Equal(CsdFormatError.InvalidArchive, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_EmptyZip_ThrowsInvalidArchive()
    {
        var zip = ReadingFixtures.Zip();

        var exception = await Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(new MemoryStream(zip)));

        Assert.Equal(CsdFormatError.InvalidArchive, exception.Error);
    }

    [Fact]
    public async Task ReadEntitiesAsync_InvalidOptions_ThrowsArgumentOutOfRange()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ReadingFixtures.ReadAllAsync(ReadingFixtures.Open("csd-complete.xml"), CsdReaderOptions.Default with { MaxElementDepth = 0 }));
    }

    private static Task<CsdFormatException> ReadFailingAsync(string xml, CsdReaderOptions? options = null) =>
        Assert.ThrowsAsync<CsdFormatException>(() => ReadingFixtures.ReadAllAsync(ReadingFixtures.FromText(xml), options));
}
