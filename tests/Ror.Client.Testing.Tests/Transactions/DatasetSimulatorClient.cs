using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;

namespace Ror.Client.Testing.Tests.Transactions;

/// <summary>A plain HttpClient (mTLS, custom root trust) sending ROR SOAP requests to a simulator.</summary>
internal sealed class DatasetSimulatorClient : IDisposable
{
    public const string SearchAction = "urn:asip:ror:2015:stored-function:ror-search";
    public const string UpdateAction = "urn:asip:ror:2015:stored-function:ror-update";
    public static readonly XNamespace EnvNs = "http://www.w3.org/2003/05/soap-envelope";
    public static readonly XNamespace CsdNs = "urn:ihe:iti:csd:2013";
    public static readonly XNamespace RorNs = "urn:asip:ror:2015";

    private readonly RorSimulator _simulator;

    public DatasetSimulatorClient(RorSimulator simulator)
    {
        _simulator = simulator;
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.Add(simulator.ServerCaCertificate);
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                CertificateChainPolicy = policy,
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                ClientCertificateContext = SslStreamCertificateContext.Create(simulator.ClientCertificate, [], offline: true),
            },
        };
        Http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(120) };
    }

    public HttpClient Http { get; }

    public async Task<(int Status, string Xml)> PostAsync(string body, string action, string? profileCode = null)
    {
        var header = profileCode is null ? string.Empty : "<env:Header>" + Vihf(profileCode) + "</env:Header>";
        var envelope = "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:csd=\"urn:ihe:iti:csd:2013\" xmlns:ror=\"urn:asip:ror:2015\">"
            + header + "<env:Body>" + body + "</env:Body></env:Envelope>";
        var content = new StringContent(envelope, new UTF8Encoding(false));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/soap+xml") { CharSet = "utf-8" };
        content.Headers.ContentType.Parameters.Add(new NameValueHeaderValue("action", $"\"{action}\""));
        using var response = await Http.PostAsync(_simulator.SoapEndpoint, content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static XElement BodyChild(string envelope) => XDocument.Parse(envelope).Root!.Element(EnvNs + "Body")!.Elements().Single();

    public static string Notification(string dateRef, string[]? fields = null, string[]? patients = null) =>
        "<ror:TR-Notif-ListeEtablissementsMajApresDate_Demande><csd:params>"
        + (dateRef.Length == 0 ? string.Empty : $"<csd:dateRef>{dateRef}</csd:dateRef>")
        + string.Concat((fields ?? []).Select(f => $"<csd:typeActivity code=\"{f}\" codingScheme=\"1.2.250.1.213.3.3.17\"/>"))
        + string.Concat((patients ?? []).Select(p => $"<csd:supportedPatient code=\"{p}\" codingScheme=\"1.2.250.1.213.3.3.29\"/>"))
        + "</csd:params></ror:TR-Notif-ListeEtablissementsMajApresDate_Demande>";

    public static string EstablishmentRead(string id, string authority = "1.2.250.1.71.1.2.14", string? dateRef = null, string[]? fields = null, string[]? patients = null, string? restricted = "0") =>
        "<csd:careServicesRequest><csd:function urn=\"urn:asip:ror:lecture:offreSoinEtablissement:2017\" encapsulated=\"true\">"
        + "<csd:TR_Lecture-OffresSanteEtablissement><csd:etablissementDemandeLecture>"
        + $"<csd:id_etablissement code=\"{id}\" assigningAuthorityName=\"{authority}\"/>"
        + (dateRef is null ? string.Empty : $"<csd:dateRef>{dateRef}</csd:dateRef>")
        + string.Concat((fields ?? []).Select(f => $"<csd:typeActivity code=\"{f}\" codingScheme=\"1.2.250.1.213.3.3.17\"/>"))
        + string.Concat((patients ?? []).Select(p => $"<csd:supportedPatient code=\"{p}\" codingScheme=\"1.2.250.1.213.3.3.29\"/>"))
        + (restricted is null ? string.Empty : $"<csd:restrictedOrganisation>{restricted}</csd:restrictedOrganisation>")
        + "</csd:etablissementDemandeLecture></csd:TR_Lecture-OffresSanteEtablissement></csd:function></csd:careServicesRequest>";

    public static string InternalOrganizationRead(string id) =>
        "<csd:careServicesRequest><csd:function urn=\"urn:asip:ror:lecture:offreSoinEtablissement:2017\" encapsulated=\"true\">"
        + "<csd:TR_Lecture-OffreSanteOrganisationInterne>"
        + $"<csd:organisationID code=\"{id}\" assigningAuthorityName=\"1.2.250.1.71.1.2.14\"/>"
        + "</csd:TR_Lecture-OffreSanteOrganisationInterne></csd:function></csd:careServicesRequest>";

    public void Dispose() => Http.Dispose();

    private static string Vihf(string profileCode) =>
        "<wsse:Security xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
        + "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" Version=\"2.0\" ID=\"_7a1c\" IssueInstant=\"2026-01-06T08:00:00Z\">"
        + "<saml:Issuer Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:X509SubjectName\">CN=ROR-CLIENT-TEST</saml:Issuer>"
        + "<saml:AttributeStatement xmlns:hl7=\"urn:hl7-org:v3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + "<saml:Attribute Name=\"Profil_Utilisateur\"><saml:AttributeValue>"
        + $"<hl7:Profil_Utilisateur xsi:type=\"CE\" code=\"{profileCode}\" codeSystem=\"1.2.250.1.213.1.6.1.66\" displayName=\"profil\"/>"
        + "</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></wsse:Security>";
}
