namespace Ror.Client.Testing;

/// <summary>
/// The ROR CSD transactions the simulator serves, as it classifies incoming requests (for counters, fault
/// injection, forced errors and handlers).
/// </summary>
public enum SimulatedTransaction
{
    /// <summary>
    /// TR-Notif-ListeEtablissementMajApresDate: SOAP action <c>urn:asip:ror:2015:stored-function:ror-update</c>,
    /// Body child <c>ror:TR-Notif-ListeEtablissementsMajApresDate_Demande</c>.
    /// </summary>
    Notification = 0,

    /// <summary>
    /// TR-Lecture-OffresSanteEtablissement (Lecture EG): SOAP action <c>urn:asip:ror:2015:stored-function:ror-search</c>,
    /// <c>csd:careServicesRequest/csd:function/csd:TR_Lecture-OffresSanteEtablissement</c>.
    /// </summary>
    EstablishmentRead = 1,

    /// <summary>
    /// TR-Lecture-OffresSanteOrganisationInterne (Lecture OI): SOAP action <c>urn:asip:ror:2015:stored-function:ror-search</c>,
    /// <c>csd:careServicesRequest/csd:function/csd:TR_Lecture-OffreSanteOrganisationInterne</c>.
    /// </summary>
    InternalOrganizationRead = 2,

    /// <summary>TR-Récupération Extraction: the REST bulk download (HTTPS GET on the extraction path).</summary>
    Extraction = 3,
}
