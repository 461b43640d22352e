using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>One establishment updated after the requested date (établissement notifié).</summary>
/// <remarks>XSD type <c>etablissementReponseNotif</c>.</remarks>
[CsdTypeName("etablissementReponseNotif")]
public sealed record EstablishmentUpdateNotice
{
    /// <summary>The establishment (EG) identifier (identifiant de l'établissement). Wire element <c>id_etablissement</c> (required).</summary>
    [CsdElementName("id_etablissement")]
    public required OtherId EstablishmentId { get; init; }

    /// <summary>Activity fields concerned (champ d'activité), TRE_R227-ChampActivite. Wire element <c>typeActivity</c> (zero or more).</summary>
    [CsdElementName("typeActivity")]
    public EquatableList<CodedType> ActivityTypes { get; init; } = [];

    /// <summary>Restricted organisation (organisation restreinte). Wire element <c>restrictedOrganisation</c> (optional).</summary>
    [CsdElementName("restrictedOrganisation")]
    public bool? RestrictedOrganization { get; init; }

    /// <summary>Public taken in charge (public pris en charge). Not in the 2.4 XSD but sent by some servers (older schema versions had it); read when present, never written by a schema-conformant writer. Wire element <c>supportedPatient</c> (zero or more).</summary>
    [CsdToleratedElement("supportedPatient")]
    public EquatableList<CodedType> SupportedPatients { get; init; } = [];
}
