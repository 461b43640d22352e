using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A native CSD contact described as a person.</summary>
public sealed record NativePersonContact : NativeContact
{
    /// <summary>The person. Wire element <c>person</c> (required).</summary>
    [CsdElementName("person")]
    public required Person Person { get; init; }
}
