using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A CSD stored function definition (IHE <c>careServicesFunction</c>); declared by the schema, never exchanged with the ROR.</summary>
/// <remarks>XSD type <c>careServicesFunction</c>.</remarks>
[CsdTypeName("careServicesFunction")]
[CsdElementName("careServicesFunction")]
public sealed record CareServicesFunctionDefinition
{
    /// <summary>Description of the function, as raw XML content (<c>xs:anyType</c>). Wire element <c>description</c> (optional).</summary>
    [CsdElementName("description")]
    public string? Description { get; init; }

    /// <summary>The XQuery that defines the function. Wire element <c>definition</c> (required).</summary>
    [CsdElementName("definition")]
    public required string Definition { get; init; }

    /// <summary>The <c>xforms:instance</c> element, as raw outer XML. Wire element <c>instance</c> (optional).</summary>
    [CsdElementName("instance", Namespace = "http://www.w3.org/2002/xforms")]
    public string? Instance { get; init; }

    /// <summary>The embedded <c>xs:schema</c> element, as raw outer XML. Wire element <c>schema</c> (optional).</summary>
    [CsdElementName("schema", Namespace = "http://www.w3.org/2001/XMLSchema")]
    public string? Schema { get; init; }

    /// <summary>The <c>xforms:bind</c> elements, as raw outer XML. Wire element <c>bind</c> (zero or more).</summary>
    [CsdElementName("bind", Namespace = "http://www.w3.org/2002/xforms")]
    public EquatableList<string> Bindings { get; init; } = [];

    /// <summary>Extensions. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<GenericExtension> Extensions { get; init; } = [];

    /// <summary>The URN of the function. Wire attribute <c>urn</c> (required).</summary>
    [CsdAttributeName("urn")]
    public required string Urn { get; init; }

    /// <summary>The MIME type of the result. Wire attribute <c>content-type</c> (required).</summary>
    [CsdAttributeName("content-type")]
    public required string ContentType { get; init; }

    /// <summary>Schema URIs, as a space-separated list (<c>xforms:anyURIList</c>). Wire attribute <c>schema</c> (optional).</summary>
    [CsdAttributeName("schema")]
    public string? SchemaUris { get; init; }

    /// <summary>Attributes not declared by the schema, allowed by its <c>xs:anyAttribute</c>, kept as read.</summary>
    public EquatableList<ExtraAttribute> ExtraAttributes { get; init; } = [];
}
