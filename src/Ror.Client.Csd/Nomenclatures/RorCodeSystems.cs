namespace Ror.Client.Csd.Nomenclatures;

/// <summary>
/// The OIDs of the nomenclatures (NOS terminologies) the ROR puts in <c>codedType/@codingScheme</c>.
/// </summary>
/// <remarks>
/// These are named constants, never closed enumerations: nomenclatures evolve (codes are added, relabelled,
/// deprecated), so compare <c>(codingScheme, code)</c> pairs and never reject an unknown one. The
/// <c>codingScheme</c> is the OID of the TRE code system, not of the JDV value set.
/// </remarks>
public static class RorCodeSystems
{
    /// <summary>TRE_R227 ChampActivite, champ d'activité (<c>typeActivity</c>): 01 MCO, 02 SMR, 03 psychiatry, 04 medico-social, 05 ambulatory.</summary>
    public const string ActivityField = "1.2.250.1.213.3.3.17";

    /// <summary>TRE_R207 TypeOrganisationInterne, the type of an internal organisation (<c>facility/codedType</c>): 1 pôle, 2 service, 3 UF, 4 UE.</summary>
    public const string InternalOrganizationType = "1.2.250.1.213.3.3.8";

    /// <summary>TRE_G07 TypeIdentifiantStructure (also seen as the authority of idNat_Struct).</summary>
    public const string StructureIdentifierType = "1.2.250.1.71.1.2.14";

    /// <summary>JDV_J68 ProfilAccesReferentiel-ROR: the access-profile codes of the VIHF token (CU19, CU20, CU22, CU23).</summary>
    public const string AccessProfile = "1.2.250.1.213.1.6.1.66";

    /// <summary>TRE_R239 PublicPrisEnCharge, public pris en charge (<c>supportedPatient</c>): 01 elderly people, 02 disabled people.</summary>
    public const string SupportedPatient = "1.2.250.1.213.3.3.29";

    /// <summary>TRE_R211 ActiviteOperationnelle, activité opérationnelle (<c>service/codedType</c>).</summary>
    public const string OperationalActivity = "1.2.250.1.213.3.3.12";

    /// <summary>TRE_R213 ModePriseEnCharge, mode de prise en charge (<c>careMode</c>).</summary>
    public const string CareMode = "1.2.250.1.213.3.3.13";

    /// <summary>TRE_R210 ActeSpecifique, acte spécifique (<c>specificAct</c>).</summary>
    public const string SpecificAct = "1.2.250.1.213.3.3.11";

    /// <summary>TRE_R212 Equipement, équipement spécifique (<c>device/codedType</c>).</summary>
    public const string Equipment = "1.2.250.1.213.3.3.10";

    /// <summary>TRE_R242 TypeHabitation, type d'habitation (<c>residentialType</c>).</summary>
    public const string ResidentialType = "1.2.250.1.213.3.3.35";

    /// <summary>TRE_R243 CompetenceSpecifique, compétence spécifique (<c>specificSkills</c>).</summary>
    public const string SpecificSkill = "1.2.250.1.213.3.3.37";

    /// <summary>TRE_R203 StatutLieu, statut du lieu (<c>location/status</c>).</summary>
    public const string LocationStatus = "1.2.250.1.213.3.3.4";

    /// <summary>TRE_R202 AccessibiliteLieu, accessibilité du lieu (<c>accessibilityLocation</c>).</summary>
    public const string LocationAccessibility = "1.2.250.1.213.3.3.3";

    /// <summary>TRE_R200 CanalCommunication, canal de communication (<c>contactPoint/codedType</c>): 2 phone, 3 e-mail, 6 fax.</summary>
    public const string CommunicationChannel = "1.2.250.1.213.3.3.1";

    /// <summary>TRE_R287 NatureContact, nature du contact (<c>contact/nature</c>).</summary>
    public const string ContactNature = "1.2.250.1.213.3.3.67";

    /// <summary>TRE_R283 NiveauConfidentialite, niveau de confidentialité (<c>confidentialityLevel</c>): 1 public, 2 restricted, 3 very restricted.</summary>
    public const string ConfidentialityLevel = "1.2.250.1.213.1.1.4.344";

    /// <summary>TRE_R13 Commune, the INSEE code of a commune (<c>location/cityNumber</c>).</summary>
    public const string Commune = "1.2.250.1.213.2.23";

    /// <summary>TRE_R201 TypeDivisionTerritoriale, type of territorial division (<c>territorialDivision/type</c>).</summary>
    public const string TerritorialDivisionType = "1.2.250.1.213.2.3.2";

    /// <summary>TRE_G15 ProfessionSante, health profession (<c>provider/codedType</c>, <c>resourcesSkills/profession</c>).</summary>
    public const string HealthProfession = "1.2.250.1.71.1.2.7";

    /// <summary>TRE_R38 SpecialiteOrdinale, ordinal speciality (<c>medicalSpeciality</c>).</summary>
    public const string OrdinalSpeciality = "1.2.250.1.213.2.28";

    /// <summary>UCUM units (age units in <c>patientTypeAgeMin/unit</c>; code <c>a</c> = years).</summary>
    public const string Ucum = "2.16.840.1.113883.6.8";

    /// <summary>Legal status of a legal entity (EJ <c>codedType</c>, e.g. 95 SAS), as observed.</summary>
    public const string LegalStatus = "1.2.250.1.213.1.6.1.44";

    /// <summary>Establishment category (EG <c>codedType</c>, JDV_J55 / TRE_R66, e.g. 109), as observed.</summary>
    public const string EstablishmentCategory = "1.2.250.1.213.1.6.1.45";

    /// <summary>Establishment category aggregate (EG <c>codedType</c>, e.g. SA07), as observed.</summary>
    public const string EstablishmentCategoryAggregate = "1.2.250.1.213.1.6.1.8";
}
