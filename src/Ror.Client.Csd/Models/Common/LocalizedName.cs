using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Another name of an organization or facility (autre dénomination), optionally tagged with its language.</summary>
/// <remarks>XSD type <c>organization/otherName</c>, <c>facility/otherName</c>.</remarks>
[CsdTypeName("organization/otherName")]
[CsdTypeName("facility/otherName")]
public sealed record LocalizedName
{
    /// <summary>The name. Text content of the element.</summary>
    [CsdTextContent]
    public required string Value { get; init; }

    /// <summary>The language of the name (<c>xml:lang</c>). Wire attribute <c>lang</c> (optional).</summary>
    [CsdAttributeName("lang", Namespace = "http://www.w3.org/XML/1998/namespace")]
    public string? Language { get; init; }
}
