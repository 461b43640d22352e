using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The result of a read transaction (résultat).</summary>
/// <remarks>XSD type <c>Result</c>.</remarks>
[CsdTypeName("Result")]
public sealed record CareServicesResult : CareServicesOutcome
{
    /// <summary>Number of results (nombre de résultats). Wire element <c>facilityNumber</c> (optional).</summary>
    [CsdElementName("facilityNumber")]
    public int? FacilityNumber { get; init; }

    /// <summary>The CSD document answering the request. Wire element <c>queryResult</c> (required).</summary>
    [CsdElementName("queryResult")]
    public required CsdDocument QueryResult { get; init; }
}
