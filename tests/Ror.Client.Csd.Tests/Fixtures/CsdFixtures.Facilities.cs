using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Tests.Fixtures;

/// <summary>The internal organisations (pôle, service, UF, UE), services and devices of the rich document.</summary>
public static partial class CsdFixtures
{
    /// <summary>The pôle (TRE_R207 code 1) under the main EG, with a native contact pointing to a provider.</summary>
    public static Facility Pole { get; } = new()
    {
        EntityId = PoleId,
        OtherIds = [InternalOrganizationId("52/100010")],
        Codes = [OrganizationType(InternalOrganizationTypeCodes.Pole)],
        PrimaryName = "POLE MEDECINE ET GERIATRIE",
        Contacts = [new NativeProviderContact { Provider = Ref("PRO-1") }],
        Organizations = [new FacilityOrganizationLink { EntityId = EstablishmentId }],
        Extensions =
        [
            new FacilityExtension
            {
                ActivityTypes = [ActivityField(ActivityFieldCodes.Mco), ActivityField(ActivityFieldCodes.MedicoSocial), ActivityField(ActivityFieldCodes.Psychiatry)],
                CareMode = Code(string.Empty, string.Empty),
                PatientType = Patients(0, 120),
                IsSensitiveUnit = false,
            },
        ],
        Record = Record(),
    };

    /// <summary>The service / structure interne (TRE_R207 code 2), child of the pôle, with a native person contact.</summary>
    public static Facility InternalService { get; } = new()
    {
        EntityId = InternalServiceId,
        OtherIds = [InternalOrganizationId("52/100020")],
        Codes = [OrganizationType(InternalOrganizationTypeCodes.Service)],
        PrimaryName = "SERVICE DE MEDECINE INTERNE",
        Contacts =
        [
            new NativePersonContact
            {
                Person = new Person { Names = [new PersonName { CommonNames = ["Secrétariat médical"] }] },
            },
        ],
        Organizations = [new FacilityOrganizationLink { EntityId = EstablishmentId }],
        Extensions =
        [
            new FacilityExtension
            {
                ActivityTypes = [ActivityField(ActivityFieldCodes.Mco), ActivityField(ActivityFieldCodes.Psychiatry)],
                CareMode = Code(string.Empty, string.Empty),
                PatientType = Patients(18, 120),
                ParentFacility = Ref(PoleId),
                IsSensitiveUnit = false,
            },
        ],
        Record = Record(),
    };

    /// <summary>The functional unit (UF, TRE_R207 code 3), child of the service.</summary>
    public static Facility FunctionalUnit { get; } = new()
    {
        EntityId = FunctionalUnitId,
        OtherIds = [InternalOrganizationId("52/100030")],
        Codes = [OrganizationType(InternalOrganizationTypeCodes.FunctionalUnit)],
        PrimaryName = "UF MEDECINE POLYVALENTE",
        Organizations = [new FacilityOrganizationLink { EntityId = EstablishmentId }],
        Extensions =
        [
            new FacilityExtension
            {
                ActivityTypes = [ActivityField(ActivityFieldCodes.Mco)],
                CareMode = Code(string.Empty, string.Empty),
                PatientType = Patients(18, 120),
                ParentFacility = Ref(InternalServiceId),
                IsSensitiveUnit = false,
            },
        ],
        Record = Record(),
    };

