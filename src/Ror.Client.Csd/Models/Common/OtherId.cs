using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A business identifier assigned by an authority (identifiant métier), e.g. the FINESS or SIRET number, or the national structure identifier (idNat_Struct). No text content.</summary>
/// <remarks>XSD type <c>otherID</c>.</remarks>
[CsdTypeName("otherID")]
public sealed record OtherId
{
    /// <summary>The identifier value (code). Wire attribute <c>code</c> (required).</summary>
    [CsdAttributeName("code")]
    public required string Code { get; init; }

    /// <summary>The authority that assigned the identifier, preferably as an OID (autorité d'affectation). Wire attribute <c>assigningAuthorityName</c> (required).</summary>
    [CsdAttributeName("assigningAuthorityName")]
    public required string AssigningAuthorityName { get; init; }
}
