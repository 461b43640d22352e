using System.Text;
using System.Xml;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing.Tests.Simulator;

public class SoapEnvelopeParserTests
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    [Theory]
    [InlineData("")]
    [InlineData("<env:Header/>")]
    [InlineData("<env:Header><wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\"><a/></wsse:Security></env:Header>")]
    public void CreateBodyReader_WithOrWithoutHeader_IsPositionedOnTheBodyChild(string header)
    {
        var xml = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\">" + header +
                  "<env:Body><csd:careServicesRequest xmlns:csd=\"urn:ihe:iti:csd:2013\"/></env:Body></env:Envelope>";
        var bytes = Encoding.UTF8.GetBytes(xml);

        using var reader = SoapEnvelopeParser.CreateBodyReader(bytes, bytes.Length, Settings);

        Assert.Equal(("careServicesRequest", "urn:ihe:iti:csd:2013"), (reader.LocalName, reader.NamespaceURI));
    }
}
