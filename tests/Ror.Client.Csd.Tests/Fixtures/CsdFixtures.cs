using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Tests.Fixtures;

/// <summary>
/// Hand-written CSD documents and ROR messages built from the models, for every test that needs realistic data.
/// Every identifier is fictitious (structure identifiers <c>199…</c>, internal organisations <c>52/1000xx</c>,
/// town EXEMPLEVILLE, phone numbers 01 99 00 00 xx, e-mail addresses <c>@exemple.invalid</c>); code-system OIDs are the
/// real ones where the ROR documentation gives them, placeholders under the ISO example arc <c>2.999</c> otherwise.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Rich"/>: uses every element and attribute that the official XSD declares for a CSD document.</item>
/// <item><see cref="Minimal"/>: the smallest valid document that still has an EJ, an EG and one UE.</item>
/// <item><see cref="PublicFile"/>: shaped like the weekly public file (profile-0 content, several EG, no restricted data).</item>
/// <item>Messages: <see cref="EstablishmentReadRequest"/>, <see cref="InternalOrganizationReadRequest"/>,
/// <see cref="ExpressionRequest"/>, <see cref="EstablishmentReadResponse"/>, <see cref="ErrorResponse"/>,
/// <see cref="NotifRequest"/>, <see cref="NotifResponse"/>, <see cref="FaultDetail"/>,
/// <see cref="ModificationsRequest"/>, <see cref="ModificationsResponse"/>, <see cref="FunctionDefinition"/>;
/// <see cref="AllMessages"/> lists them all with a name.</item>
/// </list>
/// The instances are immutable and shared; derive variants with <c>with</c> expressions. Entity fixtures depend only on
/// constants and helper methods, composite ones are built lazily, so that static initialisation order never matters.
/// </remarks>
public static partial class CsdFixtures
{
    /// <summary>The creation time used by most records.</summary>
    public static DateTimeOffset Created => new(2019, 3, 4, 9, 15, 0, TimeSpan.FromHours(1));

    /// <summary>The update time used by most records (with a fractional second, summer offset).</summary>
    public static DateTimeOffset Updated => new(2024, 6, 5, 14, 12, 30, 500, TimeSpan.FromHours(2));

    /// <summary>Entity identifier of the legal entity (EJ) of the rich document.</summary>
    public const string LegalEntityId = "EJ-1";

    /// <summary>Entity identifier of the main geographic entity (EG) of the rich document.</summary>
    public const string EstablishmentId = "EG-1";

    /// <summary>Entity identifier of the second, plain EG of the rich document.</summary>
    public const string SecondEstablishmentId = "EG-2";

    /// <summary>idNat_Struct of the EJ of the rich document.</summary>
    public const string LegalEntityStructureId = "1990000011";

    /// <summary>idNat_Struct of the main EG of the rich document.</summary>
    public const string EstablishmentStructureId = "1990000029";

    /// <summary>idNat_Struct of the second EG of the rich document.</summary>
    public const string SecondEstablishmentStructureId = "1990000037";

    /// <summary>Entity identifiers of the internal organisations of the rich document: pôle, service, UF and the three UE.</summary>
    public const string PoleId = "OI-10";

    /// <summary>The service (structure interne, TRE_R207 code 2) of the rich document.</summary>
    public const string InternalServiceId = "OI-20";

    /// <summary>The functional unit (UF, TRE_R207 code 3) of the rich document.</summary>
    public const string FunctionalUnitId = "OI-30";

    /// <summary>The full-featured UE of the rich document (MCO, full hospitalisation).</summary>
    public const string MedicalUnitId = "OI-41";

    /// <summary>The medico-social UE of the rich document (residential accommodation).</summary>
    public const string ResidentialUnitId = "OI-42";

    /// <summary>The sensitive UE of the rich document (<c>sensitiveUnit</c> true, very restricted contacts).</summary>
    public const string SensitiveUnitId = "OI-43";

    /// <summary>Placeholder code-system OIDs (ISO example arc) for nomenclatures whose OID the ROR documentation does not give.</summary>
    public static class ExampleCodeSystems
    {
        /// <summary>TRE_R69 sous-ensemble agrégat statut juridique.</summary>
        public const string LegalStatusAggregate = "2.999.69";

        /// <summary>TRE_R73 ESPIC.</summary>
        public const string Espic = "2.999.73";

        /// <summary>TRE_R246 type de tarif.</summary>
        public const string PriceType = "2.999.246";

        /// <summary>TRE_R228 unité de prix.</summary>
        public const string PriceUnit = "2.999.228";

        /// <summary>TRE_R230 devise.</summary>
        public const string Currency = "2.999.230";

        /// <summary>TRE_R250 condition tarifaire.</summary>
        public const string SpecialPrice = "2.999.250";

        /// <summary>TRE_R240 temporalité d'accueil.</summary>
        public const string ReceptionType = "2.999.240";

        /// <summary>TRE_R327 niveau de dépendance.</summary>
        public const string DependencyLevel = "2.999.327";

        /// <summary>TRE_R236 mode de gestion.</summary>
        public const string ManagementType = "2.999.236";

