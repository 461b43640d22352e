using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A postal address (adresse).</summary>
/// <remarks>XSD type <c>address</c>.</remarks>
[CsdTypeName("address")]
public sealed record Address
{
    /// <summary>The address lines (lignes d'adresse); ROR data is mostly carried in their attributes. Wire element <c>addressLine</c> (one or more).</summary>
    [CsdElementName("addressLine")]
    public EquatableList<AddressLine> Lines { get; init; } = [];

    /// <summary>ROR extension of the address (metadata). Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<AddressExtension> Extensions { get; init; } = [];

    /// <summary>The type of address (type d'adresse). Wire attribute <c>type</c> (optional).</summary>
    [CsdAttributeName("type")]
    public string? Type { get; init; }

    /// <summary>The language of the address. Wire attribute <c>language</c> (optional).</summary>
    [CsdAttributeName("language")]
    public string? Language { get; init; }
}
