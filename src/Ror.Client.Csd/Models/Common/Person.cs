using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A person (personne): the demographic data of a health professional.</summary>
/// <remarks>XSD type <c>person</c>.</remarks>
[CsdTypeName("person")]
public sealed record Person
{
    /// <summary>Names of the person. Wire element <c>name</c> (one or more).</summary>
    [CsdElementName("name")]
    public EquatableList<PersonName> Names { get; init; } = [];

    /// <summary>Telecommunication addresses. Wire element <c>contactPoint</c> (zero or more).</summary>
    [CsdElementName("contactPoint")]
    public EquatableList<ContactPoint> ContactPoints { get; init; } = [];

    /// <summary>Postal addresses. Wire element <c>address</c> (zero or more).</summary>
    [CsdElementName("address")]
    public EquatableList<Address> Addresses { get; init; } = [];

    /// <summary>Gender (sexe). Wire element <c>gender</c> (optional).</summary>
    [CsdElementName("gender")]
    public string? Gender { get; init; }

    /// <summary>Date of birth (date de naissance). Wire element <c>dateOfBirth</c> (optional).</summary>
    [CsdElementName("dateOfBirth")]
    public DateOnly? DateOfBirth { get; init; }
}