    /// <summary>
    /// The full-featured UE (TRE_R207 code 4), child of the UF: every native facility element and every field of the
    /// facility extension (contacts, mailboxes, capacities, crisis and residential capacities, resources, equipment,
    /// hours with their extension, location, zones, acts…).
    /// </summary>
    public static Facility MedicalUnit { get; } = new()
    {
        EntityId = MedicalUnitId,
        OtherIds = [InternalOrganizationId("52/100041"), new OtherId { Code = "UF4101", AssigningAuthorityName = "2.999.1006" }],
        Codes = [OrganizationType(InternalOrganizationTypeCodes.ElementaryUnit)],
        PrimaryName = "HOSPITALISATION COMPLETE MEDECINE POLYVALENTE",
        OtherNames = [new LocalizedName { Value = "HC MEDECINE", Language = "fr" }],
        Addresses =
        [
            new Address
            {
                Lines =
                [
                    new AddressLine
                    {
                        Value = "Bâtiment B, 2e étage",
                        InHouseMail = "BP-B2",
                        Room = "B201",
                        Floor = "2",
                        Stair = "Escalier nord",
                        BuildingName = "Pavillon des Tilleuls",
                        BuildingNumber = "1",
                        BlockName = "Bloc B",
                        StreetPrefix = "GRANDE",
                        StreetType = "RUE",
                        StreetSuffix = "BIS",
                        StreetName = "DE L EXEMPLE",
                        PlotIdentification = "AB-123",
                        PostOfficeBox = "BP 42",
                        PostCode = "99000",
                        CityName = "EXEMPLEVILLE",
                        CitySubDivisionName = "Quartier des Exemples",
                        CountrySubDivisionName = "Département Exemple",
                        LineOne = "Résidence et clinique Exemple",
                        LineTwo = "Pavillon des Tilleuls",
                        LineThree = "1 grande rue bis de l'Exemple",
                        LineFour = "BP 42",
                        LineFive = "99000 EXEMPLEVILLE",
                        LineSix = "FRANCE",
                        CountryName = "FRANCE",
                        Component = "adresse-geographique",
                    },
                ],
            },
        ],
        GeoCode = new GeoCode
        {
            Latitude = 48.8571m,
            Longitude = -1.25m,
            CoordinateSystem = "WGS84",
            Record = Record(),
        },
        Languages = [Code("en", ExampleCodeSystems.Language, "Anglais")],
        ContactPoints = [Phone("0199000010", ConfidentialityLevelCodes.Public)],
        Organizations =
        [
            new FacilityOrganizationLink
            {
                EntityId = EstablishmentId,
                Services =
                [
                    new FacilityServiceLink
                    {
                        EntityId = "SRV-1",
                        Names =
                        [
                            new Name
                            {
                                CommonNames = ["Médecine polyvalente", "Médecine générale hospitalière"],
                                Honorific = Code("SRV", ExampleCodeSystems.Honorific, "Service"),
                                Forename = "Activité",
                                OtherNames = [Code("MP", ExampleCodeSystems.Title, "Abréviation")],
                                Surname = "Principale",
                                Suffix = "A",
                                Extensions = [new NameExtension { Title = Code("SRV", ExampleCodeSystems.Title, "Service") }],
                            },
                        ],
                        Languages = [Code("fr", ExampleCodeSystems.Language, "Français")],
                        OperatingHours = [WeekdayHours()],
                        FreeBusyUri = "https://agenda.exemple.invalid/srv-1",
                        Extensions = [new GenericExtension()],
                    },
                    new FacilityServiceLink { EntityId = "SRV-2" },
                ],
                Extensions = [new GenericExtension { Type = "Type1", Urn = "Urn0" }],
            },
        ],
        OperatingHours =
        [
            WeekdayHours(),
            new OperatingHours
            {
                IsOpen = false,
                DaysOfWeek = [0],
                BeginEffectiveDate = new DateOnly(2024, 1, 1),
            },
        ],
        Extensions =
        [
            new FacilityExtension
            {
                Contacts =
                [
                    new Contact
                    {
                        Name = "Infirmerie",
                        Function = Code("02", ExampleCodeSystems.ContactFunction, "Soins"),
                        ConfidentialityLevel = Level(ConfidentialityLevelCodes.Public),
                        ContactPoints = [Phone("0199000011", ConfidentialityLevelCodes.Public)],
                        Record = Record(),
                    },
                    new Contact
                    {
                        Nature = Code("03", RorCodeSystems.ContactNature, "Cadre de santé"),
                        ConfidentialityLevel = Level(ConfidentialityLevelCodes.Restricted),
                        ContactPoints = [Phone("0199000012", ConfidentialityLevelCodes.VeryRestricted)],
                        Record = Record(),
                    },
                ],
                MailBoxes =
                [
                    new MailBoxMss
                    {
                        ContactPoint = new ContactPoint
                        {
                            Channel = Code("5", RorCodeSystems.CommunicationChannel, "Messagerie sécurisée de santé"),
                            Equipment = "medecine.polyvalente@exemple.invalid",
                            Certificate = "CN=medecine.polyvalente,O=EXEMPLE",
                            Extensions = [new ContactPointExtension { ConfidentialityLevel = Level(ConfidentialityLevelCodes.Restricted), Record = Record() }],
                        },
                        Record = Record(),
                    },
                ],
                FinalClosingDate = new DateOnly(2030, 6, 30),
                CreationDate = new DateOnly(2005, 2, 1),
                ActivityTypes = [ActivityField(ActivityFieldCodes.Mco)],
                CareMode = Code("01", RorCodeSystems.CareMode, "Hospitalisation complète"),
                PatientType = Patients(18, 120, Code("03", RorCodeSystems.SupportedPatient, "Adultes")),
                AccommodationCapacity = new AccommodationCapacity
                {
                    Beds = new BedCapacity { Total = 30, Available = 4, UpdateDate = new DateTimeOffset(2024, 6, 5, 8, 0, 0, TimeSpan.FromHours(2)) },
                    Places = new PlaceCapacity { Total = 2, Available = 0, UpdateDate = new DateTimeOffset(2024, 6, 5, 6, 0, 0, TimeSpan.Zero) },
                    Record = Record(),
                },
                CrisisAccommodationCapacity = new CrisisAccommodationCapacity { CapacityAtT0 = 2, CapacityAtT60 = 6, Record = Record() },
                ResidentialCapacities =
                [
                    new ResidentialCapacity { ResidentialType = Code("02", RorCodeSystems.ResidentialType, "Chambre simple"), ResidentialNumber = 26, Record = Record() },
                ],
                ResourceSkills = new ResourceSkills
                {
                    Professions = [Code("10", RorCodeSystems.HealthProfession, "Médecin")],
                    MedicalSpecialities = [Code("SM53", RorCodeSystems.OrdinalSpeciality, "Médecine interne")],
                    SpecificSkills = [Code("012", RorCodeSystems.SpecificSkill, "Soins palliatifs")],
                    Record = Record(),
                },
                Equipment = [Ref("DEV-1"), Ref("DEV-2")],
                ReceptionType = Code("01", ExampleCodeSystems.ReceptionType, "Permanent"),
                SequentialReception = false,
                CareSpecializations = [Code("07", ExampleCodeSystems.CareSpeciality, "Personnes en situation de précarité")],
                FacilityType = Code("03", ExampleCodeSystems.FacilityType, "Unité d'hospitalisation"),
                Location = new Location
                {
                    Address = new Address { Lines = [ExampleStreet("1", "DE L EXEMPLE")] },
                    CityNumber = ExempleVille,
                    Record = Record(),
                },
                InterventionZones =
                [
                    new TerritorialDivision
                    {
                        Type = Code("DEP", RorCodeSystems.TerritorialDivisionType, "Département"),
                        Code = Code("99", ExampleCodeSystems.Department, "Département Exemple"),
                        Record = Record(),
                    },
                    new TerritorialDivision
                    {
                        Type = Code("COM", RorCodeSystems.TerritorialDivisionType, "Commune"),
                        Code = ExempleVille,
                        Record = Record(),
                    },
                ],
                AnnualOpening = Code("01", ExampleCodeSystems.AnnualOpening, "Toute l'année"),
                PsychiatricSectors = ["99G01"],
                SpecificActs = [Code("0345", RorCodeSystems.SpecificAct, "Ponction lombaire")],
                ParentFacility = Ref(FunctionalUnitId),
                ManagementTypes = [Code("02", ExampleCodeSystems.ManagementType, "Mandataire")],
                MaternityType = Code("1", ExampleCodeSystems.MaternityType, "Type 1"),
                IsSensitiveUnit = false,
            },
        ],
        Record = Record() with
        {
            Extensions = [new RecordExtension { Recognition = "UE-SRC-0041" }, new RecordExtension { Comments = "Lits ouverts en juin." }],
        },
    };

