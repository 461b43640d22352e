using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The answer to a <see cref="GetModificationsRequest"/>; declared by the schema, not used by the ROR.</summary>
/// <remarks>XSD type <c>getModificationsResponse</c>.</remarks>
[CsdTypeName("getModificationsResponse")]
[CsdElementName("getModificationsResponse")]
public sealed record GetModificationsResponse
{
    /// <summary>The modified entries (global element <c>CSD</c>). Wire element <c>CSD</c> (required).</summary>
    [CsdElementName("CSD")]
    public required CsdDocument Document { get; init; }
}
