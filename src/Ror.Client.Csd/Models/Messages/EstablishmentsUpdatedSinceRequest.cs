using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Request of TR-Notif-ListeEtablissementsMajApresDate: list the establishments updated after a date.</summary>
/// <remarks>XSD type <c>TR-Notif-ListeEtablissementsMajApresDate_Demande</c>.</remarks>
[CsdTypeName("TR-Notif-ListeEtablissementsMajApresDate_Demande")]
[CsdElementName("TR-Notif-ListeEtablissementsMajApresDate_Demande", Namespace = CsdNamespaces.Ror)]
public sealed record EstablishmentsUpdatedSinceRequest
{
    /// <summary>The parameters (paramètres). Wire element <c>params</c> (required).</summary>
    [CsdElementName("params")]
    public required EstablishmentsUpdatedSinceParameters Parameters { get; init; }
}
