using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Tests.Fixtures;

/// <summary>The organizations (EJ and EG) of the rich document.</summary>
public static partial class CsdFixtures
{
    /// <summary>
    /// The legal entity (EJ): statut juridique and its aggregate, and the native CSD elements the ROR leaves unused
    /// (other names, address, native contact, credential, languages, specialisations, native contact point).
    /// </summary>
    public static Organization LegalEntity { get; } = new()
    {
        EntityId = LegalEntityId,
        OtherIds =
        [
            StructureId(LegalEntityStructureId),
            new OtherId { Code = "999000018", AssigningAuthorityName = "1.2.250.1.213.3.2" },
        ],
        Codes =
        [
            Code("95", RorCodeSystems.LegalStatus, "Société par actions simplifiée (SAS)"),
            Code("61", ExampleCodeSystems.LegalStatusAggregate, "Organisme privé à caractère commercial"),
        ],
        PrimaryName = "GROUPE EXEMPLE SANTE",
        OtherNames =
        [
            new LocalizedName { Value = "GROUPE EXEMPLE SANTE SAS", Language = "fr" },
            new LocalizedName { Value = "EXAMPLE HEALTH GROUP" },
        ],
        Addresses =
        [
            new Address
            {
                Type = "siege",
                Language = "fr",
                Lines = [ExampleStreet("12", "DES EXEMPLES")],
                Extensions = [new AddressExtension { Record = Record() }],
            },
        ],
        Contacts = [new NativeProviderContact { Provider = Ref("PRO-1") }],
        Credentials =
        [
            new Credential
            {
                Type = Code("AUT", ExampleCodeSystems.CredentialDetail, "Autorisation"),
                Number = "AUT-2019-001",
                IssuingAuthority = "ARS EXEMPLE",
                IssueDate = new DateOnly(2019, 1, 15),
                RenewalDate = new DateOnly(2029, 1, 14),
            },
        ],
        Languages = [Code("fr", ExampleCodeSystems.Language, "Français")],
        Specializations = [Code("MCO", ExampleCodeSystems.CareSpeciality, "Médecine, chirurgie, obstétrique")],
        ContactPoints = [Phone("0199000001", ConfidentialityLevelCodes.Public, "Standard du siège")],
        Record = Record() with
        {
            SourceDirectory = "https://ror.exemple.invalid/ror",
            Extensions = [new RecordExtension { Recognition = "EJ-SRC-0001", Comments = "Créée par reprise de données." }],
        },
    };

