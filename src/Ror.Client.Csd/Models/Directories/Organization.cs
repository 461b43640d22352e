using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>An organization of the organization directory: a legal entity (entité juridique, EJ, no <c>parent</c>) or a geographic entity (entité géographique, EG, with a <c>parent</c> EJ).</summary>
/// <remarks>XSD type <c>organization</c>.</remarks>
[CsdTypeName("organization")]
public sealed record Organization : CsdEntity
{
    /// <summary>Business identifiers (identifiants), e.g. idNat_Struct, FINESS, SIRET. Wire element <c>otherID</c> (zero or more).</summary>
    [CsdElementName("otherID")]
    public EquatableList<OtherId> OtherIds { get; init; } = [];

    /// <summary>Classifications: TRE_R73-Espic, TRE_R72-StatutJuridique, TRE_R69-FinessSousEnsembleAgregatStautJuridique, JDV_XXX-CategorieEG-ROR (catégorie d'établissement). Wire element <c>codedType</c> (one or more).</summary>
    [CsdElementName("codedType")]
    public EquatableList<CodedType> Codes { get; init; } = [];

    /// <summary>The main name (raison sociale for an EJ, dénomination for an EG). Wire element <c>primaryName</c> (required).</summary>
    [CsdElementName("primaryName")]
    public required string PrimaryName { get; init; }

    /// <summary>Other names (autres dénominations). Wire element <c>otherName</c> (zero or more).</summary>
    [CsdElementName("otherName")]
    public EquatableList<LocalizedName> OtherNames { get; init; } = [];

    /// <summary>Postal addresses. Wire element <c>address</c> (zero or more).</summary>
    [CsdElementName("address")]
    public EquatableList<Address> Addresses { get; init; } = [];

    /// <summary>Native CSD contacts; not used by the ROR (contacts are in <see cref="OrganizationExtension.Contacts"/>). Wire element <c>contact</c> (zero or more).</summary>
    [CsdElementName("contact")]
    public EquatableList<NativeContact> Contacts { get; init; } = [];

    /// <summary>Qualifications. Wire element <c>credential</c> (zero or more).</summary>
    [CsdElementName("credential")]
    public EquatableList<Credential> Credentials { get; init; } = [];

    /// <summary>Languages spoken. Wire element <c>language</c> (zero or more).</summary>
    [CsdElementName("language")]
    public EquatableList<CodedType> Languages { get; init; } = [];

    /// <summary>Specializations. Wire element <c>specialization</c> (zero or more).</summary>
    [CsdElementName("specialization")]
    public EquatableList<CodedType> Specializations { get; init; } = [];

    /// <summary>Native CSD telecommunication addresses; not used by the ROR. Wire element <c>contactPoint</c> (zero or more).</summary>
    [CsdElementName("contactPoint")]
    public EquatableList<ContactPoint> ContactPoints { get; init; } = [];

    /// <summary>The parent organization: for an EG, its EJ (entité juridique de rattachement). Wire element <c>parent</c> (optional).</summary>
    [CsdElementName("parent")]
    public EntityReference? Parent { get; init; }

    /// <summary>ROR extension of the organization. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<OrganizationExtension> Extensions { get; init; } = [];

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required override Metadata Record { get; init; }
}
