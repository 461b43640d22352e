using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A facility of the facility directory: an internal organisation (organisation interne, OI) such as a pôle, a service or an elementary unit (unité élémentaire, UE), which carries the offer.</summary>
/// <remarks>XSD type <c>facility</c>.</remarks>
[CsdTypeName("facility")]
public sealed record Facility : CsdEntity
{
    /// <summary>Business identifiers (identifiants). Wire element <c>otherID</c> (zero or more).</summary>
    [CsdElementName("otherID")]
    public EquatableList<OtherId> OtherIds { get; init; } = [];

    /// <summary>The kind of internal organisation (type d'organisation interne), TRE_R207-TypeOrganisation. Wire element <c>codedType</c> (one or more).</summary>
    [CsdElementName("codedType")]
    public EquatableList<CodedType> Codes { get; init; } = [];

    /// <summary>The name of the internal organisation (nom). Wire element <c>primaryName</c> (required).</summary>
    [CsdElementName("primaryName")]
    public required string PrimaryName { get; init; }

    /// <summary>Other names. Wire element <c>otherName</c> (zero or more).</summary>
    [CsdElementName("otherName")]
    public EquatableList<LocalizedName> OtherNames { get; init; } = [];

    /// <summary>Postal addresses. Wire element <c>address</c> (zero or more).</summary>
    [CsdElementName("address")]
    public EquatableList<Address> Addresses { get; init; } = [];

    /// <summary>Native CSD contacts; not used by the ROR (contacts are in <see cref="FacilityExtension.Contacts"/>). Wire element <c>contact</c> (zero or more).</summary>
    [CsdElementName("contact")]
    public EquatableList<NativeContact> Contacts { get; init; } = [];

    /// <summary>Geographic coordinates. Wire element <c>geocode</c> (optional).</summary>
    [CsdElementName("geocode")]
    public GeoCode? GeoCode { get; init; }

    /// <summary>Languages spoken. Wire element <c>language</c> (zero or more).</summary>
    [CsdElementName("language")]
    public EquatableList<CodedType> Languages { get; init; } = [];

    /// <summary>Native CSD telecommunication addresses; not used by the ROR. Wire element <c>contactPoint</c> (zero or more).</summary>
    [CsdElementName("contactPoint")]
    public EquatableList<ContactPoint> ContactPoints { get; init; } = [];

    /// <summary>The geographic entities (EG) the facility belongs to, with the services (activités opérationnelles) it provides there. Wrapper element <c>organizations</c> (optional, written only when the list is not empty) around one or more <c>organization</c>.</summary>
    [CsdElementName("organizations", ItemName = "organization")]
    public EquatableList<FacilityOrganizationLink> Organizations { get; init; } = [];

    /// <summary>Opening hours (horaires). Wire element <c>operatingHours</c> (zero or more).</summary>
    [CsdElementName("operatingHours")]
    public EquatableList<OperatingHours> OperatingHours { get; init; } = [];

    /// <summary>ROR extension of the facility: the offer itself. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<FacilityExtension> Extensions { get; init; } = [];

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required override Metadata Record { get; init; }
}
