using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Ror.Client.Csd.Validation;

namespace Ror.Client.Csd.Tests.Validation;

public sealed class CsdSchemaValidatorTests
{
    public static TheoryData<string, string, string> ValidMessages => new()
    {
        { nameof(SampleMessages.NotifRequestEnvelope), SampleMessages.NotifRequestEnvelope, "{urn:asip:ror:2015}TR-Notif-ListeEtablissementsMajApresDate_Demande" },
        { nameof(SampleMessages.NotifResponse), SampleMessages.NotifResponse, "{urn:asip:ror:2015}TR-Notif-ListeEtablissementMajApresDate_Reponse" },
        { nameof(SampleMessages.EstablishmentReadRequestEnvelope), SampleMessages.EstablishmentReadRequestEnvelope, "{urn:ihe:iti:csd:2013}careServicesRequest" },
        { nameof(SampleMessages.InternalOrganizationReadRequest), SampleMessages.InternalOrganizationReadRequest, "{urn:ihe:iti:csd:2013}careServicesRequest" },
        { nameof(SampleMessages.EstablishmentReadResponse), SampleMessages.EstablishmentReadResponse, "{urn:ihe:iti:csd:2013}careServicesResponse" },
        { nameof(SampleMessages.ErrorResponseEnvelope), SampleMessages.ErrorResponseEnvelope, "{urn:ihe:iti:csd:2013}careServicesResponse" },
        { nameof(SampleMessages.FaultEnvelope), SampleMessages.FaultEnvelope, "{urn:asip:ror:2015}erreur" },
        { nameof(SampleMessages.BareFault), SampleMessages.BareFault, "{urn:asip:ror:2015}erreur" },
        { nameof(SampleMessages.EmptyCsd), SampleMessages.EmptyCsd, "{urn:ihe:iti:csd:2013}CSD" },
    };

    [Fact]
    public void SchemaSet_CompiledFromEmbeddedSchemas_HasNoErrorOrWarning()
    {
        var messages = new List<string>();

        var set = CsdSchemaSetFactory.Create(messages);

        Assert.True(messages.Count == 0, "Compilation reported: " + string.Join(Environment.NewLine, messages));
        Assert.True(set.IsCompiled, "The schema set should be compiled.");
    }

    [Theory]
    [InlineData("CSD", CsdNamespaces.Csd)]
    [InlineData("careServicesRequest", CsdNamespaces.Csd)]
    [InlineData("careServicesResponse", CsdNamespaces.Csd)]
    [InlineData("TR-Notif-ListeEtablissementsMajApresDate_Demande", CsdNamespaces.Ror)]
    [InlineData("TR-Notif-ListeEtablissementMajApresDate_Reponse", CsdNamespaces.Ror)]
    [InlineData("erreur", CsdNamespaces.Ror)]
    public void SchemaSet_Always_DeclaresTheRorMessageElements(string localName, string ns)
    {
        Assert.True(
            CsdSchemaValidator.SchemaSet.GlobalElements.Contains(new XmlQualifiedName(localName, ns)),
            $"The schema set should declare {{{ns}}}{localName}.");
    }

