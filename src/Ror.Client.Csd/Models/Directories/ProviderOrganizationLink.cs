using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The link from a provider to an organization of the organization directory.</summary>
/// <remarks>XSD type <c>provider/organizations/organization</c>.</remarks>
[CsdTypeName("provider/organizations/organization")]
public sealed record ProviderOrganizationLink : UniqueId
{
    /// <summary>Extensions of the base type <c>extension</c>. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<GenericExtension> Extensions { get; init; } = [];

    /// <summary>Postal addresses of the provider in this organization. Wire element <c>address</c> (zero or more).</summary>
    [CsdElementName("address")]
    public EquatableList<Address> Addresses { get; init; } = [];

    /// <summary>Telecommunication addresses of the provider in this organization. Wire element <c>contactPoint</c> (zero or more).</summary>
    [CsdElementName("contactPoint")]
    public EquatableList<ContactPoint> ContactPoints { get; init; } = [];
}
