using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Sync.Tests.Fixtures;

/// <summary>Lecture EG answers built in code: EJ, EG, a pôle, two units (one sensitive), a service, a device, a professional.</summary>
internal static class RorFixtures
{
    private static readonly DateTimeOffset Created = new(2024, 1, 15, 9, 0, 0, TimeSpan.FromHours(1));

    public static string EstablishmentId(int number) => $"19{number:D8}";

    public static string LegalEntityId(int number) => $"10{number:D8}";

    public static string UnitId(int number, int unit) => $"52/{number}{unit:D2}";

    /// <summary>One establishment's offer.</summary>
    /// <param name="number">Establishment number (keys derive from it).</param>
    /// <param name="version">1: two units; 2 and later: the sensitive unit is gone and the first unit is renamed.</param>
    /// <param name="legalEntity">EJ number (several establishments may share one).</param>
    /// <param name="cityCode">INSEE commune code of the establishment.</param>
    /// <param name="activityField">Champ d'activité of the units.</param>
    /// <param name="closingDate">Closing date of the establishment.</param>
    public static CsdDocument Offer(int number, int version = 1, int? legalEntity = null, string cityCode = "75056", string activityField = "01", DateOnly? closingDate = null)
    {
        var ej = legalEntity ?? number;
        var updated = Created.AddDays(version);
        var record = new Metadata { Created = Created, Updated = updated, Status = "Ok" };
        var prefix = $"n{number}";
        var facilities = new List<Facility>
        {
            Unit(prefix, "pole", UnitId(number, 1), InternalOrganizationTypeCodes.Pole, "POLE MEDECINE", activityField, record, parent: null, sensitive: false, withCapacity: false, contactLevel: null),
            Unit(prefix, "ue1", UnitId(number, 2), InternalOrganizationTypeCodes.ElementaryUnit, version == 1 ? "HOSPITALISATION COMPLETE" : $"HOSPITALISATION COMPLETE V{version}", activityField, record, parent: $"{prefix}-pole", sensitive: false, withCapacity: true, contactLevel: ConfidentialityLevelCodes.Restricted),
        };
        if (version == 1)
        {
            facilities.Add(Unit(prefix, "ue2", UnitId(number, 3), InternalOrganizationTypeCodes.ElementaryUnit, "UNITE PROTEGEE", activityField, record, parent: $"{prefix}-pole", sensitive: true, withCapacity: false, contactLevel: ConfidentialityLevelCodes.VeryRestricted));
        }

        return new CsdDocument
        {
            Organizations =
            [
                new Organization
                {
                    EntityId = $"ej-{ej}",
                    OtherIds = [new OtherId { Code = LegalEntityId(ej), AssigningAuthorityName = "1.2.250.1.71.4.2.2" }],
                    Codes = [new CodedType { Code = "95", CodingScheme = RorCodeSystems.LegalStatus }],
                    PrimaryName = $"SOCIETE {ej}",
                    Record = record,
                },
                new Organization
                {
                    EntityId = $"{prefix}-eg",
                    OtherIds = [new OtherId { Code = EstablishmentId(number), AssigningAuthorityName = "1.2.250.1.71.1.2.14" }],
                    Codes = [new CodedType { Code = "109", CodingScheme = RorCodeSystems.EstablishmentCategory }],
                    PrimaryName = $"CLINIQUE {number}",
                    Parent = new EntityReference { EntityId = $"ej-{ej}" },
                    Extensions =
                    [
                        new OrganizationExtension
                        {
                            Contacts =
                            [
                                Contact("Accueil", ConfidentialityLevelCodes.Public, "0102030405", record),
                                Contact("Direction", ConfidentialityLevelCodes.Restricted, "0102030406", record),
                                Contact("Astreinte", ConfidentialityLevelCodes.VeryRestricted, "0102030407", record),
                            ],
                            Location = Place(cityCode, record),
                            ClosingDate = closingDate,
                        },
                    ],
                    Record = record,
                },
            ],
            Services =
            [
                new Service { EntityId = $"{prefix}-svc", Code = new CodedType { Code = "001", CodingScheme = RorCodeSystems.OperationalActivity }, Record = record },
            ],
            Facilities = [.. facilities],
            Providers =
            [
                new Provider
                {
                    EntityId = $"{prefix}-ps",
                    OtherIds = [new OtherId { Code = $"8100{number:D7}", AssigningAuthorityName = "1.2.250.1.71.4.2.1" }],
                    Codes = [new CodedType { Code = "10", CodingScheme = RorCodeSystems.HealthProfession }],
                    Demographic = new Person { Names = [new PersonName { CommonNames = ["DUPONT JEAN"], Forename = "JEAN", Surname = "DUPONT" }] },
                    Facilities = [new ProviderFacilityLink { EntityId = $"{prefix}-ue1" }],
                    Record = record,
                },
            ],
            Devices =
            [
                new Device { EntityId = $"{prefix}-dev", Code = new CodedType { Code = "E01", CodingScheme = RorCodeSystems.Equipment }, Extension = new DeviceExtension { UnitsInService = 2 }, Record = record },
            ],
        };
    }

