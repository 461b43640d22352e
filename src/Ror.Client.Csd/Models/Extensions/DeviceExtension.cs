using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of a device (équipement spécifique).</summary>
/// <remarks>XSD type <c>deviceExtension</c>.</remarks>
[CsdTypeName("deviceExtension")]
public sealed record DeviceExtension : CsdExtension
{
    /// <summary>Number of units in service (nombre en service). Wire element <c>nbInService</c> (optional).</summary>
    [CsdElementName("nbInService")]
    public int? UnitsInService { get; init; }
}
