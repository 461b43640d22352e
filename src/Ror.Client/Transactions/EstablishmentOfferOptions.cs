using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Transactions;

/// <summary>Options of the Lecture EG transaction (TR-Lecture-OffresSanteEtablissement).</summary>
public sealed record EstablishmentOfferOptions
{
    /// <summary>Only the data changed since this instant (wire <c>dateRef</c>). Omit it for the complete tree (recommended).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Keep only the internal organisation branches of these champs d'activité (RG_ALIM_020, wire <c>typeActivity</c>).</summary>
    public EquatableList<CodedType> ActivityTypes { get; init; } = [];

    /// <summary>Filter on publics pris en charge (wire <c>supportedPatient</c>).</summary>
    public EquatableList<CodedType> SupportedPatients { get; init; } = [];

    /// <summary>
    /// <see langword="true"/>: the structure only, without prices and UE-specific data (RG_ALIM_015);
    /// <see langword="false"/> (default): the full tree with every instance (RG_ALIM_016). Wire <c>restrictedOrganisation</c>.
    /// </summary>
    public bool RestrictedOrganization { get; init; }
}
