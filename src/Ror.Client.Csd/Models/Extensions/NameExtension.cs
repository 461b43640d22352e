using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of a name.</summary>
/// <remarks>XSD type <c>nameExtension</c>.</remarks>
[CsdTypeName("nameExtension")]
public sealed record NameExtension : CsdExtension
{
    /// <summary>Civil title (civilité), TRE_R81-Civilite. Wire element <c>title</c> (optional).</summary>
    [CsdElementName("title")]
    public CodedType? Title { get; init; }
}
