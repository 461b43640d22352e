using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Response of TR-Notif-ListeEtablissementsMajApresDate: the establishments updated after the date.</summary>
/// <remarks>XSD type <c>TR-Notif-ListeEtablissementMajApresDate_Reponse</c>.</remarks>
[CsdTypeName("TR-Notif-ListeEtablissementMajApresDate_Reponse")]
[CsdElementName("TR-Notif-ListeEtablissementMajApresDate_Reponse", Namespace = CsdNamespaces.Ror)]
public sealed record EstablishmentsUpdatedSinceResponse
{
    /// <summary>The updated establishments (établissements mis à jour). Wire element <c>etablissementReponseNotif</c> (zero or more).</summary>
    [CsdElementName("etablissementReponseNotif")]
    public EquatableList<EstablishmentUpdateNotice> Entries { get; init; } = [];

    /// <summary>Result indicator (résultat). Wire element <c>result</c> (optional).</summary>
    [CsdElementName("result")]
    public int? Result { get; init; }
}
