using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;

namespace Ror.Client.Testing.Tests.Simulator;

/// <summary>A plain HttpClient speaking to a simulator: custom root trust of its CA, an optional client certificate.</summary>
internal static class SimulatorHttp
{
    public const string SearchAction = "urn:asip:ror:2015:stored-function:ror-search";
    public const string UpdateAction = "urn:asip:ror:2015:stored-function:ror-update";

    public static readonly XNamespace EnvNs = "http://www.w3.org/2003/05/soap-envelope";
    public static readonly XNamespace CsdNs = "urn:ihe:iti:csd:2013";
    public static readonly XNamespace RorNs = "urn:asip:ror:2015";

    public static HttpClient CreateClient(RorSimulator ror, X509Certificate2? clientCertificate, X509Certificate2Collection? intermediates = null)
    {
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.Add(ror.ServerCaCertificate);
        var ssl = new SslClientAuthenticationOptions
        {
            CertificateChainPolicy = policy,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        };
        if (clientCertificate is not null)
        {
            ssl.ClientCertificateContext = SslStreamCertificateContext.Create(clientCertificate, intermediates ?? [], offline: true);
        }

        var handler = new SocketsHttpHandler { SslOptions = ssl, PooledConnectionLifetime = TimeSpan.Zero };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public static HttpClient CreateClient(RorSimulator ror) => CreateClient(ror, ror.ClientCertificate);

    public static Task<HttpResponseMessage> PostSoapAsync(HttpClient client, Uri endpoint, string envelope, string? action, string mediaType = "application/soap+xml")
    {
        var content = new StringContent(envelope, new UTF8Encoding(false));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        if (action is not null)
        {
            content.Headers.ContentType.Parameters.Add(new NameValueHeaderValue("action", $"\"{action}\""));
        }

        return client.PostAsync(endpoint, content);
    }

    public static async Task<XDocument> ReadXmlAsync(HttpResponseMessage response) =>
        XDocument.Parse(await response.Content.ReadAsStringAsync());

    public static XElement BodyChild(XDocument document) =>
        document.Root!.Element(EnvNs + "Body")!.Elements().Single();

    public static string Envelope(string body, string? header = null) =>
        "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:csd=\"urn:ihe:iti:csd:2013\" xmlns:ror=\"urn:asip:ror:2015\">"
        + (header is null ? string.Empty : $"<env:Header>{header}</env:Header>")
        + $"<env:Body>{body}</env:Body></env:Envelope>";

    public static string NotificationBody() =>
        "<ror:TR-Notif-ListeEtablissementsMajApresDate_Demande><csd:params><csd:dateRef>2025-01-06T00:00:00</csd:dateRef></csd:params>"
        + "</ror:TR-Notif-ListeEtablissementsMajApresDate_Demande>";

    public static string EstablishmentReadBody(string establishmentId = "1990000019") =>
        "<csd:careServicesRequest><csd:function urn=\"urn:asip:ror:lecture:offreSoinEtablissement:2017\" encapsulated=\"true\">"
        + "<csd:TR_Lecture-OffresSanteEtablissement><csd:etablissementDemandeLecture>"
        + $"<csd:id_etablissement code=\"{establishmentId}\" assigningAuthorityName=\"1.2.250.1.71.1.2.14\"/>"
        + "<csd:restrictedOrganisation>0</csd:restrictedOrganisation>"
        + "</csd:etablissementDemandeLecture></csd:TR_Lecture-OffresSanteEtablissement></csd:function></csd:careServicesRequest>";

    public static string InternalOrganizationReadBody(string organizationId = "52/100042") =>
        "<csd:careServicesRequest><csd:function urn=\"urn:asip:ror:lecture:offreSoinEtablissement:2017\" encapsulated=\"true\">"
        + "<csd:TR_Lecture-OffreSanteOrganisationInterne>"
        + $"<csd:organisationID code=\"{organizationId}\" assigningAuthorityName=\"1.2.250.1.71.1.2.14\"/>"
        + "</csd:TR_Lecture-OffreSanteOrganisationInterne></csd:function></csd:careServicesRequest>";

    public static string VihfHeader(string profileCode, string xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance", string xsiType = "CE") =>
        "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
        + "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" Version=\"2.0\" ID=\"_0d7c3b6e\" IssueInstant=\"2025-01-06T08:00:00Z\">"
        + "<saml:Issuer Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:X509SubjectName\">CN=EXAMPLE-APP,OU=0000000000,O=EXAMPLE,C=FR</saml:Issuer>"
        + $"<saml:AttributeStatement xmlns:hl7=\"urn:hl7-org:v3\" xmlns:xsi=\"{xsiNamespace}\">"
        + "<saml:Attribute Name=\"VIHF_Version\"><saml:AttributeValue>2.0</saml:AttributeValue></saml:Attribute>"
        + "<saml:Attribute Name=\"urn:oasis:names:tc:xacml:2.0:subject:role\"><saml:AttributeValue>"
        + "<hl7:Role xsi:type=\"CE\" code=\"AUTOMATE\" codeSystem=\"1.2.250.1.213.1.1.4.6\" displayName=\"Automate\"/></saml:AttributeValue></saml:Attribute>"
        + "<saml:Attribute Name=\"Profil_Utilisateur\"><saml:AttributeValue>"
        + $"<hl7:Profil_Utilisateur xsi:type=\"{xsiType}\" code=\"{profileCode}\" codeSystem=\"1.2.250.1.213.1.6.1.66\" displayName=\"x\"/>"
        + "</saml:AttributeValue></saml:Attribute>"
        + "</saml:AttributeStatement></saml:Assertion></wsse:Security>";
}
