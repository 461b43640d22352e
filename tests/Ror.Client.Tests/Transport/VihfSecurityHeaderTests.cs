using System.ServiceModel.Channels;
using System.Xml;
using System.Xml.Linq;
using Ror.Client.Csd.Access;
using Ror.Client.Transport;

namespace Ror.Client.Tests.Transport;

public sealed class VihfSecurityHeaderTests
{
    private static readonly XNamespace Wsse = VihfSecurityHeader.SecurityNamespace;
    private static readonly XNamespace Saml = VihfSecurityHeader.SamlNamespace;
    private static readonly XNamespace Hl7 = VihfSecurityHeader.Hl7Namespace;
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace Env = "http://www.w3.org/2003/05/soap-envelope";

    private static XElement Write(RorAccessProfile profile)
    {
        var token = new VihfToken(profile, "example-app", "CN=EXAMPLE-APP, OU=0000000000, O=EXAMPLE, C=FR",
            new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.FromHours(1)), "_0d7c3b6e-5f7a-4c1e-9a51-2b8f1f0c9e11");
        var text = new StringWriter();
        using (var writer = XmlDictionaryWriter.CreateDictionaryWriter(XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true })))
        {
            new VihfSecurityHeader(token).WriteHeader(writer, MessageVersion.Soap12);
        }

        return XElement.Parse(text.ToString());
    }

    private static XElement AttributeValue(XElement security, string name) =>
        security.Descendants(Saml + "Attribute").Single(a => (string?)a.Attribute("Name") == name).Element(Saml + "AttributeValue")!;

    [Fact]
    public void WriteHeader_Security_HasNoMustUnderstand()
    {
        var security = Write(RorAccessProfile.UnscheduledCareRegulation);

        Assert.Equal(Wsse + "Security", security.Name);
        Assert.Null(security.Attribute(Env + "mustUnderstand"));
    }

    [Fact]
    public void WriteHeader_Assertion_HasVersionIdInstantsAndIssuer()
    {
        var assertion = Write(RorAccessProfile.UnscheduledCareRegulation).Element(Saml + "Assertion")!;

        Assert.Equal("2.0", (string?)assertion.Attribute("Version"));
        Assert.Equal("_0d7c3b6e-5f7a-4c1e-9a51-2b8f1f0c9e11", (string?)assertion.Attribute("ID"));
        Assert.Equal("2025-01-06T08:00:00Z", (string?)assertion.Attribute("IssueInstant"));
        Assert.Equal("2025-01-06T08:00:00Z", (string?)assertion.Element(Saml + "AuthnStatement")!.Attribute("AuthnInstant"));
        var issuer = assertion.Element(Saml + "Issuer")!;
        Assert.Equal("urn:oasis:names:tc:SAML:2.0:nameid-format:X509SubjectName", (string?)issuer.Attribute("Format"));
        Assert.Equal("CN=EXAMPLE-APP, OU=0000000000, O=EXAMPLE, C=FR", issuer.Value);
        Assert.Equal("example-app", assertion.Element(Saml + "Subject")!.Element(Saml + "NameID")!.Value);
        Assert.Equal("urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified", assertion.Descendants(Saml + "AuthnContextClassRef").Single().Value);
    }

    [Theory]
    [InlineData(RorAccessProfile.PublicInformation, "CU23", "Information du public")]
    [InlineData(RorAccessProfile.UnscheduledCareRegulation, "CU22", "Régulation de soins non programmés")]
    [InlineData(RorAccessProfile.HealthAndSocialCareOrientation, "CU20", "Orientation sanitaire et médico-sociale")]
    [InlineData(RorAccessProfile.SocialCareOrientation, "CU19", "Orientation médico-sociale")]
    public void WriteHeader_Profile_IsSentAsProfilUtilisateurCode(RorAccessProfile profile, string code, string displayName)
    {
        var value = AttributeValue(Write(profile), "Profil_Utilisateur").Element(Hl7 + "Profil_Utilisateur")!;

        Assert.Equal(code, (string?)value.Attribute("code"));
        Assert.Equal("1.2.250.1.213.1.6.1.66", (string?)value.Attribute("codeSystem"));
        Assert.Equal(displayName, (string?)value.Attribute("displayName"));
        Assert.Equal("CE", (string?)value.Attribute(Xsi + "type"));
    }

    [Fact]
    public void WriteHeader_Attributes_AreThoseOfTheAnsTestPlatform()
    {
        var security = Write(RorAccessProfile.PublicInformation);

        Assert.Equal("2.0", AttributeValue(security, "VIHF_Version").Value);
        Assert.Equal("urn:ROR", AttributeValue(security, "Ressource_URN").Value);
        Assert.Equal("example-app", AttributeValue(security, "urn:oasis:names:tc:xspa:1.0:subject:subject-id").Value);
        var role = AttributeValue(security, "urn:oasis:names:tc:xacml:2.0:subject:role").Element(Hl7 + "Role")!;
        Assert.Equal(("AUTOMATE", "1.2.250.1.213.1.1.4.6", "Automate"), ((string?)role.Attribute("code"), (string?)role.Attribute("codeSystem"), (string?)role.Attribute("displayName")));
        var vihfProfile = AttributeValue(security, "VIHF_Profil").Element(Hl7 + "VIHF_Profil")!;
        Assert.Equal(("profil_referentiel", "1.2.250.1.213.1.1.4.312", "Accès à un référentiel"), ((string?)vihfProfile.Attribute("code"), (string?)vihfProfile.Attribute("codeSystem"), (string?)vihfProfile.Attribute("displayName")));
    }
}