    /// <summary>
    /// The main geographic entity (EG): parent EJ, the full organisation extension (contacts at confidentiality levels
    /// 1, 2 and 3, territory, location with address and geocode, prices of all seven kinds, every other field).
    /// </summary>
    public static Organization Establishment { get; } = new()
    {
        EntityId = EstablishmentId,
        OtherIds = [StructureId(EstablishmentStructureId)],
        Codes =
        [
            Code("500", RorCodeSystems.EstablishmentCategory, "Etablissement d'hébergement pour personnes âgées dépendantes"),
            Code("1", ExampleCodeSystems.Espic, "ESPIC"),
        ],
        PrimaryName = "RESIDENCE ET CLINIQUE EXEMPLE",
        Contacts =
        [
            new NativePersonContact
            {
                Person = new Person { Names = [new PersonName { CommonNames = ["Accueil de la résidence"] }] },
            },
        ],
        Parent = Ref(LegalEntityId),
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
                        Description = "Accueil téléphonique du lundi au vendredi",
                        ConfidentialityLevel = Level(ConfidentialityLevelCodes.Public),
                        ContactPoints =
                        [
                            Phone("0199000002", ConfidentialityLevelCodes.Public),
                            Email("accueil@exemple.invalid", ConfidentialityLevelCodes.Public),
                        ],
                        Record = Record(),
                    },
                    new Contact
                    {
                        Nature = Code("03", RorCodeSystems.ContactNature, "Cadre de santé"),
                        ConfidentialityLevel = Level(ConfidentialityLevelCodes.Restricted),
                        ContactPoints = [Phone("0199000003", ConfidentialityLevelCodes.Restricted)],
                        Record = Record(),
                    },
                    new Contact
                    {
                        Nature = Code("05", RorCodeSystems.ContactNature, "Direction"),
                        ConfidentialityLevel = Level(ConfidentialityLevelCodes.VeryRestricted),
                        ContactPoints = [Phone("0199000004", ConfidentialityLevelCodes.VeryRestricted, "Ligne directe")],
                        Record = Record(),
                    },
                ],
                UseName = "RESIDENCE EXEMPLE",
                HealthCareTerritories =
                [
                    new TerritorialDivision
                    {
                        Type = Code("TS", RorCodeSystems.TerritorialDivisionType, "Territoire de santé"),
                        Code = Code("9901", ExampleCodeSystems.HealthTerritory, "Territoire d'Exempleville"),
                        Record = Record(),
                    },
                ],
                Location = new Location
                {
                    Name = "Site principal",
                    Description = "Entrée par le parvis",
                    Status = Code("1", RorCodeSystems.LocationStatus, "Actif"),
                    Address = new Address { Lines = [ExampleStreet("1", "DE L EXEMPLE")] },
                    GeoCoordinates = new GeoCode
                    {
                        Latitude = 48.856614m,
                        Longitude = 2.3522219m,
                        CoordinateSystem = "WGS84",
                        Extensions = [new GeoCodeExtension { AreCoordinatesReliable = true, Record = Record() }],
                        Record = Record(),
                    },
                    CityNumber = ExempleVille,
                    CalculatedDistance = 0.0m,
                    Record = Record(),
                },
                Prices =
                [
                    new Price
                    {
                        PriceType = Code("01", ExampleCodeSystems.PriceType, "Hébergement permanent"),
                        PriceUnit = Code("JOUR", ExampleCodeSystems.PriceUnit, "Par jour"),
                        Amount = new PriceAmount { Amount = 72.35, Currency = Code("EUR", ExampleCodeSystems.Currency, "Euro") },
                        UpdateDate = new DateOnly(2024, 1, 1),
                        Details = new BasePackageAccommodationPrice
                        {
                            Under60 = false,
                            IncludedServices = [Code("01", ExampleCodeSystems.Delivery, "Blanchisserie")],
                            OtherIncludedServices = ["Accès au jardin thérapeutique"],
                            ResidentialType = Code("02", RorCodeSystems.ResidentialType, "Chambre simple"),
                            SpecialPrice = Code("01", ExampleCodeSystems.SpecialPrice, "Habilité à l'aide sociale"),
                            WelcomeType = Code("01", ExampleCodeSystems.ReceptionType, "Permanent"),
                        },
                        Record = Record(),
                    },
                    new Price
                    {
                        PriceType = Code("05", ExampleCodeSystems.PriceType, "Portage de repas"),
                        PriceUnit = Code("REPAS", ExampleCodeSystems.PriceUnit, "Par repas"),
                        Amount = new PriceAmount { Amount = 9.5, Currency = Code("EUR", ExampleCodeSystems.Currency) },
                        Details = new MealDeliveryPrice
                        {
                            SpecialPrice = Code("02", ExampleCodeSystems.SpecialPrice, "Tarif réduit"),
                            Name = "Déjeuner livré à domicile",
                        },
                        Record = Record(),
                    },
                    new Price
                    {
                        PriceType = Code("03", ExampleCodeSystems.PriceType, "Accueil de jour"),
                        PriceUnit = Code("JOUR", ExampleCodeSystems.PriceUnit),
                        Amount = new PriceAmount { Amount = 38, Currency = Code("EUR", ExampleCodeSystems.Currency) },
                        Details = new HomeDayPrice { SpecialPrice = Code("01", ExampleCodeSystems.SpecialPrice) },
                        Record = Record(),
                    },
                    new Price
                    {
                        PriceType = Code("02", ExampleCodeSystems.PriceType, "Dépendance"),
                        PriceUnit = Code("JOUR", ExampleCodeSystems.PriceUnit),
                        Amount = new PriceAmount { Amount = 21.07, Currency = Code("EUR", ExampleCodeSystems.Currency) },
                        Details = new DependencyPrice
                        {
                            DependencyLevel = Code("GIR12", ExampleCodeSystems.DependencyLevel, "GIR 1-2"),
                            WelcomeType = Code("01", ExampleCodeSystems.ReceptionType, "Permanent"),
                        },
                        Record = Record(),
                    },
                    new Price
                    {
                        PriceType = Code("04", ExampleCodeSystems.PriceType, "Supplément chambre individuelle"),
                        PriceUnit = Code("JOUR", ExampleCodeSystems.PriceUnit),
                        Amount = new PriceAmount { Amount = 12, Currency = Code("EUR", ExampleCodeSystems.Currency) },
                        Details = new ResidentialSurchargePrice { ResidentialType = Code("02", RorCodeSystems.ResidentialType, "Chambre simple") },
                        Record = Record(),
                    },
                    new Price
                    {
                        PriceType = Code("06", ExampleCodeSystems.PriceType, "Aide humaine"),
                        PriceUnit = Code("HEURE", ExampleCodeSystems.PriceUnit, "Par heure"),
                        Amount = new PriceAmount { Amount = 24.8, Currency = Code("EUR", ExampleCodeSystems.Currency) },
                        Details = new HumanHelpPrice
                        {
                            Name = "Aide au lever",
                            ManagementType = Code("01", ExampleCodeSystems.ManagementType, "Prestataire"),
                            SpecialPrice = Code("02", ExampleCodeSystems.SpecialPrice),
                        },
                        Record = Record(),
                    },
                    new Price
                    {
                        PriceType = Code("07", ExampleCodeSystems.PriceType, "Prestation supplémentaire"),
                        PriceUnit = Code("MOIS", ExampleCodeSystems.PriceUnit, "Par mois"),
                        Amount = new PriceAmount { Amount = 1.5E+2, Currency = Code("EUR", ExampleCodeSystems.Currency) },
                        Details = new OtherSurchargePrice
                        {
                            OtherName = "Télévision en chambre",
                            SurchargeName = Code("TV", ExampleCodeSystems.Delivery, "Télévision"),
                        },
                        Record = Record(),
                    },
                ],
                DropZone = true,
                FinancialHelpTypes = [Code("01", ExampleCodeSystems.FinancialHelp, "Aide sociale à l'hébergement")],
                AccommodationForFamily = true,
                TemporarySocialHelpPlaces = 4,
                PermanentSocialHelpPlaces = 30,
                CareWithoutPatientApproval = false,
                CreationDate = new DateOnly(1998, 9, 1),
                ClosingDate = new DateOnly(2031, 12, 31),
                ClosingReason = Code("02", ExampleCodeSystems.ClosingReason, "Regroupement"),
                AccessibilityLocation = Code("1", RorCodeSystems.LocationAccessibility, "Accessible aux personnes à mobilité réduite"),
                OrsanRecourseLevel = Code("2", ExampleCodeSystems.OrsanLevel, "Recours de niveau 2"),
            },
        ],
        Record = Record(),
    };

    /// <summary>A second, plain EG under the same EJ.</summary>
    public static Organization SecondEstablishment { get; } = new()
    {
        EntityId = SecondEstablishmentId,
        OtherIds = [StructureId(SecondEstablishmentStructureId)],
        Codes = [Code("124", RorCodeSystems.EstablishmentCategory, "Centre de santé")],
        PrimaryName = "CENTRE DE SANTE EXEMPLE",
        Parent = Ref(LegalEntityId),
        Extensions =
        [
            new OrganizationExtension
            {
                Location = new Location
                {
                    Address = new Address { Lines = [ExampleStreet("8", "DU CENTRE")] },
                    CityNumber = ExempleVille,
                    Record = Record(),
                },
            },
        ],
        Record = Record(),
    };
}
