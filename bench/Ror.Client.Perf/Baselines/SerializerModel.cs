using System.Xml.Serialization;

namespace Ror.Client.Perf.Baselines;

// The XmlSerializer baseline: classes annotated the way a hand-rolled CSD client usually does it, covering exactly
// the elements and attributes that PerfDataGenerator writes (see docs/performance.md), so that both sides build the
// same information. Several public types in one file on purpose: they are one baseline, not library code.
#pragma warning disable CA1002, CA2227, CA1819, SA1402, CA1724

/// <summary>The <c>CSD</c> document.</summary>
[XmlRoot("CSD", Namespace = SerializerCsd.Namespace)]
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerCsd
{
    /// <summary>The CSD namespace.</summary>
    public const string Namespace = "urn:ihe:iti:csd:2013";

    /// <summary>organizationDirectory.</summary>
    [XmlArray("organizationDirectory")]
    [XmlArrayItem("organization")]
    public List<SerializerOrganization> Organizations { get; set; } = [];

    /// <summary>serviceDirectory.</summary>
    [XmlArray("serviceDirectory")]
    [XmlArrayItem("service")]
    public List<SerializerService> Services { get; set; } = [];

    /// <summary>facilityDirectory.</summary>
    [XmlArray("facilityDirectory")]
    [XmlArrayItem("facility")]
    public List<SerializerFacility> Facilities { get; set; } = [];
}

/// <summary>organization.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerOrganization
{
    /// <summary>@entityID.</summary>
    [XmlAttribute("entityID")] public string? EntityId { get; set; }
    /// <summary>otherID.</summary>
    [XmlElement("otherID")] public List<SerializerOtherId> OtherIds { get; set; } = [];
    /// <summary>codedType.</summary>
    [XmlElement("codedType")] public List<SerializerCodedType> Codes { get; set; } = [];
    /// <summary>primaryName.</summary>
    [XmlElement("primaryName")] public string? PrimaryName { get; set; }
    /// <summary>address.</summary>
    [XmlElement("address")] public List<SerializerAddress> Addresses { get; set; } = [];
    /// <summary>contactPoint.</summary>
    [XmlElement("contactPoint")] public List<SerializerContactPoint> ContactPoints { get; set; } = [];
    /// <summary>parent.</summary>
    [XmlElement("parent")] public SerializerReference? Parent { get; set; }
    /// <summary>extension.</summary>
    [XmlElement("extension")] public List<SerializerOrganizationExtension> Extensions { get; set; } = [];
    /// <summary>record.</summary>
    [XmlElement("record")] public SerializerRecord? Record { get; set; }
}

/// <summary>organization/extension.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerOrganizationExtension
{
    /// <summary>@type.</summary>
    [XmlAttribute("type")] public string? Type { get; set; }
    /// <summary>@urn.</summary>
    [XmlAttribute("urn")] public string? Urn { get; set; }
    /// <summary>useName.</summary>
    [XmlElement("useName")] public string? UseName { get; set; }
    /// <summary>dropZone.</summary>
    [XmlElement("dropZone")] public bool DropZone { get; set; }
    /// <summary>financialHelpType.</summary>
    [XmlElement("financialHelpType")] public List<SerializerCodedType> FinancialHelpTypes { get; set; } = [];
    /// <summary>creationDate.</summary>
    [XmlElement("creationDate", DataType = "date")] public DateTime CreationDate { get; set; }
}

/// <summary>service.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerService
{
    /// <summary>@entityID.</summary>
    [XmlAttribute("entityID")] public string? EntityId { get; set; }
    /// <summary>codedType.</summary>
    [XmlElement("codedType")] public SerializerCodedType? Code { get; set; }
    /// <summary>record.</summary>
    [XmlElement("record")] public SerializerRecord? Record { get; set; }
}

/// <summary>facility.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerFacility
{
    /// <summary>@entityID.</summary>
    [XmlAttribute("entityID")] public string? EntityId { get; set; }
    /// <summary>otherID.</summary>
    [XmlElement("otherID")] public List<SerializerOtherId> OtherIds { get; set; } = [];
    /// <summary>codedType.</summary>
    [XmlElement("codedType")] public List<SerializerCodedType> Codes { get; set; } = [];
    /// <summary>primaryName.</summary>
    [XmlElement("primaryName")] public string? PrimaryName { get; set; }
    /// <summary>address.</summary>
    [XmlElement("address")] public List<SerializerAddress> Addresses { get; set; } = [];
    /// <summary>geocode.</summary>
    [XmlElement("geocode")] public SerializerGeoCode? GeoCode { get; set; }
    /// <summary>contactPoint.</summary>
    [XmlElement("contactPoint")] public List<SerializerContactPoint> ContactPoints { get; set; } = [];
    /// <summary>organizations.</summary>
    [XmlArray("organizations")]
    [XmlArrayItem("organization")]
    public List<SerializerFacilityOrganization> Organizations { get; set; } = [];
    /// <summary>extension.</summary>
    [XmlElement("extension")] public List<SerializerFacilityExtension> Extensions { get; set; } = [];
    /// <summary>record.</summary>
    [XmlElement("record")] public SerializerRecord? Record { get; set; }
}

/// <summary>facility/organizations/organization.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerFacilityOrganization
{
    /// <summary>@entityID.</summary>
    [XmlAttribute("entityID")] public string? EntityId { get; set; }
    /// <summary>service.</summary>
    [XmlElement("service")] public List<SerializerReference> Services { get; set; } = [];
}

