namespace Ror.Client.Transport;

/// <summary>The two SOAP actions of the ROR WSDL (sent as the <c>action</c> parameter of the SOAP 1.2 media type).</summary>
internal static class RorSoapActions
{
    /// <summary>Lecture EG and Lecture OI (<c>careServicesRequest_Request</c>).</summary>
    public const string Search = "urn:asip:ror:2015:stored-function:ror-search";

    /// <summary>Notif (<c>TR-Notif-ListeEtablissementsMajApresDate_Demande</c>).</summary>
    public const string Update = "urn:asip:ror:2015:stored-function:ror-update";
}