        /// <summary>Prestations incluses / supplémentaires (no TRE named by the XSD).</summary>
        public const string Delivery = "2.999.1001";

        /// <summary>TRE_R241 aide financière.</summary>
        public const string FinancialHelp = "2.999.241";

        /// <summary>Motif de fermeture (no TRE named by the XSD).</summary>
        public const string ClosingReason = "2.999.1002";

        /// <summary>TRE_R284 niveau de recours ORSAN.</summary>
        public const string OrsanLevel = "2.999.284";

        /// <summary>TRE_R251 fonction du contact.</summary>
        public const string ContactFunction = "2.999.251";

        /// <summary>TRE_R252 type d'horaires.</summary>
        public const string HoursType = "2.999.252";

        /// <summary>TRE_R245 spécialisation de prise en charge.</summary>
        public const string CareSpeciality = "2.999.245";

        /// <summary>TRE_R244 catégorie d'organisation.</summary>
        public const string FacilityType = "2.999.244";

        /// <summary>TRE_R238 ouverture annuelle.</summary>
        public const string AnnualOpening = "2.999.238";

        /// <summary>TRE_R253 type de maternité.</summary>
        public const string MaternityType = "2.999.253";

        /// <summary>JDV_J51 famille d'activité opérationnelle.</summary>
        public const string ActivityFamily = "2.999.51";

        /// <summary>TRE_G00 langue.</summary>
        public const string Language = "2.999.900";

        /// <summary>TRE_R11 civilité d'exercice.</summary>
        public const string Honorific = "2.999.11";

        /// <summary>TRE_R81 civilité.</summary>
        public const string Title = "2.999.81";

        /// <summary>Mode d'exercice dans l'OI (no TRE named by the XSD).</summary>
        public const string ExerciseMode = "2.999.1003";

        /// <summary>TRE_R282 secteur de conventionnement.</summary>
        public const string AgreementSector = "2.999.282";

        /// <summary>TRE_R39, R40, G13, R43, R44, R42, R97 (credential extension lists).</summary>
        public const string CredentialDetail = "2.999.1004";

        /// <summary>Territoire de santé (no TRE yet) and the other territorial codes used here.</summary>
        public const string HealthTerritory = "2.999.1005";

        /// <summary>TRE_R30 région.</summary>
        public const string Region = "2.999.30";

        /// <summary>TRE_G09 département.</summary>
        public const string Department = "2.999.909";
    }

    internal static Metadata Record(DateTimeOffset? created = null, DateTimeOffset? updated = null) => new()
    {
        Created = created ?? Created,
        Updated = updated ?? Updated,
        Status = "Ok",
    };

    internal static CodedType Code(string code, string codingScheme, string? label = null) => new()
    {
        Code = code,
        CodingScheme = codingScheme,
        Label = label,
    };

    internal static OtherId StructureId(string code) => new()
    {
        Code = code,
        AssigningAuthorityName = IdentifierAuthorities.NationalStructureIdentifier,
    };

    internal static OtherId InternalOrganizationId(string code) => new()
    {
        Code = code,
        AssigningAuthorityName = RorCodeSystems.StructureIdentifierType,
    };

    internal static EntityReference Ref(string entityId) => new() { EntityId = entityId };

    internal static CodedType Level(string level) => Code(level, RorCodeSystems.ConfidentialityLevel);

    internal static ContactPoint Phone(string number, string level, string? purpose = null) => new()
    {
        Channel = Code(CommunicationChannelCodes.Phone, RorCodeSystems.CommunicationChannel, "Téléphone"),
        Equipment = number,
        Purpose = purpose,
        Extensions = [new ContactPointExtension { ConfidentialityLevel = Level(level), Record = Record() }],
    };

    internal static ContactPoint Email(string address, string level) => new()
    {
        Channel = Code(CommunicationChannelCodes.Email, RorCodeSystems.CommunicationChannel, "Mail"),
        Equipment = address,
        Extensions = [new ContactPointExtension { ConfidentialityLevel = Level(level), Record = Record() }],
    };

    internal static Measurement Years(int value) => new()
    {
        Value = value,
        Unit = Code("a", RorCodeSystems.Ucum, "année"),
    };

    internal static PatientType Patients(int minimumAge, int maximumAge, params CodedType[] supportedPatients) => new()
    {
        SupportedPatients = [.. supportedPatients],
        MinimumAge = Years(minimumAge),
        MaximumAge = Years(maximumAge),
        Record = Record(),
    };

    internal static AddressLine ExampleStreet(string number, string streetName) => new()
    {
        BuildingNumber = number,
        StreetType = "RUE",
        StreetName = streetName,
        PostCode = "99000",
        CityName = "EXEMPLEVILLE",
    };

    internal static CodedType ExempleVille => Code("99001", RorCodeSystems.Commune, "EXEMPLEVILLE");

    internal static CodedType ActivityField(string code) => Code(code, RorCodeSystems.ActivityField);

    internal static CodedType OrganizationType(string code) => Code(code, RorCodeSystems.InternalOrganizationType);
}
