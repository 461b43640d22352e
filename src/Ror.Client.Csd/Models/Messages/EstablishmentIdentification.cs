using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>An establishment with filters (identification d'établissement); declared by the schema, used by no message (superseded by <see cref="EstablishmentReadCriteria"/>).</summary>
/// <remarks>XSD type <c>etablissementID</c>.</remarks>
[CsdTypeName("etablissementID")]
public sealed record EstablishmentIdentification
{
    /// <summary>The establishment (EG) identifier (identifiant de l'établissement). Wire element <c>id_etablissement</c> (required).</summary>
    [CsdElementName("id_etablissement")]
    public required OtherId EstablishmentId { get; init; }

    /// <summary>Reference date (date de référence). Wire element <c>dateRef</c> (optional).</summary>
    [CsdElementName("dateRef")]
    public DateTimeOffset? ReferenceDate { get; init; }

    /// <summary>Filter on activity fields (champ d'activité), JDV_20-ChampActivite-ROR. Wire element <c>typeActivity</c> (zero or more).</summary>
    [CsdElementName("typeActivity")]
    public EquatableList<CodedType> ActivityTypes { get; init; } = [];

    /// <summary>Filter on public taken in charge (public pris en charge), JDV_J29-PublicPrisEnCharge-ROR. Wire element <c>supportedPatient</c> (zero or more).</summary>
    [CsdElementName("supportedPatient")]
    public EquatableList<CodedType> SupportedPatients { get; init; } = [];

    /// <summary>Restrict the answer to the organisation (organisation restreinte). Wire element <c>restrictedOrganisation</c> (optional).</summary>
    [CsdElementName("restrictedOrganisation")]
    public bool? RestrictedOrganization { get; init; }
}
