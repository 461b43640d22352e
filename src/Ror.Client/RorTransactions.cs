namespace Ror.Client;

/// <summary>Official names of the ROR CSD MEV 2.4 transactions, as used in errors, traces and metrics.</summary>
public static class RorTransactions
{
    /// <summary>TR-Notif-ListeEtablissementMajApresDate: the establishments changed since a date (SOAP).</summary>
    public const string ListUpdatedEstablishments = "TR-Notif-ListeEtablissementMajApresDate";

    /// <summary>TR-Lecture-OffresSanteEtablissement: the whole offer of one establishment (SOAP).</summary>
    public const string ReadEstablishmentOffer = "TR-Lecture-OffresSanteEtablissement";

    /// <summary>TR-Lecture-OffresSanteOrganisationInterne: the offer of one internal organisation (SOAP).</summary>
    public const string ReadInternalOrganizationOffer = "TR-Lecture-OffresSanteOrganisationInterne";

    /// <summary>TR-Récupération Extraction: the bulk extraction of the whole offer (REST).</summary>
    public const string Extraction = "TR-Recuperation-Extraction";
}
