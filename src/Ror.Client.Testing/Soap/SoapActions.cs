using System.Xml;
using Ror.Client.Csd;

namespace Ror.Client.Testing.Soap;

/// <summary>The SOAP actions and request element names of the ROR CSD WSDL (wire names, copied, never derived).</summary>
internal static class SoapActions
{
    /// <summary>The soapAction of TR-Notif-ListeEtablissementMajApresDate.</summary>
    public const string Update = "urn:asip:ror:2015:stored-function:ror-update";

    /// <summary>The soapAction shared by Lecture EG and Lecture OI.</summary>
    public const string Search = "urn:asip:ror:2015:stored-function:ror-search";

    /// <summary>WS-Addressing 1.0.</summary>
    public const string WsAddressing = "http://www.w3.org/2005/08/addressing";

    /// <summary>The 2004 WS-Addressing submission, still sent by some stacks.</summary>
    public const string WsAddressing2004 = "http://schemas.xmlsoap.org/ws/2004/08/addressing";

    /// <summary>WS-Security 1.0 (<c>wsse:Security</c>).</summary>
    public const string WsSecurity = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    /// <summary>The SOAP 1.1 envelope namespace, refused.</summary>
    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>The Notif request element (plural "Etablissements").</summary>
    public static readonly XmlQualifiedName NotificationRequest = new("TR-Notif-ListeEtablissementsMajApresDate_Demande", CsdNamespaces.Ror);

    /// <summary>The Notif response element (singular "Etablissement").</summary>
    public static readonly XmlQualifiedName NotificationResponse = new("TR-Notif-ListeEtablissementMajApresDate_Reponse", CsdNamespaces.Ror);

    /// <summary>The Lecture request element.</summary>
    public static readonly XmlQualifiedName CareServicesRequest = new("careServicesRequest", CsdNamespaces.Csd);

    /// <summary>The Lecture EG choice element under <c>csd:function</c> ("Offres", plural).</summary>
    public const string EstablishmentReadChoice = "TR_Lecture-OffresSanteEtablissement";

    /// <summary>The Lecture OI choice element under <c>csd:function</c> ("Offre", singular).</summary>
    public const string InternalOrganizationReadChoice = "TR_Lecture-OffreSanteOrganisationInterne";

    /// <summary>The action a Body child calls for, or <see langword="null"/> when it is none of the WSDL inputs.</summary>
    public static string? ForBodyElement(XmlQualifiedName element) =>
        element == NotificationRequest ? Update
        : element == CareServicesRequest ? Search
        : null;
}
