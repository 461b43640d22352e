using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Tests.Fixtures;

/// <summary>The documents: rich, minimal and public-file-shaped.</summary>
public static partial class CsdFixtures
{
    private static readonly Lazy<CsdDocument> RichDocument = new(BuildRich);

    private static CsdDocument BuildRich() => new()
    {
        Organizations = [LegalEntity, Establishment, SecondEstablishment],
        Services = [MainService, SecondService],
        Facilities = [Pole, InternalService, FunctionalUnit, MedicalUnit, ResidentialUnit, SensitiveUnit],
        Providers = [Physician, Nurse],
        Devices = [MainDevice, SecondDevice],
    };

    private static readonly Lazy<CsdDocument> MinimalDocument = new(() => new CsdDocument
    {
        Organizations =
        [
            new Organization
            {
                EntityId = "EJ-9",
                OtherIds = [StructureId("1990000094")],
                Codes = [Code("95", RorCodeSystems.LegalStatus)],
                PrimaryName = "EXEMPLE MINIMAL",
                Record = Record(),
            },
            new Organization
            {
                EntityId = "EG-9",
                OtherIds = [StructureId("1990000102")],
                Codes = [Code("124", RorCodeSystems.EstablishmentCategory)],
                PrimaryName = "CENTRE MINIMAL",
                Parent = Ref("EJ-9"),
                Record = Record(),
            },
        ],
        Facilities =
        [
            new Facility
            {
                EntityId = "OI-99",
                OtherIds = [InternalOrganizationId("52/100099")],
                Codes = [OrganizationType(InternalOrganizationTypeCodes.ElementaryUnit)],
                PrimaryName = "CONSULTATIONS",
                Organizations = [new FacilityOrganizationLink { EntityId = "EG-9" }],
                Extensions =
                [
                    new FacilityExtension
                    {
                        ActivityTypes = [ActivityField(ActivityFieldCodes.Ambulatory)],
                        CareMode = Code("07", RorCodeSystems.CareMode),
                        PatientType = Patients(0, 120),
                        IsSensitiveUnit = false,
                    },
                ],
                Record = Record(),
            },
        ],
    });

    private static readonly Lazy<CsdDocument> PublicFileDocument = new(BuildPublicFile);

    /// <summary>A rich Lecture-EG-like document that uses every element and attribute of the official XSD for a CSD document.</summary>
    public static CsdDocument Rich => RichDocument.Value;

    /// <summary>The number of UE (TRE_R207 code 4) in <see cref="Rich"/>.</summary>
    public const int RichElementaryUnitCount = 3;

    /// <summary>The smallest valid document with an EJ, an EG and one UE; empty service, provider and device directories.</summary>
    public static CsdDocument Minimal => MinimalDocument.Value;

    /// <summary>
    /// A document shaped like the weekly public file: two EJ, three EG, pôles and UE across champs d'activité, public
    /// (level 1) contacts only, no restricted data (no crisis capacity, comments, sensitive unit nor professional).
    /// </summary>
    public static CsdDocument PublicFile => PublicFileDocument.Value;

