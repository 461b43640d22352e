using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A generic CSD expression query (requête par expression); not used by the ROR.</summary>
/// <remarks>XSD type <c>careServicesRequest/expression</c>.</remarks>
[CsdTypeName("careServicesRequest/expression")]
public sealed record CareServicesExpression : CareServicesQuery
{
    /// <summary>Whether the result is wrapped in a <c>result</c> element. Wire attribute <c>encapsulated</c> (required).</summary>
    [CsdAttributeName("encapsulated")]
    public required bool Encapsulated { get; init; }

    /// <summary>The MIME type of the query result. Wire attribute <c>content-type</c> (required).</summary>
    [CsdAttributeName("content-type")]
    public required string ContentType { get; init; }

    /// <summary>Attributes not declared by the schema, allowed by its <c>xs:anyAttribute</c>, kept as read.</summary>
    public EquatableList<ExtraAttribute> ExtraAttributes { get; init; } = [];
}
