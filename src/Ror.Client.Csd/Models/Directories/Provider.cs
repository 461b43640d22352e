using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A provider of the provider directory: a health professional (professionnel).</summary>
/// <remarks>XSD type <c>provider</c>.</remarks>
[CsdTypeName("provider")]
public sealed record Provider : CsdEntity
{
    /// <summary>Business identifiers, e.g. RPPS (identifiants). Wire element <c>otherID</c> (zero or more).</summary>
    [CsdElementName("otherID")]
    public EquatableList<OtherId> OtherIds { get; init; } = [];

    /// <summary>The profession (profession), TRE_G15-ProfessionSante. Wire element <c>codedType</c> (one or more).</summary>
    [CsdElementName("codedType")]
    public EquatableList<CodedType> Codes { get; init; } = [];

    /// <summary>The person (données démographiques). Wire element <c>demographic</c> (required).</summary>
    [CsdElementName("demographic")]
    public required Person Demographic { get; init; }

    /// <summary>Languages spoken, TRE_G00-Langue. Wire element <c>language</c> (zero or more).</summary>
    [CsdElementName("language")]
    public EquatableList<CodedType> Languages { get; init; } = [];

    /// <summary>The organizations the provider works for. Wrapper element <c>organizations</c> (optional, written only when the list is not empty) around one or more <c>organization</c>.</summary>
    [CsdElementName("organizations", ItemName = "organization")]
    public EquatableList<ProviderOrganizationLink> Organizations { get; init; } = [];

    /// <summary>The facilities (OI) the provider works in. Wrapper element <c>facilities</c> (optional, written only when the list is not empty) around one or more <c>facility</c>.</summary>
    [CsdElementName("facilities", ItemName = "facility")]
    public EquatableList<ProviderFacilityLink> Facilities { get; init; } = [];

    /// <summary>Qualifications (savoir-faire). Wire element <c>credential</c> (zero or more).</summary>
    [CsdElementName("credential")]
    public EquatableList<Credential> Credentials { get; init; } = [];

    /// <summary>Specialty. Wire element <c>specialty</c> (optional).</summary>
    [CsdElementName("specialty")]
    public CodedType? Specialty { get; init; }

    /// <summary>ROR extension: operational situation (situation opérationnelle). Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<ProviderExtension> Extensions { get; init; } = [];

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required override Metadata Record { get; init; }
}