/// <summary>facility/extension.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerFacilityExtension
{
    /// <summary>@type.</summary>
    [XmlAttribute("type")] public string? Type { get; set; }
    /// <summary>@urn.</summary>
    [XmlAttribute("urn")] public string? Urn { get; set; }
    /// <summary>creationDate.</summary>
    [XmlElement("creationDate", DataType = "date")] public DateTime CreationDate { get; set; }
    /// <summary>typeActivity.</summary>
    [XmlElement("typeActivity")] public List<SerializerCodedType> ActivityTypes { get; set; } = [];
    /// <summary>careMode.</summary>
    [XmlElement("careMode")] public SerializerCodedType? CareMode { get; set; }
    /// <summary>patientsType.</summary>
    [XmlElement("patientsType")] public SerializerPatientType? PatientType { get; set; }
    /// <summary>takingCareSpeciality.</summary>
    [XmlElement("takingCareSpeciality")] public List<SerializerCodedType> CareSpecializations { get; set; } = [];
    /// <summary>sensitiveUnit.</summary>
    [XmlElement("sensitiveUnit")] public bool SensitiveUnit { get; set; }
}

/// <summary>patientsType.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerPatientType
{
    /// <summary>supportedPatient.</summary>
    [XmlElement("supportedPatient")] public List<SerializerCodedType> SupportedPatients { get; set; } = [];
    /// <summary>patientTypeAgeMin.</summary>
    [XmlElement("patientTypeAgeMin")] public SerializerMeasurement? MinimumAge { get; set; }
    /// <summary>patientTypeAgeMax.</summary>
    [XmlElement("patientTypeAgeMax")] public SerializerMeasurement? MaximumAge { get; set; }
    /// <summary>record.</summary>
    [XmlElement("record")] public SerializerRecord? Record { get; set; }
}

/// <summary>A measurement.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerMeasurement
{
    /// <summary>value.</summary>
    [XmlElement("value")] public int Value { get; set; }
    /// <summary>unit.</summary>
    [XmlElement("unit")] public SerializerCodedType? Unit { get; set; }
}

/// <summary>geocode.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerGeoCode
{
    /// <summary>latitude.</summary>
    [XmlElement("latitude")] public decimal Latitude { get; set; }
    /// <summary>longitude.</summary>
    [XmlElement("longitude")] public decimal Longitude { get; set; }
    /// <summary>coordinateSystem.</summary>
    [XmlElement("coordinateSystem")] public string? CoordinateSystem { get; set; }
    /// <summary>record.</summary>
    [XmlElement("record")] public SerializerRecord? Record { get; set; }
}

/// <summary>otherID.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerOtherId
{
    /// <summary>@code.</summary>
    [XmlAttribute("code")] public string? Code { get; set; }
    /// <summary>@assigningAuthorityName.</summary>
    [XmlAttribute("assigningAuthorityName")] public string? AssigningAuthorityName { get; set; }
}

/// <summary>A coded type.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerCodedType
{
    /// <summary>@code.</summary>
    [XmlAttribute("code")] public string? Code { get; set; }
    /// <summary>@codingScheme.</summary>
    [XmlAttribute("codingScheme")] public string? CodingScheme { get; set; }
    /// <summary>The label.</summary>
    [XmlText] public string? Label { get; set; }
}

/// <summary>address.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerAddress
{
    /// <summary>@type.</summary>
    [XmlAttribute("type")] public string? Type { get; set; }
    /// <summary>addressLine.</summary>
    [XmlElement("addressLine")] public List<SerializerAddressLine> Lines { get; set; } = [];
}

/// <summary>addressLine.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerAddressLine
{
    /// <summary>@buildingNumber.</summary>
    [XmlAttribute("buildingNumber")] public string? BuildingNumber { get; set; }
    /// <summary>@streetType.</summary>
    [XmlAttribute("streetType")] public string? StreetType { get; set; }
    /// <summary>@streetName.</summary>
    [XmlAttribute("streetName")] public string? StreetName { get; set; }
    /// <summary>@postCode.</summary>
    [XmlAttribute("postCode")] public string? PostCode { get; set; }
    /// <summary>@cityName.</summary>
    [XmlAttribute("cityName")] public string? CityName { get; set; }
    /// <summary>@component.</summary>
    [XmlAttribute("component")] public string? Component { get; set; }
    /// <summary>The text.</summary>
    [XmlText] public string? Value { get; set; }
}

/// <summary>contactPoint.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerContactPoint
{
    /// <summary>codedType.</summary>
    [XmlElement("codedType")] public SerializerCodedType? Channel { get; set; }
    /// <summary>equipment.</summary>
    [XmlElement("equipment")] public string? Equipment { get; set; }
    /// <summary>purpose.</summary>
    [XmlElement("purpose")] public string? Purpose { get; set; }
}

/// <summary>A reference by entityID.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerReference
{
    /// <summary>@entityID.</summary>
    [XmlAttribute("entityID")] public string? EntityId { get; set; }
}

/// <summary>record.</summary>
[XmlType(Namespace = SerializerCsd.Namespace)]
public sealed class SerializerRecord
{
    /// <summary>@created.</summary>
    [XmlAttribute("created")] public DateTime Created { get; set; }
    /// <summary>@updated.</summary>
    [XmlAttribute("updated")] public DateTime Updated { get; set; }
    /// <summary>@status.</summary>
    [XmlAttribute("status")] public string? Status { get; set; }
}
