using System.Globalization;
using System.ServiceModel.Channels;
using System.Xml;
using Ror.Client.Csd.Access;

namespace Ror.Client.Transport;

/// <summary>
/// The <c>wsse:Security</c> header holding an unsigned VIHF SAML 2.0 assertion, as the ANS test platform builds it
/// (CI-SIS "Volet Transport Synchrone pour Client Lourd"). No <c>mustUnderstand</c>.
/// </summary>
internal sealed class VihfSecurityHeader(VihfToken token) : MessageHeader
{
    public const string SecurityNamespace = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public const string SamlNamespace = "urn:oasis:names:tc:SAML:2.0:assertion";
    public const string Hl7Namespace = "urn:hl7-org:v3";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public override string Name => "Security";

    public override string Namespace => SecurityNamespace;

    public override bool MustUnderstand => false;

    /// <summary>Writes the assertion element.</summary>
    public static void WriteAssertion(XmlWriter writer, VihfToken token)
    {
        var instant = token.IssueInstant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var code = token.Profile.GetUserProfileCode();
        var displayName = token.Profile.GetDisplayName();

        writer.WriteStartElement("saml", "Assertion", SamlNamespace);
        writer.WriteAttributeString("Version", "2.0");
        writer.WriteAttributeString("ID", token.Id);
        writer.WriteAttributeString("IssueInstant", instant);

        writer.WriteStartElement("saml", "Issuer", SamlNamespace);
        writer.WriteAttributeString("Format", "urn:oasis:names:tc:SAML:2.0:nameid-format:X509SubjectName");
        writer.WriteString(token.IssuerSubject);
        writer.WriteEndElement();

        writer.WriteStartElement("saml", "Subject", SamlNamespace);
        writer.WriteElementString("saml", "NameID", SamlNamespace, token.ApplicationName);
        writer.WriteEndElement();

        writer.WriteStartElement("saml", "AuthnStatement", SamlNamespace);
        writer.WriteAttributeString("AuthnInstant", instant);
        writer.WriteStartElement("saml", "AuthnContext", SamlNamespace);
        writer.WriteElementString("saml", "AuthnContextClassRef", SamlNamespace, "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified");
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement("saml", "AttributeStatement", SamlNamespace);
        writer.WriteAttributeString("xmlns", "hl7", null, Hl7Namespace);
        writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        WriteTextAttribute(writer, "VIHF_Version", "2.0");
        WriteTextAttribute(writer, "Ressource_URN", "urn:ROR");
        WriteCodedAttribute(writer, "urn:oasis:names:tc:xacml:2.0:subject:role", "Role", "AUTOMATE", "1.2.250.1.213.1.1.4.6", "Automate");
        WriteTextAttribute(writer, "urn:oasis:names:tc:xspa:1.0:subject:subject-id", token.ApplicationName);
        WriteCodedAttribute(writer, "Profil_Utilisateur", "Profil_Utilisateur", code, "1.2.250.1.213.1.6.1.66", displayName);
        WriteCodedAttribute(writer, "VIHF_Profil", "VIHF_Profil", "profil_referentiel", "1.2.250.1.213.1.1.4.312", "Accès à un référentiel");
        writer.WriteEndElement();

        writer.WriteEndElement();
    }

    protected override void OnWriteStartHeader(XmlDictionaryWriter writer, MessageVersion messageVersion)
    {
        writer.WriteStartElement("wsse", Name, Namespace);
        WriteHeaderAttributes(writer, messageVersion);
    }

    protected override void OnWriteHeaderContents(XmlDictionaryWriter writer, MessageVersion messageVersion) =>
        WriteAssertion(writer, token);

    private static void WriteTextAttribute(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("saml", "Attribute", SamlNamespace);
        writer.WriteAttributeString("Name", name);
        writer.WriteElementString("saml", "AttributeValue", SamlNamespace, value);
        writer.WriteEndElement();
    }

    private static void WriteCodedAttribute(XmlWriter writer, string name, string element, string code, string codeSystem, string displayName)
    {
        writer.WriteStartElement("saml", "Attribute", SamlNamespace);
        writer.WriteAttributeString("Name", name);
        writer.WriteStartElement("saml", "AttributeValue", SamlNamespace);
        writer.WriteStartElement("hl7", element, Hl7Namespace);
        writer.WriteAttributeString("xsi", "type", XsiNamespace, "CE");
        writer.WriteAttributeString("code", code);
        writer.WriteAttributeString("codeSystem", codeSystem);
        writer.WriteAttributeString("displayName", displayName);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
