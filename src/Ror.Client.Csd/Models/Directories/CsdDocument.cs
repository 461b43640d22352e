using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A CSD document (document CSD): the five directories, in wire order. Root element <c>CSD</c>, also the content of <c>queryResult</c> in a read answer.</summary>
/// <remarks>XSD type <c>CSD</c>.</remarks>
[CsdTypeName("CSD")]
[CsdElementName("CSD")]
public sealed record CsdDocument
{
    /// <summary>The organization directory: EJ and EG. Wrapper element <c>organizationDirectory</c> (always written) around zero or more <c>organization</c>.</summary>
    [CsdElementName("organizationDirectory", ItemName = "organization")]
    public EquatableList<Organization> Organizations { get; init; } = [];

    /// <summary>The service directory: operational activities. Wrapper element <c>serviceDirectory</c> (always written) around zero or more <c>service</c>.</summary>
    [CsdElementName("serviceDirectory", ItemName = "service")]
    public EquatableList<Service> Services { get; init; } = [];

    /// <summary>The facility directory: internal organisations including UE. Wrapper element <c>facilityDirectory</c> (always written) around zero or more <c>facility</c>.</summary>
    [CsdElementName("facilityDirectory", ItemName = "facility")]
    public EquatableList<Facility> Facilities { get; init; } = [];

    /// <summary>The provider directory: health professionals. Wrapper element <c>providerDirectory</c> (always written) around zero or more <c>provider</c>.</summary>
    [CsdElementName("providerDirectory", ItemName = "provider")]
    public EquatableList<Provider> Providers { get; init; } = [];

    /// <summary>The device directory: specific equipment. Wrapper element <c>deviceDirectory</c> (always written) around zero or more <c>device</c>.</summary>
    [CsdElementName("deviceDirectory", ItemName = "device")]
    public EquatableList<Device> Devices { get; init; } = [];
}
