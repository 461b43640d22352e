using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A qualification of a health professional (savoir-faire, diplôme, autorisation).</summary>
/// <remarks>XSD type <c>credential</c>.</remarks>
[CsdTypeName("credential")]
public sealed record Credential
{
    /// <summary>The kind of qualification (type de savoir-faire), TRE_R04-TypeSavoirFaire. Wire element <c>codedType</c> (required).</summary>
    [CsdElementName("codedType")]
    public required CodedType Type { get; init; }

    /// <summary>The qualification identifier (numéro). Wire element <c>number</c> (required).</summary>
    [CsdElementName("number")]
    public required string Number { get; init; }

    /// <summary>Who issued it (autorité d'enregistrement). Wire element <c>issuingAuthority</c> (optional).</summary>
    [CsdElementName("issuingAuthority")]
    public string? IssuingAuthority { get; init; }

    /// <summary>Date of issue. Wire element <c>credentialIssueDate</c> (optional).</summary>
    [CsdElementName("credentialIssueDate")]
    public DateOnly? IssueDate { get; init; }

    /// <summary>Date of renewal. Wire element <c>credentialRenewalDate</c> (optional).</summary>
    [CsdElementName("credentialRenewalDate")]
    public DateOnly? RenewalDate { get; init; }

    /// <summary>ROR extension: the qualification detail. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<CredentialExtension> Extensions { get; init; } = [];
}
