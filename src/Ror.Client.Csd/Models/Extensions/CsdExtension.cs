using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Base of every ROR extension (XSD type <c>extension</c>): an optional unqualified element, required <c>type</c> and <c>urn</c> attributes, and any other attribute.</summary>
/// <remarks>XSD type <c>extension</c>.</remarks>
[CsdTypeName("extension")]
public abstract record CsdExtension
{
    /// <summary>The optional unqualified element allowed first by <c>xs:any namespace="##local"</c>, as raw outer XML; never used by the ROR.</summary>
    public string? LocalElement { get; init; }

    /// <summary>The extension type. Real data always carries the meaningless placeholder <c>Type1</c>, the default here. Wire attribute <c>type</c> (required).</summary>
    [CsdAttributeName("type")]
    public string Type { get; init; } = "Type1";

    /// <summary>The extension URN. Real data always carries the meaningless placeholder <c>Urn0</c>, the default here. Wire attribute <c>urn</c> (required).</summary>
    [CsdAttributeName("urn")]
    public string Urn { get; init; } = "Urn0";

    /// <summary>Attributes not declared by the schema, allowed by its <c>xs:anyAttribute</c>, kept as read.</summary>
    public EquatableList<ExtraAttribute> ExtraAttributes { get; init; } = [];
}