    /// <summary>The medico-social UE (residential accommodation for dependent elderly people), directly under the EG.</summary>
    public static Facility ResidentialUnit { get; } = new()
    {
        EntityId = ResidentialUnitId,
        OtherIds = [InternalOrganizationId("52/100042")],
        Codes = [OrganizationType(InternalOrganizationTypeCodes.ElementaryUnit)],
        PrimaryName = "HEBERGEMENT PERMANENT PERSONNES AGEES",
        Organizations = [new FacilityOrganizationLink { EntityId = EstablishmentId, Services = [new FacilityServiceLink { EntityId = "SRV-2" }] }],
        Extensions =
        [
            new FacilityExtension
            {
                ActivityTypes = [ActivityField(ActivityFieldCodes.MedicoSocial)],
                CareMode = Code("11", RorCodeSystems.CareMode, "Hébergement complet"),
                PatientType = Patients(60, 120, Code(SupportedPatientCodes.Elderly, RorCodeSystems.SupportedPatient, "Personnes âgées")),
                ResidentialCapacities =
                [
                    new ResidentialCapacity { ResidentialType = Code("02", RorCodeSystems.ResidentialType, "Chambre simple"), ResidentialNumber = 60, Record = Record() },
                    new ResidentialCapacity { ResidentialType = Code("03", RorCodeSystems.ResidentialType, "Chambre double"), Record = Record() },
                ],
                ParentFacility = Ref(PoleId),
                IsSensitiveUnit = false,
            },
        ],
        Record = Record(),
    };

