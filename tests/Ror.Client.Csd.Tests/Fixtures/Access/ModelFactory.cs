using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Tests.Fixtures.Access;

/// <summary>Short constructors for hand-written CSD fixtures.</summary>
internal static class ModelFactory
{
    public static readonly DateTimeOffset Time = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(1));

    public static Metadata Record(string? comments = null) => new()
    {
        Created = Time,
        Updated = Time,
        Status = "Ok",
        Extensions = comments is null ? [] : [new RecordExtension { Comments = comments }],
    };

    public static CodedType Code(string code, string scheme) => new() { Code = code, CodingScheme = scheme };

    public static CodedType Level(string level) => Code(level, RorCodeSystems.ConfidentialityLevel);

    public static Organization LegalEntity(string entityId, string structureId, string? comments = null) => new()
    {
        EntityId = entityId,
        OtherIds = [new OtherId { Code = structureId, AssigningAuthorityName = IdentifierAuthorities.NationalStructureIdentifier }],
        PrimaryName = "EJ " + entityId,
        Record = Record(comments),
    };

    public static Organization Establishment(string entityId, string legalEntityId, string structureId, OrganizationExtension? extension = null, string? comments = null) => new()
    {
        EntityId = entityId,
        OtherIds =
        [
            new OtherId { Code = "510000040", AssigningAuthorityName = "1.2.250.1.213.3.2" },
            new OtherId { Code = structureId, AssigningAuthorityName = IdentifierAuthorities.StructureIdentifierTypes },
        ],
        PrimaryName = "EG " + entityId,
        Parent = new EntityReference { EntityId = legalEntityId },
        Extensions = extension is null ? [] : [extension],
        Record = Record(comments),
    };

    public static FacilityExtension UnitExtension(string activityField, string? parentFacility = null, bool sensitive = false) => new()
    {
        ActivityTypes = [Code(activityField, RorCodeSystems.ActivityField)],
        CareMode = Code("01", RorCodeSystems.CareMode),
        PatientType = new PatientType
        {
            MinimumAge = new Measurement { Value = 0, Unit = Code("a", RorCodeSystems.Ucum) },
            MaximumAge = new Measurement { Value = 120, Unit = Code("a", RorCodeSystems.Ucum) },
            Record = Record(),
        },
        ParentFacility = parentFacility is null ? null : new EntityReference { EntityId = parentFacility },
        IsSensitiveUnit = sensitive,
    };

    public static Facility InternalOrganization(
        string entityId,
        string level,
        string? establishmentId,
        FacilityExtension extension,
        string? identifier = null,
        string[]? services = null,
        string? comments = null) => new()
    {
        EntityId = entityId,
        OtherIds = identifier is null ? [] : [new OtherId { Code = identifier, AssigningAuthorityName = "1.2.250.1.213.1.6.4.1" }],
        Codes = [Code(level, RorCodeSystems.InternalOrganizationType)],
        PrimaryName = "OI " + entityId,
        Organizations = establishmentId is null
            ? []
            : [new FacilityOrganizationLink { EntityId = establishmentId, Services = [.. (services ?? []).Select(s => new FacilityServiceLink { EntityId = s })] }],
        Extensions = [extension],
        Record = Record(comments),
    };

    public static Contact Contact(string name, string level, string? comments, params ContactPoint[] points) => new()
    {
        Name = name,
        ConfidentialityLevel = Level(level),
        ContactPoints = [.. points],
        Record = Record(comments),
    };

    /// <summary>A phone number, with its own confidentiality level when <paramref name="level"/> is given.</summary>
    public static ContactPoint Phone(string number, string? level) => new()
    {
        Channel = Code("2", RorCodeSystems.CommunicationChannel),
        Equipment = number,
        Extensions = level is null ? [] : [new ContactPointExtension { ConfidentialityLevel = Level(level), Record = Record() }],
    };

    public static MailBoxMss MailBox(string address, string? level) => new()
    {
        ContactPoint = new ContactPoint
        {
            Channel = Code("3", RorCodeSystems.CommunicationChannel),
            Equipment = address,
            Extensions = level is null ? [] : [new ContactPointExtension { ConfidentialityLevel = Level(level), Record = Record() }],
        },
        Record = Record(),
    };

    public static Provider Provider(string entityId, string[] facilities, string[]? organizations = null, string? comments = null) => new()
    {
        EntityId = entityId,
        Demographic = new Person(),
        Facilities = [.. facilities.Select(f => new ProviderFacilityLink { EntityId = f })],
        Organizations = [.. (organizations ?? []).Select(o => new ProviderOrganizationLink { EntityId = o })],
        Record = Record(comments),
    };

    public static Service Service(string entityId, string? comments = null) => new()
    {
        EntityId = entityId,
        Code = Code("100", RorCodeSystems.OperationalActivity),
        Record = Record(comments),
    };

    public static Device Device(string entityId) => new()
    {
        EntityId = entityId,
        Code = Code("10", RorCodeSystems.Equipment),
        Record = Record(),
    };
}
