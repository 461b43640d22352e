namespace Ror.Client.Csd.Reading;

/// <summary>The ROR CSD messages a document (or a SOAP Body) can hold.</summary>
internal enum CsdPayloadKind
{
    /// <summary><c>csd:CSD</c>: a bare CSD document (extraction, public file).</summary>
    Csd,

    /// <summary><c>csd:careServicesResponse</c>: answer of a Lecture transaction.</summary>
    CareServicesResponse,

    /// <summary><c>ror:TR-Notif-ListeEtablissementMajApresDate_Reponse</c>: answer of the Notif transaction.</summary>
    NotifResponse,

    /// <summary><c>csd:careServicesRequest</c>: a Lecture request.</summary>
    CareServicesRequest,

    /// <summary><c>ror:TR-Notif-ListeEtablissementsMajApresDate_Demande</c>: a Notif request.</summary>
    NotifRequest,

    /// <summary>A bare <c>ror:erreur</c> or <c>csd:error</c> element.</summary>
    Error,

    /// <summary>A SOAP 1.2 <c>env:Fault</c>.</summary>
    Fault,
}
