using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A coded value from a nomenclature (valeur codée issue d'une TRE/JDV de la NOS): code, coding scheme (usually an OID) and optional display label.</summary>
/// <remarks>XSD type <c>codedtype</c>.</remarks>
[CsdTypeName("codedtype")]
public sealed record CodedType
{
    /// <summary>The code in the coding scheme. The schema leaves it untyped: an empty string is valid. Wire attribute <c>code</c> (required).</summary>
    [CsdAttributeName("code")]
    public required string Code { get; init; }

    /// <summary>The coding scheme (nomenclature OID, e.g. <c>1.2.250.1.213.3.3.29</c>). An empty string is valid. Wire attribute <c>codingScheme</c> (required).</summary>
    [CsdAttributeName("codingScheme")]
    public required string CodingScheme { get; init; }

    /// <summary>The optional display label (libellé) of the code in the local language. Text content of the element.</summary>
    [CsdTextContent]
    public string? Label { get; init; }

    /// <summary>Attributes not declared by the schema, allowed by its <c>xs:anyAttribute</c>, kept as read.</summary>
    public EquatableList<ExtraAttribute> ExtraAttributes { get; init; } = [];
}
