using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>An error (erreur): in a care services response, or as the SOAP fault detail <c>erreur</c> (namespace <c>urn:asip:ror:2015</c>).</summary>
/// <remarks>XSD type <c>error</c>, <c>careServicesResponse/error</c>.</remarks>
[CsdTypeName("error")]
[CsdTypeName("careServicesResponse/error")]
[CsdElementName("erreur", Namespace = CsdNamespaces.Ror)]
public sealed record CsdError : CareServicesOutcome
{
    /// <summary>The error code (code erreur). Wire attribute <c>code</c> (optional).</summary>
    [CsdAttributeName("code")]
    public int? Code { get; init; }

    /// <summary>The error message (message). Wire attribute <c>message</c> (optional).</summary>
    [CsdAttributeName("message")]
    public string? Message { get; init; }

    /// <summary>Free text of the error. Text content of the element.</summary>
    [CsdTextContent]
    public string? Text { get; init; }

    /// <summary>Attributes not declared by the schema, allowed by its <c>xs:anyAttribute</c>, kept as read.</summary>
    public EquatableList<ExtraAttribute> ExtraAttributes { get; init; } = [];
}
