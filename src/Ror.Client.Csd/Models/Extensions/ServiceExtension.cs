using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of a service (activité opérationnelle).</summary>
/// <remarks>XSD type <c>serviceExtension</c>.</remarks>
[CsdTypeName("serviceExtension")]
public sealed record ServiceExtension : CsdExtension
{
    /// <summary>Activity families (famille d'activités opérationnelles), JDV_J51-FamilleActiviteOperationnelle-ROR. Wire element <c>actFamily</c> (zero or more).</summary>
    [CsdElementName("actFamily")]
    public EquatableList<CodedType> ActivityFamilies { get; init; } = [];
}
