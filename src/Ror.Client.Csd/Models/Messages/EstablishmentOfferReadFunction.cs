using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Call of TR-Lecture-OffresSanteEtablissement: read the offer of an establishment (EG).</summary>
public sealed record EstablishmentOfferReadFunction : CareServicesFunctionCall
{
    /// <summary>The parameters of the transaction. Wire element <c>TR_Lecture-OffresSanteEtablissement</c> (required).</summary>
    [CsdElementName("TR_Lecture-OffresSanteEtablissement")]
    public required EstablishmentOfferReadParameters Parameters { get; init; }
}
