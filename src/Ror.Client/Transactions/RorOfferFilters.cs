using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Transactions;

/// <summary>
/// Filters of the Notif and Lecture EG transactions. Values of one filter are alternatives; different filters all apply
/// (the ROR does not document it; this is the usual reading).
/// </summary>
public sealed record RorOfferFilters
{
    /// <summary>Champs d'activité to keep (JDV_J20 / TRE_R227, wire <c>typeActivity</c>).</summary>
    public EquatableList<CodedType> ActivityTypes { get; init; } = [];

    /// <summary>Publics pris en charge to keep (JDV_J29 / TRE_R239, wire <c>supportedPatient</c>).</summary>
    public EquatableList<CodedType> SupportedPatients { get; init; } = [];
}
