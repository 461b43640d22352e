using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ror.Client.Csd.Tests.Fixtures;
using Ror.Client.Csd.Validation;

namespace Ror.Client.Csd.Tests.Writing;

public sealed class CsdSoapEnvelopeTests
{
    private static readonly XNamespace Env = CsdNamespaces.Soap12;

    public static TheoryData<string> MessageNames => new(CsdFixtures.AllMessages.Select(message => message.Name));

    [Theory]
    [MemberData(nameof(MessageNames))]
    public async Task WriteEnvelopeAsync_EveryFixture_BodyChildValidates(string name)
    {
        using var stream = new MemoryStream();

        await CsdSoapEnvelope.WriteEnvelopeAsync(stream, CsdFixtures.MessageNamed(name));

        stream.Position = 0;
        var result = CsdSchemaValidator.Validate(stream);
        WrittenXml.AssertValid(name, result);
        Assert.NotNull(result.MessageElement);
    }

    [Fact]
    public void Write_WithHeaderWriter_PutsTheHeaderContentBeforeTheBody()
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text))
        {
            CsdSoapEnvelope.Write(
                writer,
                CsdFixtures.NotifRequest,
                header => header.WriteElementString("Security", "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd", "token"));
        }

        var envelope = XDocument.Parse(text.ToString()).Root!;
        Assert.Equal(Env + "Envelope", envelope.Name);
        Assert.Equal([Env + "Header", Env + "Body"], envelope.Elements().Select(element => element.Name));
        Assert.Equal("token", envelope.Element(Env + "Header")!.Elements().Single().Value);
        Assert.Equal("TR-Notif-ListeEtablissementsMajApresDate_Demande", envelope.Element(Env + "Body")!.Elements().Single().Name.LocalName);
        WrittenXml.AssertValid("envelope with header", CsdSchemaValidator.Validate(text.ToString()));
    }

    [Fact]
    public void Write_WithoutHeaderWriter_WritesNoHeader()
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text))
        {
            CsdSoapEnvelope.Write(writer, CsdFixtures.InternalOrganizationReadRequest);
        }

        var envelope = XDocument.Parse(text.ToString()).Root!;
        Assert.Equal([Env + "Body"], envelope.Elements().Select(element => element.Name));
    }

    [Fact]
    public void Write_FaultBodyWriter_ProducesAFaultWhoseRorErreurDetailValidates()
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text))
        {
            CsdSoapEnvelope.Write(writer, body =>
            {
                body.WriteStartElement("env", "Fault", CsdNamespaces.Soap12);
                body.WriteStartElement("env", "Code", CsdNamespaces.Soap12);
                body.WriteElementString("env", "Value", CsdNamespaces.Soap12, "env:Receiver");
                body.WriteEndElement();
                body.WriteStartElement("env", "Reason", CsdNamespaces.Soap12);
                body.WriteStartElement("env", "Text", CsdNamespaces.Soap12);
                body.WriteAttributeString("xml", "lang", null, "fr");
                body.WriteString("Non prévu sur la plateforme");
                body.WriteEndElement();
                body.WriteEndElement();
                body.WriteStartElement("env", "Detail", CsdNamespaces.Soap12);
                CsdWriter.WriteError(body, CsdFixtures.FaultDetail);
                body.WriteEndElement();
                body.WriteEndElement();
            });
        }

        var result = CsdSchemaValidator.Validate(text.ToString());

        WrittenXml.AssertValid("fault envelope", result);
        Assert.Equal("erreur", result.MessageElement?.Name);
    }
}
