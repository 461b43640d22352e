using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of a telecommunication address.</summary>
/// <remarks>XSD type <c>contactPointExtension</c>.</remarks>
[CsdTypeName("contactPointExtension")]
public sealed record ContactPointExtension : CsdExtension
{
    /// <summary>Who may see the address (niveau de confidentialité), TRE_R283-NiveauConfidentialite. Wire element <c>confidentialityLevel</c> (required).</summary>
    [CsdElementName("confidentialityLevel")]
    public required CodedType ConfidentialityLevel { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
