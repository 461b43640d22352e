using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A name of a person (nom d'une personne), with its language.</summary>
/// <remarks>XSD type <c>person/name</c>.</remarks>
[CsdTypeName("person/name")]
public sealed record PersonName : Name
{
    /// <summary>The language of the name (<c>xml:lang</c>). Wire attribute <c>lang</c> (optional).</summary>
    [CsdAttributeName("lang", Namespace = "http://www.w3.org/XML/1998/namespace")]
    public string? Language { get; init; }
}