    private static Facility Unit(string prefix, string name, string id, string type, string label, string activityField, Metadata record, string? parent, bool sensitive, bool withCapacity, string? contactLevel)
    {
        var isUnit = type == InternalOrganizationTypeCodes.ElementaryUnit;
        return new Facility
        {
            EntityId = $"{prefix}-{name}",
            OtherIds = [new OtherId { Code = id, AssigningAuthorityName = "1.2.250.1.71.1.2.14" }],
            Codes = [new CodedType { Code = type, CodingScheme = RorCodeSystems.InternalOrganizationType }],
            PrimaryName = label,
            Organizations =
            [
                new FacilityOrganizationLink
                {
                    EntityId = $"{prefix}-eg",
                    Services = isUnit ? [new FacilityServiceLink { EntityId = $"{prefix}-svc" }] : [],
                },
            ],
            Extensions =
            [
                new FacilityExtension
                {
                    ActivityTypes = [new CodedType { Code = activityField, CodingScheme = RorCodeSystems.ActivityField }],
                    CareMode = isUnit ? new CodedType { Code = "29", CodingScheme = RorCodeSystems.CareMode } : new CodedType { Code = string.Empty, CodingScheme = string.Empty },
                    PatientType = new PatientType
                    {
                        MinimumAge = new Measurement { Value = 18, Unit = new CodedType { Code = "a", CodingScheme = RorCodeSystems.Ucum } },
                        MaximumAge = new Measurement { Value = 120, Unit = new CodedType { Code = "a", CodingScheme = RorCodeSystems.Ucum } },
                        Record = record,
                    },
                    AccommodationCapacity = withCapacity
                        ? new AccommodationCapacity { Beds = new BedCapacity { Total = 20, Available = 5, UpdateDate = record.Updated }, Record = record }
                        : null,
                    CrisisAccommodationCapacity = withCapacity ? new CrisisAccommodationCapacity { CapacityAtT0 = 2, CapacityAtT60 = 6, Record = record } : null,
                    Equipment = withCapacity ? [new EntityReference { EntityId = $"{prefix}-dev" }] : [],
                    Contacts = contactLevel is null ? [] : [Contact("Secrétariat", contactLevel, "0199999999", record)],
                    ParentFacility = parent is null ? null : new EntityReference { EntityId = parent },
                    IsSensitiveUnit = sensitive,
                },
            ],
            Record = record,
        };
    }

    private static Contact Contact(string name, string level, string phone, Metadata record) => new()
    {
        Name = name,
        ConfidentialityLevel = new CodedType { Code = level, CodingScheme = RorCodeSystems.ConfidentialityLevel },
        ContactPoints =
        [
            new ContactPoint
            {
                Channel = new CodedType { Code = CommunicationChannelCodes.Phone, CodingScheme = RorCodeSystems.CommunicationChannel },
                Equipment = phone,
            },
        ],
        Record = record,
    };

    private static Location Place(string cityCode, Metadata record) => new()
    {
        Address = new Address { Lines = [new AddressLine { PostCode = cityCode.StartsWith("2A", StringComparison.Ordinal) ? "20000" : cityCode[..2] + "000", CityName = "VILLE" }] },
        CityNumber = new CodedType { Code = cityCode, CodingScheme = RorCodeSystems.Commune },
        Record = record,
    };
}
