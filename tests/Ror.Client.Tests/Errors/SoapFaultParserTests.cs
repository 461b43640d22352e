using System.Xml;
using Ror.Client.Errors;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.Errors;

public sealed class SoapFaultParserTests
{
    private const string Env = "xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"";

    private static SoapFaultDetails Parse(string fault)
    {
        using var reader = XmlReader.Create(new StringReader(fault.Replace("<env:Fault>", "<env:Fault " + Env + ">", StringComparison.Ordinal)));
        reader.MoveToContent();
        return SoapFaultParser.ReadFault(reader);
    }

    [Fact]
    public void ReadFault_DetailErreur_TakesCodeAndMessageFromIt()
    {
        var fault = Parse(TestResponses.Fault(code: "env:Receiver", reason: "raison", detail: "<ror:erreur xmlns:ror=\"urn:asip:ror:2015\" code=\"444\" message=\"Non prévu sur la plateforme\"/>"));

        Assert.Equal(new SoapFaultDetails(444, "Non prévu sur la plateforme", "env:Receiver"), fault);
    }

    [Fact]
    public void ReadFault_DetailErrorInAnyNamespace_IsRecognised()
    {
        var fault = Parse(TestResponses.Fault(detail: "<x:error xmlns:x=\"urn:other\" code=\"12\">texte de l'erreur</x:error>"));

        Assert.Equal(12, fault.RorErrorCode);
        Assert.Equal("texte de l'erreur", fault.Message);
    }

    [Fact]
    public void ReadFault_IntegerCodeValueWithoutDetail_TakesTheCodeValue()
    {
        var fault = Parse(TestResponses.Fault(code: "444", reason: "Non prévu", detail: null));

        Assert.Equal(444, fault.RorErrorCode);
        Assert.Equal("Non prévu", fault.Message);
    }

    [Fact]
    public void ReadFault_IntegerSubcode_IsTheCodeWhenNothingBetter()
    {
        var fault = Parse("<env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>405</env:Value></env:Subcode></env:Code>"
            + "<env:Reason><env:Text xml:lang=\"fr\">Incohérence</env:Text></env:Reason></env:Fault>");

        Assert.Equal(405, fault.RorErrorCode);
        Assert.Equal("env:Sender", fault.FaultCode);
    }

    [Fact]
    public void ReadFault_NoIntegerAnywhere_HasNoCode()
    {
        var fault = Parse(TestResponses.Fault(code: "env:Receiver", detail: null));

        Assert.Null(fault.RorErrorCode);
    }

    [Fact]
    public void ReadFault_SeveralReasons_PrefersFrench()
    {
        var fault = Parse("<env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason>"
            + "<env:Text xml:lang=\"en\">Not provided</env:Text><env:Text xml:lang=\"fr\">Non prévu</env:Text></env:Reason></env:Fault>");

        Assert.Equal("Non prévu", fault.Message);
    }

    [Fact]
    public void ReadFault_DetailWithoutMessage_FallsBackToElementTextThenReason()
    {
        var withText = Parse(TestResponses.Fault(reason: "raison", detail: "<ror:erreur xmlns:ror=\"urn:asip:ror:2015\" code=\"1\">texte</ror:erreur>"));
        var empty = Parse(TestResponses.Fault(reason: "raison", detail: "<ror:erreur xmlns:ror=\"urn:asip:ror:2015\" code=\"1\"/>"));

        Assert.Equal("texte", withText.Message);
        Assert.Equal("raison", empty.Message);
    }

    [Fact]
    public void ReadErrorElement_CareServicesError_ReadsCodeAndMessage()
    {
        using var reader = XmlReader.Create(new StringReader("<csd:error xmlns:csd=\"urn:ihe:iti:csd:2013\" code=\"444\" message=\"Non prévu sur la plateforme\"/>"));
        reader.MoveToContent();

        var error = SoapFaultParser.ReadErrorElement(reader);

        Assert.Equal(new SoapFaultDetails(444, "Non prévu sur la plateforme", null), error);
    }
}
