using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Parameters of TR-Lecture-OffreSanteOrganisationInterne.</summary>
/// <remarks>XSD type <c>RequestParams_TR-Lecture-OffresSanteOrganisationInterne</c>.</remarks>
[CsdTypeName("RequestParams_TR-Lecture-OffresSanteOrganisationInterne")]
public sealed record InternalOrganizationOfferReadParameters
{
    /// <summary>The internal organisation (OI) identifier (identifiant de l'organisation interne). Wire element <c>organisationID</c> (required).</summary>
    [CsdElementName("organisationID")]
    public required OtherId InternalOrganizationId { get; init; }
}