    [Theory]
    [InlineData(CsdSchemaSetFactory.CsdSchemaResource, "cca90dc261063f3ed595a5c6bf1c4e44e3b955b0ff175271261a8f7cbab4b504")]
    [InlineData(CsdSchemaSetFactory.XmlSchemaResource, "a2143b1372df51fae10f042bc6062fe98292363b5f6b8591eaeab12e6013c59b")]
    public void EmbeddedOfficialSchema_Always_IsTheUnmodifiedAnsFile(string resource, string expectedSha256)
    {
        using var stream = CsdSchemaSetFactory.OpenResource(resource);

        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));

        Assert.True(actual == expectedSha256, $"{resource} differs from the official file (SHA-256 {actual}).");
    }

    [Fact]
    public void LoadPatchedCsdSchema_Always_ReplacesTheSchemaForSchemasReferenceAndTheXformsImport()
    {
        var patched = CsdSchemaSetFactory.LoadPatchedCsdSchema().ToString();

        Assert.DoesNotContain("ref=\"xs:schema\"", patched, StringComparison.Ordinal);
        Assert.DoesNotContain(CsdSchemaSetFactory.XformsSchemaLocation, patched, StringComparison.Ordinal);
        Assert.Contains(CsdSchemaSetFactory.XformsStubLocation, patched, StringComparison.Ordinal);
        Assert.Contains("processContents=\"skip\"", patched, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValidMessages))]
    public void Validate_ValidMessage_ReportsNoIssue(string name, string xml, string expectedMessageElement)
    {
        var result = CsdSchemaValidator.Validate(xml);

        Assert.True(result.IsValid, $"{name} should be valid: {Describe(result)}");
        Assert.True(result.Issues.Count == 0, $"{name} should have no issue: {Describe(result)}");
        Assert.Equal(expectedMessageElement, $"{{{result.MessageElement?.Namespace}}}{result.MessageElement?.Name}");
    }

    [Theory]
    [MemberData(nameof(ValidMessages))]
    public async Task ValidateAsync_ValidMessage_ReportsNoIssue(string name, string xml, string expectedMessageElement)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var result = await CsdSchemaValidator.ValidateAsync(stream, CancellationToken.None);

        Assert.True(result.Issues.Count == 0, $"{name} should have no issue: {Describe(result)}");
        Assert.Equal(expectedMessageElement, $"{{{result.MessageElement?.Namespace}}}{result.MessageElement?.Name}");
    }

    [Fact]
    public void Validate_MissingMandatoryCareMode_ReportsTheLineAndPathOfTheUnexpectedElement()
    {
        var (xml, line) = RemoveLine(SampleMessages.EstablishmentReadResponse, "<careMode code=\"07\"");

        var result = CsdSchemaValidator.Validate(xml);

        var error = Assert.Single(result.Errors);
        Assert.False(result.IsValid);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal("/careServicesResponse/result/queryResult/facilityDirectory/facility[2]/extension/patientsType", error.ElementPath);
        Assert.Contains("careMode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CorrectedSpellingOfAMisspelledWireName_IsRejected()
    {
        var xml = SampleMessages.EstablishmentReadResponse.Replace(
            "<parentFacility entityID=\"OI-70\"/>",
            "<annualOpening code=\"01\" codingScheme=\"1.2.250.1.213.3.3.32\"/><parentFacility entityID=\"OI-70\"/>",
            StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml);

        var error = Assert.Single(result.Errors);
        Assert.EndsWith("/facility[2]/extension/annualOpening", error.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidBooleanValue_ReportsTheElement()
    {
        var xml = ReplaceLast(SampleMessages.EstablishmentReadResponse, "<sensitiveUnit>false</sensitiveUnit>", "<sensitiveUnit>maybe</sensitiveUnit>");
        var line = LineOf(xml, "<sensitiveUnit>maybe");

        var result = CsdSchemaValidator.Validate(xml);

        var error = Assert.Single(result.Errors);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal("/careServicesResponse/result/queryResult/facilityDirectory/facility[2]/extension/sensitiveUnit", error.ElementPath);
        Assert.Contains("Boolean", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Validate_MissingRequiredAttribute_ReportsTheElement()
    {
        var xml = SampleMessages.EstablishmentReadResponse.Replace(
            "<otherID code=\"1990000035\" assigningAuthorityName=\"1.2.250.1.71.4.2.2\"/>",
            "<otherID code=\"1990000035\"/>",
            StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml);

        var error = Assert.Single(result.Errors);
        Assert.Equal("/careServicesResponse/result/queryResult/organizationDirectory/organization/otherID", error.ElementPath);
        Assert.Contains("assigningAuthorityName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DirectoriesOutOfOrder_IsInvalid()
    {
        var xml = SampleMessages.EmptyCsd.Replace("<serviceDirectory/>", "", StringComparison.Ordinal)
            .Replace("<providerDirectory/>", "<providerDirectory/><serviceDirectory/>", StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml);

        Assert.False(result.IsValid, "A CSD whose serviceDirectory comes after facilityDirectory must be invalid.");
        Assert.Equal("/CSD/facilityDirectory", result.Errors.First().ElementPath);
    }

    [Fact]
    public void Validate_ErrorElementInsideEnvelope_PathStartsAtTheBodyChild()
    {
        var xml = SampleMessages.ErrorResponseEnvelope.Replace("code=\"405\"", "code=\"quatre\"", StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml);

        var error = Assert.Single(result.Errors);
        Assert.Equal("/careServicesResponse/error", error.ElementPath);
        Assert.Equal(LineOf(xml, "<csd:error"), error.LineNumber);
    }

    [Fact]
    public void Validate_NotWellFormed_ReportsAnErrorInsteadOfThrowing()
    {
        var xml = SampleMessages.EmptyCsd.Replace("</CSD>", "</CSDX>", StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml);

        var error = Assert.Single(result.Errors);
        Assert.Contains("not well-formed", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(xml, "</CSDX>"), error.LineNumber);
    }

    [Fact]
    public void Validate_DocumentWithDtd_IsRejectedWithoutExpandingIt()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE CSD [<!ENTITY boom "boom">]>
            <CSD xmlns="urn:ihe:iti:csd:2013">&boom;</CSD>
            """;

        var result = CsdSchemaValidator.Validate(xml);

        var error = Assert.Single(result.Errors);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ForeignRootElement_IsNotARorMessage()
    {
        var result = CsdSchemaValidator.Validate("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");

        var error = Assert.Single(result.Errors);
        Assert.Contains("is not a ROR CSD message", error.Message, StringComparison.Ordinal);
        Assert.Equal(new XmlQualifiedName("html", "http://www.w3.org/1999/xhtml"), result.MessageElement);
    }

    [Fact]
    public void Validate_CsdElementThatIsNotGlobal_IsNotARorMessage()
    {
        var result = CsdSchemaValidator.Validate("<facility xmlns=\"urn:ihe:iti:csd:2013\" entityID=\"x\"/>");

        Assert.Contains("is not a ROR CSD message", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyBody_IsInvalid()
    {
        var result = CsdSchemaValidator.Validate(
            "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Header/><env:Body/></env:Envelope>");

        Assert.Contains("Body is empty", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EnvelopeWithoutBody_IsInvalid()
    {
        var result = CsdSchemaValidator.Validate(
            "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Header/></env:Envelope>");

        Assert.Contains("has no Body", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BodyWithTwoElements_IsInvalid()
    {
        var xml = SampleMessages.ErrorResponseEnvelope.Replace(
            "</env:Body>",
            "<csd:CSD xmlns:csd=\"urn:ihe:iti:csd:2013\"/></env:Body>",
            StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml);

        Assert.Contains("more than one element", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HeaderContent_IsNotValidated()
    {
        var xml = SampleMessages.NotifRequestEnvelope.Replace(
            "<env:Header/>",
            "<env:Header><x:Anything xmlns:x=\"urn:example\"><x:Free/></x:Anything></env:Header>",
            StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml);

        Assert.True(result.Issues.Count == 0, Describe(result));
    }

    [Fact]
    public void Validate_FaultWithoutRorDetail_IsInvalid()
    {
        const string xml = """
            <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>
              <env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code>
              <env:Reason><env:Text xml:lang="fr">Erreur</env:Text></env:Reason></env:Fault>
            </env:Body></env:Envelope>
            """;

        var result = CsdSchemaValidator.Validate(xml);

        Assert.Contains("without a ror:erreur", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidRorErreurInFaultDetail_ReportsIt()
    {
        var xml = SampleMessages.FaultEnvelope.Replace("code=\"444\"", "code=\"x\"", StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml);

        Assert.Equal("/erreur", Assert.Single(result.Errors).ElementPath);
    }

    [Fact]
    public void Validate_MoreIssuesThanTheLimit_StopsAndFlagsTruncation()
    {
        var facilities = string.Concat(Enumerable.Repeat("<facility/>", 20));
        var xml = SampleMessages.EmptyCsd.Replace("<facilityDirectory/>", $"<facilityDirectory>{facilities}</facilityDirectory>", StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml, new CsdValidationOptions { MaxIssues = 3 });

        Assert.Equal(3, result.Issues.Count);
        Assert.True(result.IsTruncated, "The result should say that validation stopped early.");
    }

    [Fact]
    public void Validate_ExactlyAsManyIssuesAsTheLimit_IsNotTruncated()
    {
        var xml = SampleMessages.ErrorResponseEnvelope.Replace("code=\"405\"", "code=\"quatre\"", StringComparison.Ordinal);

        var result = CsdSchemaValidator.Validate(xml, new CsdValidationOptions { MaxIssues = 1 });

        Assert.Single(result.Issues);
        Assert.False(result.IsTruncated, "One issue with a limit of one is complete.");
    }

    [Fact]
    public void Validate_MaxIssuesBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CsdSchemaValidator.Validate(SampleMessages.EmptyCsd, new CsdValidationOptions { MaxIssues = 0 }));
    }

    [Fact]
    public void Validate_DocumentLargerThanTheConfiguredLimit_ReportsAnError()
    {
        var result = CsdSchemaValidator.Validate(SampleMessages.EstablishmentReadResponse, new CsdValidationOptions { MaxCharactersInDocument = 200 });

        Assert.False(result.IsValid, "A document over MaxCharactersInDocument must not validate.");
    }

    [Fact]
    public void Validate_ReaderPositionedOnTheMessageElement_ValidatesFromThere()
    {
        using var text = new StringReader(SampleMessages.NotifResponse);
        using var reader = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        reader.MoveToContent();

        var result = CsdSchemaValidator.Validate(reader);

        Assert.True(result.Issues.Count == 0, Describe(result));
        Assert.Equal("TR-Notif-ListeEtablissementMajApresDate_Reponse", result.MessageElement?.Name);
    }

    [Fact]
    public void Validate_Stream_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SampleMessages.EmptyCsd));

        CsdSchemaValidator.Validate(stream);

        Assert.True(stream.CanRead, "The caller's stream must stay open.");
    }

    [Fact]
    public async Task ValidateAsync_CancelledToken_Throws()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SampleMessages.EstablishmentReadResponse));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsdSchemaValidator.ValidateAsync(stream, cancellation.Token));
    }

    [Fact]
    public async Task ValidateAsync_InvalidMessage_ReportsTheSameIssueAsValidate()
    {
        var (xml, _) = RemoveLine(SampleMessages.EstablishmentReadResponse, "<careMode code=\"07\"");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var asyncResult = await CsdSchemaValidator.ValidateAsync(stream, CancellationToken.None);
        var syncResult = CsdSchemaValidator.Validate(xml);

        Assert.Equal(syncResult.Issues, asyncResult.Issues);
    }

    [Fact]
    public void Validate_ManyThreadsAtOnce_AllSucceed()
    {
        var results = new CsdValidationResult[16];

        Parallel.For(0, results.Length, i => results[i] = CsdSchemaValidator.Validate(SampleMessages.EstablishmentReadResponse));

        Assert.All(results, result => Assert.True(result.Issues.Count == 0, Describe(result)));
    }

    [Fact]
    public void ThrowIfInvalid_InvalidDocument_ThrowsWithTheResult()
    {
        var result = CsdSchemaValidator.Validate(SampleMessages.EmptyCsd.Replace("<deviceDirectory/>", "", StringComparison.Ordinal));

        var exception = Assert.Throws<CsdValidationException>(() => result.ThrowIfInvalid());

        Assert.Same(result, exception.Result);
        Assert.Contains("does not validate", exception.Message, StringComparison.Ordinal);
        Assert.Contains("/CSD", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameInvalidDocumentTwice_GivesEqualResults()
    {
        var xml = SampleMessages.ErrorResponseEnvelope.Replace("code=\"405\"", "code=\"quatre\"", StringComparison.Ordinal);

        var first = CsdSchemaValidator.Validate(xml);
        var second = CsdSchemaValidator.Validate(xml);

        Assert.Equal(first, second);
        Assert.NotEqual(first, CsdSchemaValidator.Validate(SampleMessages.ErrorResponseEnvelope));
    }

    [Fact]
    public void ThrowIfInvalid_ValidDocument_ReturnsTheResult()
    {
        var result = CsdSchemaValidator.Validate(SampleMessages.EmptyCsd);

        Assert.Same(result, result.ThrowIfInvalid());
    }

    internal static string Describe(CsdValidationResult result) =>
        result.Issues.Count == 0 ? "no issue" : string.Join(Environment.NewLine, result.Issues);

    private static (string Xml, int Line) RemoveLine(string xml, string marker)
    {
        var lines = xml.Split('\n').ToList();
        var index = lines.FindIndex(line => line.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"Marker {marker} not found.");
        lines.RemoveAt(index);
        return (string.Join('\n', lines), index + 1);
    }

    private static int LineOf(string xml, string marker)
    {
        var lines = xml.Split('\n');
        var index = Array.FindIndex(lines, line => line.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"Marker {marker} not found.");
        return index + 1;
    }

    private static string ReplaceLast(string text, string oldValue, string newValue)
    {
        var index = text.LastIndexOf(oldValue, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), newValue, text.AsSpan(index + oldValue.Length));
    }
}
