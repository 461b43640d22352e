using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The link from a provider to a facility (OI) of the facility directory.</summary>
/// <remarks>XSD type <c>provider/facilities/facility</c>.</remarks>
[CsdTypeName("provider/facilities/facility")]
public sealed record ProviderFacilityLink : UniqueId
{
    /// <summary>The services the provider provides in this facility. Wire element <c>service</c> (zero or more).</summary>
    [CsdElementName("service")]
    public EquatableList<ProviderServiceLink> Services { get; init; } = [];

    /// <summary>Hours of the provider in this facility. Wire element <c>operatingHours</c> (zero or more).</summary>
    [CsdElementName("operatingHours")]
    public EquatableList<OperatingHours> OperatingHours { get; init; } = [];

    /// <summary>Extensions of the base type <c>extension</c>. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<GenericExtension> Extensions { get; init; } = [];
}
