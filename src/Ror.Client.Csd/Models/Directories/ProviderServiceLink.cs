using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The link from a provider's facility to a service of the service directory.</summary>
/// <remarks>XSD type <c>provider/facilities/facility/service</c>.</remarks>
[CsdTypeName("provider/facilities/facility/service")]
public sealed record ProviderServiceLink : UniqueId
{
    /// <summary>Names of the service as provided here. Wire element <c>name</c> (zero or more).</summary>
    [CsdElementName("name")]
    public EquatableList<Name> Names { get; init; } = [];

    /// <summary>The organization under which the service is provided. Wire element <c>organization</c> (optional).</summary>
    [CsdElementName("organization")]
    public EntityReference? Organization { get; init; }

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
