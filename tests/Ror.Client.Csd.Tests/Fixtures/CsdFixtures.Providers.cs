using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Tests.Fixtures;

/// <summary>The providers (professionals) of the rich document.</summary>
public static partial class CsdFixtures
{
    /// <summary>
    /// A liberal physician working in the full-featured UE: full demographic data, links to the EG and the UE, a credential
    /// with every credential-extension field, a specialty and the operational status with every field and a mailbox.
    /// </summary>
    public static Provider Physician { get; } = new()
    {
        EntityId = "PRO-1",
        OtherIds = [new OtherId { Code = "899900000011", AssigningAuthorityName = IdentifierAuthorities.NationalProfessionalIdentifier }],
        Codes = [Code("10", RorCodeSystems.HealthProfession, "Médecin")],
        Demographic = new Person
        {
            Names =
            [
                new PersonName
                {
                    Language = "fr",
                    CommonNames = ["Camille EXEMPLE"],
                    Honorific = Code("DR", ExampleCodeSystems.Honorific, "Docteur"),
                    Forename = "Camille",
                    OtherNames = [Code("NU", ExampleCodeSystems.Title, "Nom d'usage")],
                    Surname = "EXEMPLE",
                    Suffix = "fils",
                    Extensions = [new NameExtension { Title = Code("MME", ExampleCodeSystems.Title, "Madame") }],
                },
            ],
            ContactPoints = [Phone("0199000020", ConfidentialityLevelCodes.Restricted)],
            Addresses = [new Address { Lines = [ExampleStreet("3", "DES PRATICIENS")] }],
            Gender = "F",
            DateOfBirth = new DateOnly(1980, 4, 12),
        },
        Languages = [Code("fr", ExampleCodeSystems.Language, "Français"), Code("en", ExampleCodeSystems.Language, "Anglais")],
        Organizations =
        [
            new ProviderOrganizationLink
            {
                EntityId = EstablishmentId,
                Extensions = [new GenericExtension()],
                Addresses = [new Address { Lines = [ExampleStreet("1", "DE L EXEMPLE")] }],
                ContactPoints = [Phone("0199000021", ConfidentialityLevelCodes.Restricted)],
            },
        ],
        Facilities =
        [
            new ProviderFacilityLink
            {
                EntityId = MedicalUnitId,
                Services =
                [
                    new ProviderServiceLink
                    {
                        EntityId = "SRV-1",
                        Names = [new Name { CommonNames = ["Consultation de médecine interne"] }],
                        Organization = Ref(EstablishmentId),
                        Languages = [Code("fr", ExampleCodeSystems.Language)],
                        OperatingHours = [new OperatingHours { IsOpen = true, DaysOfWeek = [2], BeginningHour = new TimeOnly(14, 0), EndingHour = new TimeOnly(17, 0), BeginEffectiveDate = new DateOnly(2024, 1, 1) }],
                        FreeBusyUri = "https://agenda.exemple.invalid/pro-1",
                        Extensions = [new GenericExtension()],
                    },
                ],
                OperatingHours = [new OperatingHours { IsOpen = true, DaysOfWeek = [1, 4], BeginEffectiveDate = new DateOnly(2024, 1, 1) }],
                Extensions = [new GenericExtension()],
            },
        ],
        Credentials =
        [
            new Credential
            {
                Type = Code("S", RorCodeSystems.OrdinalSpeciality, "Spécialité ordinale"),
                Number = "DES-2008-0042",
                IssuingAuthority = "Ordre des médecins",
                IssueDate = new DateOnly(2008, 10, 1),
                Extensions =
                [
                    new CredentialExtension
                    {
                        Speciality = Code("SM53", RorCodeSystems.OrdinalSpeciality, "Médecine interne"),
                        Competence = Code("CAP01", ExampleCodeSystems.CredentialDetail, "Compétence"),
                        ExclusiveCompetence = Code("CEX01", ExampleCodeSystems.CredentialDetail, "Compétence exclusive"),
                        ParticularSkills = Code("OP01", ExampleCodeSystems.CredentialDetail, "Orientation particulière"),
                        Capacity = Code("CSF01", ExampleCodeSystems.CredentialDetail, "Capacité de savoir-faire"),
                        PacQualification = Code("PAC01", ExampleCodeSystems.CredentialDetail, "Qualification PAC"),
                        NonQualifyingDesc = Code("DESC01", ExampleCodeSystems.CredentialDetail, "DESC non qualifiant"),
                        ComplementarySkills = Code("DEC01", ExampleCodeSystems.CredentialDetail, "Droit d'exercice complémentaire"),
                        Record = Record(),
                    },
                ],
            },
        ],
        Specialty = Code("SM53", RorCodeSystems.OrdinalSpeciality, "Médecine interne"),
        Extensions =
        [
            new ProviderExtension
            {
                OperationalStatus = new OperationalStatus
                {
                    ExerciseModeInUnit = Code("L", ExampleCodeSystems.ExerciseMode, "Libéral"),
                    ContactPoint = Phone("0199000022", ConfidentialityLevelCodes.Public),
                    SpecificSkills = [Code("012", RorCodeSystems.SpecificSkill, "Soins palliatifs")],
                    OperatingHours = new OperatingHours { IsOpen = true, DaysOfWeek = [1, 2, 3], BeginningHour = new TimeOnly(9, 0), EndingHour = new TimeOnly(12, 0), BeginEffectiveDate = new DateOnly(2024, 1, 1) },
                    AgreementSector = Code("1", ExampleCodeSystems.AgreementSector, "Secteur 1"),
                    ContractOptionHealthCareAccess = true,
                    VitaleCardAccepted = true,
                    HomeVisit = false,
                    Record = Record(),
                },
                MailBox = new MailBoxMss
                {
                    ContactPoint = Email("camille.exemple@exemple.invalid", ConfidentialityLevelCodes.Restricted),
                    Record = Record(),
                },
            },
        ],
        Record = Record(),
    };

    /// <summary>A salaried nurse of the residential UE, with only the required data.</summary>
    public static Provider Nurse { get; } = new()
    {
        EntityId = "PRO-2",
        Codes = [Code("60", RorCodeSystems.HealthProfession, "Infirmier")],
        Demographic = new Person { Names = [new PersonName { CommonNames = ["Dominique EXEMPLE"] }] },
        Facilities = [new ProviderFacilityLink { EntityId = ResidentialUnitId }],
        Extensions =
        [
            new ProviderExtension
            {
                OperationalStatus = new OperationalStatus
                {
                    ExerciseModeInUnit = Code("S", ExampleCodeSystems.ExerciseMode, "Salarié"),
                    Record = Record(),
                },
            },
        ],
        Record = Record(),
    };
}
