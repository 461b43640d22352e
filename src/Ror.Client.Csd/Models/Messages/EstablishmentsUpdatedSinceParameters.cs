using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Parameters of TR-Notif-ListeEtablissementsMajApresDate.</summary>
/// <remarks>XSD type <c>RequestParams_TR-Notif-ListeEtablissementsMajApresDate_Demande</c>.</remarks>
[CsdTypeName("RequestParams_TR-Notif-ListeEtablissementsMajApresDate_Demande")]
public sealed record EstablishmentsUpdatedSinceParameters
{
    /// <summary>Establishments updated after this date are listed (date de référence). Wire element <c>dateRef</c> (required).</summary>
    [CsdElementName("dateRef")]
    public required DateTimeOffset ReferenceDate { get; init; }

    /// <summary>Filter on activity fields (champ d'activité), JDV_20-ChampActivite-ROR. Wire element <c>typeActivity</c> (zero or more).</summary>
    [CsdElementName("typeActivity")]
    public EquatableList<CodedType> ActivityTypes { get; init; } = [];

    /// <summary>Filter on public taken in charge (public pris en charge), JDV_J29-PublicPrisEnCharge-ROR. Wire element <c>supportedPatient</c> (zero or more).</summary>
    [CsdElementName("supportedPatient")]
    public EquatableList<CodedType> SupportedPatients { get; init; } = [];
}
