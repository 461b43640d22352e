using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A CSD care services request (requête CSD, ITI-73): the read transactions TR-Lecture-OffresSanteEtablissement and TR-Lecture-OffreSanteOrganisationInterne.</summary>
/// <remarks>XSD type <c>careServicesRequest</c>.</remarks>
[CsdTypeName("careServicesRequest")]
[CsdElementName("careServicesRequest")]
public sealed record CareServicesRequest
{
    /// <summary>The request: a stored function call (what the ROR uses) or an expression. Wire: one of the elements <c>expression</c>, <c>function</c> (required).</summary>
    [CsdElementName("expression", ChoiceType = typeof(CareServicesExpression))]
    [CsdElementName("function", ChoiceType = typeof(CareServicesFunctionCall))]
    public required CareServicesQuery Query { get; init; }
}
