using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Call of TR-Lecture-OffreSanteOrganisationInterne: read the offer of an internal organisation (OI).</summary>
public sealed record InternalOrganizationOfferReadFunction : CareServicesFunctionCall
{
    /// <summary>The parameters of the transaction. Wire element <c>TR_Lecture-OffreSanteOrganisationInterne</c> (required).</summary>
    [CsdElementName("TR_Lecture-OffreSanteOrganisationInterne")]
    public required InternalOrganizationOfferReadParameters Parameters { get; init; }
}
