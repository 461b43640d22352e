using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The link from a facility to a service (activité opérationnelle) of the service directory, with how it is provided.</summary>
/// <remarks>XSD type <c>facility/organizations/organization/service</c>.</remarks>
[CsdTypeName("facility/organizations/organization/service")]
public sealed record FacilityServiceLink : UniqueId
{
    /// <summary>Names of the service as provided here. Wire element <c>name</c> (zero or more).</summary>
    [CsdElementName("name")]
    public EquatableList<Name> Names { get; init; } = [];

    /// <summary>Languages. Wire element <c>language</c> (zero or more).</summary>
    [CsdElementName("language")]
    public EquatableList<CodedType> Languages { get; init; } = [];

    /// <summary>Opening hours of the service. Wire element <c>operatingHours</c> (zero or more).</summary>
    [CsdElementName("operatingHours")]
    public EquatableList<OperatingHours> OperatingHours { get; init; } = [];

    /// <summary>URI of a free/busy calendar. Wire element <c>freeBusyURI</c> (optional).</summary>
    [CsdElementName("freeBusyURI")]
    public string? FreeBusyUri { get; init; }

    /// <summary>Extensions of the base type <c>extension</c>. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<GenericExtension> Extensions { get; init; } = [];
}
