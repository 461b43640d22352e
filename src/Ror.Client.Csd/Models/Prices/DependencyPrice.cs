using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Dependency price (tarif dépendance).</summary>
/// <remarks>XSD type <c>dependencyPrice</c>.</remarks>
[CsdTypeName("dependencyPrice")]
public sealed record DependencyPrice : PriceDetails
{
    /// <summary>Dependency level (niveau de dépendance, GIR), TRE_R327-NiveauDependance. Wire element <c>dependencyLevel</c> (required).</summary>
    [CsdElementName("dependencyLevel")]
    public required CodedType DependencyLevel { get; init; }

    /// <summary>Reception temporality (temporalité d'accueil), TRE_R240-TemporaliteAccueil. Wire element <c>welcomeType</c> (required).</summary>
    [CsdElementName("welcomeType")]
    public required CodedType WelcomeType { get; init; }
}
