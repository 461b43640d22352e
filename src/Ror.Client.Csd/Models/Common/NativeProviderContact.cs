using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A native CSD contact that is a provider of the provider directory.</summary>
public sealed record NativeProviderContact : NativeContact
{
    /// <summary>The provider (professionnel). Wire element <c>provider</c> (required).</summary>
    [CsdElementName("provider")]
    public required EntityReference Provider { get; init; }
}
