using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A ROR stored function call (fonction): one of the two read transactions, with the fixed <c>urn</c> and <c>encapsulated</c> attributes.</summary>
/// <remarks>XSD type <c>careServicesRequest/function</c>. Choice: <see cref="EstablishmentOfferReadFunction"/> or <see cref="InternalOrganizationOfferReadFunction"/>.</remarks>
[CsdTypeName("careServicesRequest/function")]
public abstract record CareServicesFunctionCall : CareServicesQuery
{
    /// <summary>The only value the schema allows for <see cref="Urn"/>.</summary>
    public const string FixedUrn = "urn:asip:ror:lecture:offreSoinEtablissement:2017";

    /// <summary>The only value the schema allows for <see cref="Encapsulated"/>.</summary>
    public const bool FixedEncapsulated = true;

    /// <summary>The URN of the stored function, fixed to <see cref="FixedUrn"/> (the default here). Wire attribute <c>urn</c> (required).</summary>
    [CsdAttributeName("urn")]
    public string Urn { get; init; } = FixedUrn;

    /// <summary>Whether values are included in the answer, fixed to <see langword="true"/> (the default here). Wire attribute <c>encapsulated</c> (required).</summary>
    [CsdAttributeName("encapsulated")]
    public bool Encapsulated { get; init; } = FixedEncapsulated;
}
