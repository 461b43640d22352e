using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A CSD request for the modifications since a date (IHE <c>getModificationsRequest</c>); declared by the schema, not used by the ROR.</summary>
/// <remarks>XSD type <c>getModificationsRequest</c>.</remarks>
[CsdTypeName("getModificationsRequest")]
[CsdElementName("getModificationsRequest")]
public sealed record GetModificationsRequest
{
    /// <summary>The date after which modifications are requested. Wire element <c>lastModified</c> (required).</summary>
    [CsdElementName("lastModified")]
    public required DateTimeOffset LastModified { get; init; }
}
