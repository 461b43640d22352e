using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The link from a facility to a geographic entity (EG) of the organization directory, with the services it provides there.</summary>
/// <remarks>XSD type <c>facility/organizations/organization</c>.</remarks>
[CsdTypeName("facility/organizations/organization")]
public sealed record FacilityOrganizationLink : UniqueId
{
    /// <summary>The services (activités opérationnelles) provided. Wire element <c>service</c> (zero or more).</summary>
    [CsdElementName("service")]
    public EquatableList<FacilityServiceLink> Services { get; init; } = [];

    /// <summary>Extensions of the base type <c>extension</c>. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<GenericExtension> Extensions { get; init; } = [];
}
