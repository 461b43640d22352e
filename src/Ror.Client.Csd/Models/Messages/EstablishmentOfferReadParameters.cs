using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Parameters of TR-Lecture-OffresSanteEtablissement.</summary>
/// <remarks>XSD type <c>RequestParams_TR-Lecture-OffresSanteEtablissement_Demande</c>.</remarks>
[CsdTypeName("RequestParams_TR-Lecture-OffresSanteEtablissement_Demande")]
public sealed record EstablishmentOfferReadParameters
{
    /// <summary>The establishment to read and the filters (établissement demandé). Wire element <c>etablissementDemandeLecture</c> (required).</summary>
    [CsdElementName("etablissementDemandeLecture")]
    public required EstablishmentReadCriteria Criteria { get; init; }
}
