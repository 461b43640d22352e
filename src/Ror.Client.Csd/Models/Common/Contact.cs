using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A ROR contact (contact) of an organization or facility: a named function with its telecommunication addresses.</summary>
/// <remarks>XSD type <c>contact</c>.</remarks>
[CsdTypeName("contact")]
public sealed record Contact
{
    /// <summary>The contact name (nom du contact). Wire element <c>name</c> (optional).</summary>
    [CsdElementName("name")]
    public string? Name { get; init; }

    /// <summary>The contact function (fonction du contact), TRE_R251-FonctionContact. Wire element <c>function</c> (optional).</summary>
    [CsdElementName("function")]
    public CodedType? Function { get; init; }

    /// <summary>The nature of the contact (nature du contact), TRE_R287-NatureContact. Wire element <c>nature</c> (optional).</summary>
    [CsdElementName("nature")]
    public CodedType? Nature { get; init; }

    /// <summary>Free description (description). Wire element <c>description</c> (optional).</summary>
    [CsdElementName("description")]
    public string? Description { get; init; }

    /// <summary>Who may see the contact (niveau de confidentialité), TRE_R283-NiveauConfidentialite. Wire element <c>confidentialityLevel</c> (required).</summary>
    [CsdElementName("confidentialityLevel")]
    public required CodedType ConfidentialityLevel { get; init; }

    /// <summary>Telecommunication addresses of the contact (global element <c>csd:contactPoint</c>). Wire element <c>contactPoint</c> (zero or more).</summary>
    [CsdElementName("contactPoint")]
    public EquatableList<ContactPoint> ContactPoints { get; init; } = [];

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