    /// <summary>The sensitive UE (psychiatry, <c>sensitiveUnit</c> true), whose contacts are very restricted (RG_EXP_039).</summary>
    public static Facility SensitiveUnit { get; } = new()
    {
        EntityId = SensitiveUnitId,
        OtherIds = [InternalOrganizationId("52/100043")],
        Codes = [OrganizationType(InternalOrganizationTypeCodes.ElementaryUnit)],
        PrimaryName = "UNITE DE SOINS PROTEGES",
        Organizations = [new FacilityOrganizationLink { EntityId = EstablishmentId }],
        Extensions =
        [
            new FacilityExtension
            {
                Contacts =
                [
                    new Contact
                    {
                        Name = "Poste de soins",
                        Function = Code("02", ExampleCodeSystems.ContactFunction, "Soins"),
                        ConfidentialityLevel = Level(ConfidentialityLevelCodes.VeryRestricted),
                        ContactPoints = [Phone("0199000013", ConfidentialityLevelCodes.VeryRestricted)],
                        Record = Record(),
                    },
                ],
                ActivityTypes = [ActivityField(ActivityFieldCodes.Psychiatry)],
                CareMode = Code("01", RorCodeSystems.CareMode, "Hospitalisation complète"),
                PatientType = Patients(16, 120),
                PsychiatricSectors = ["99G01", "99G02"],
                ParentFacility = Ref(InternalServiceId),
                IsSensitiveUnit = true,
            },
        ],
        Record = Record(),
    };

    /// <summary>The operational activity of the full-featured UE, with an activity family.</summary>
    public static Service MainService { get; } = new()
    {
        EntityId = "SRV-1",
        Code = Code("187", RorCodeSystems.OperationalActivity, "Médecine polyvalente"),
        Extension = new ServiceExtension { ActivityFamilies = [Code("02", ExampleCodeSystems.ActivityFamily, "Médecine")] },
        Record = Record(),
    };

    /// <summary>A second operational activity without extension.</summary>
    public static Service SecondService { get; } = new()
    {
        EntityId = "SRV-2",
        Code = Code("402", RorCodeSystems.OperationalActivity, "Hébergement"),
        Record = Record(),
    };

    /// <summary>A device with identifier and number of units in service.</summary>
    public static Device MainDevice { get; } = new()
    {
        EntityId = "DEV-1",
        OtherIds = [new OtherId { Code = "EQ-0001", AssigningAuthorityName = "2.999.1007" }],
        Code = Code("03", RorCodeSystems.Equipment, "Scanner"),
        Extension = new DeviceExtension { UnitsInService = 2 },
        Record = Record(),
    };

    /// <summary>A device whose extension carries nothing but its attributes.</summary>
    public static Device SecondDevice { get; } = new()
    {
        EntityId = "DEV-2",
        Code = Code("11", RorCodeSystems.Equipment, "Lit de réanimation"),
        Extension = new DeviceExtension(),
        Record = Record(),
    };

    private static OperatingHours WeekdayHours() => new()
    {
        IsOpen = true,
        DaysOfWeek = [1, 2, 3, 4, 5],
        BeginningHour = new TimeOnly(8, 30),
        EndingHour = new TimeOnly(18, 45, 30),
        BeginEffectiveDate = new DateOnly(2024, 1, 1),
        EndEffectiveDate = new DateOnly(2024, 12, 31),
        Extensions = [new OperatingHoursExtension { HoursType = Code("01", ExampleCodeSystems.HoursType, "Horaires d'ouverture"), Record = Record() }],
    };
}