    private static CsdDocument BuildPublicFile()
    {
        var organizations = new List<Organization>();
        var facilities = new List<Facility>();
        var establishments = new[]
        {
            (Id: "EG-P1", Structure: "1990000110", Parent: "EJ-P1", Name: "CENTRE HOSPITALIER EXEMPLE", Category: "355", Field: ActivityFieldCodes.Mco, CareMode: "01"),
            (Id: "EG-P2", Structure: "1990000128", Parent: "EJ-P1", Name: "CENTRE DE READAPTATION EXEMPLE", Category: "109", Field: ActivityFieldCodes.Smr, CareMode: "03"),
            (Id: "EG-P3", Structure: "1990000136", Parent: "EJ-P2", Name: "EHPAD LES EXEMPLES", Category: "500", Field: ActivityFieldCodes.MedicoSocial, CareMode: "11"),
        };

        organizations.Add(PublicLegalEntity("EJ-P1", "1990000151", "GROUPEMENT HOSPITALIER EXEMPLE", "13"));
        organizations.Add(PublicLegalEntity("EJ-P2", "1990000144", "ASSOCIATION EXEMPLE ACCUEIL", "60"));
        var unit = 0;
        foreach (var establishment in establishments)
        {
            organizations.Add(new Organization
            {
                EntityId = establishment.Id,
                OtherIds = [StructureId(establishment.Structure)],
                Codes = [Code(establishment.Category, RorCodeSystems.EstablishmentCategory)],
                PrimaryName = establishment.Name,
                Parent = Ref(establishment.Parent),
                Extensions =
                [
                    new OrganizationExtension
                    {
                        Contacts =
                        [
                            new Contact
                            {
                                Name = "Standard",
                                Function = Code("01", ExampleCodeSystems.ContactFunction, "Accueil"),
                                ConfidentialityLevel = Level(ConfidentialityLevelCodes.Public),
                                ContactPoints = [Phone($"01990001{organizations.Count:00}", ConfidentialityLevelCodes.Public)],
                                Record = Record(),
                            },
                        ],
                        Location = new Location
                        {
                            Address = new Address { Lines = [ExampleStreet((organizations.Count * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), "DES ETABLISSEMENTS")] },
                            CityNumber = ExempleVille,
                            Record = Record(),
                        },
                    },
                ],
                Record = Record(),
            });

            var poleId = $"{establishment.Id}-POLE";
            facilities.Add(new Facility
            {
                EntityId = poleId,
                OtherIds = [InternalOrganizationId($"52/1001{facilities.Count:00}")],
                Codes = [OrganizationType(InternalOrganizationTypeCodes.Pole)],
                PrimaryName = "POLE " + establishment.Name,
                Organizations = [new FacilityOrganizationLink { EntityId = establishment.Id }],
                Extensions =
                [
                    new FacilityExtension
                    {
                        ActivityTypes = [ActivityField(establishment.Field)],
                        CareMode = Code(string.Empty, string.Empty),
                        PatientType = Patients(0, 120),
                        IsSensitiveUnit = false,
                    },
                ],
                Record = Record(),
            });

            for (var i = 0; i < 2; i++)
            {
                unit++;
                facilities.Add(new Facility
                {
                    EntityId = $"{establishment.Id}-UE{i + 1}",
                    OtherIds = [InternalOrganizationId($"52/1001{facilities.Count:00}")],
                    Codes = [OrganizationType(InternalOrganizationTypeCodes.ElementaryUnit)],
                    PrimaryName = $"UNITE {unit} " + establishment.Name,
                    Organizations = [new FacilityOrganizationLink { EntityId = establishment.Id }],
                    OperatingHours = [new OperatingHours { IsOpen = true, DaysOfWeek = [1, 2, 3, 4, 5], BeginEffectiveDate = new DateOnly(2024, 1, 1) }],
                    Extensions =
                    [
                        new FacilityExtension
                        {
                            ActivityTypes = [ActivityField(establishment.Field)],
                            CareMode = Code(establishment.CareMode, RorCodeSystems.CareMode),
                            PatientType = Patients(i == 0 ? 18 : 0, 120),
                            AccommodationCapacity = new AccommodationCapacity { Beds = new BedCapacity { Total = 10 * (i + 1) }, Record = Record() },
                            Location = new Location
                            {
                                Address = new Address { Lines = [ExampleStreet("2", "DES UNITES")] },
                                CityNumber = ExempleVille,
                                Record = Record(),
                            },
                            ParentFacility = Ref(poleId),
                            IsSensitiveUnit = false,
                        },
                    ],
                    Record = Record(),
                });
            }
        }

        return new CsdDocument
        {
            Organizations = [.. organizations],
            Services = [SecondService],
            Facilities = [.. facilities],
        };
    }

    /// <summary>The number of UE (TRE_R207 code 4) in <see cref="PublicFile"/>.</summary>
    public const int PublicFileElementaryUnitCount = 6;

    private static Organization PublicLegalEntity(string entityId, string structureId, string name, string legalStatus) => new()
    {
        EntityId = entityId,
        OtherIds = [StructureId(structureId)],
        Codes = [Code(legalStatus, RorCodeSystems.LegalStatus)],
        PrimaryName = name,
        Record = Record(),
    };
}
