using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A CSD care services response (réponse CSD): a result or an error.</summary>
/// <remarks>XSD type <c>careServicesResponse</c>.</remarks>
[CsdTypeName("careServicesResponse")]
[CsdElementName("careServicesResponse")]
public sealed record CareServicesResponse
{
    /// <summary>The result or the error. Wire: one of the elements <c>error</c>, <c>result</c> (required).</summary>
    [CsdElementName("error", ChoiceType = typeof(CsdError))]
    [CsdElementName("result", ChoiceType = typeof(CareServicesResult))]
    public required CareServicesOutcome Outcome { get; init; }

    /// <summary>The MIME type of the result. Wire attribute <c>content-type</c> (optional).</summary>
    [CsdAttributeName("content-type")]
    public string? ContentType { get; init; }

    /// <summary>Attributes not declared by the schema, allowed by its <c>xs:anyAttribute</c>, kept as read.</summary>
    public EquatableList<ExtraAttribute> ExtraAttributes { get; init; } = [];
}
