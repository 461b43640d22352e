using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Testing.Data;

/// <summary>
/// The nomenclature values and templates generated data draws from. The code systems are the ROR ones
/// (<see cref="RorCodeSystems"/>, or <see cref="StandInCodeSystems"/> where no OID is documented); the codes
/// and labels are a small illustrative selection, enough to exercise filters and readers, not a copy of NOS.
/// </summary>
internal static class SimulatedCatalog
{
    public const string HospitalisationComplete = "01";
    public const string DayHospital = "02";
    public const string Consultation = "03";
    public const string PermanentAccommodation = "04";
    public const string TemporaryAccommodation = "05";
    public const string DayCare = "06";
    public const string HomeCare = "07";
    public const string Emergency = "08";

    /// <summary>TRE_R213 modes de prise en charge.</summary>
    public static IReadOnlyDictionary<string, string> CareModes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [HospitalisationComplete] = "Hospitalisation complète",
        [DayHospital] = "Hospitalisation de jour",
        [Consultation] = "Consultation",
        [PermanentAccommodation] = "Hébergement permanent",
        [TemporaryAccommodation] = "Hébergement temporaire",
        [DayCare] = "Accueil de jour",
        [HomeCare] = "Prise en charge à domicile",
        [Emergency] = "Accueil des urgences",
    };

    /// <summary>TRE_R211 activités opérationnelles, with their JDV_J51 family.</summary>
    public static IReadOnlyDictionary<string, (string Label, string Family)> Activities { get; } = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["101"] = ("Cardiologie", "01"),
        ["102"] = ("Soins intensifs de cardiologie", "01"),
        ["103"] = ("Pneumologie", "01"),
        ["104"] = ("Médecine interne", "01"),
        ["105"] = ("Gériatrie aiguë", "01"),
        ["106"] = ("Pédiatrie", "01"),
        ["107"] = ("Néonatologie", "01"),
        ["201"] = ("Chirurgie orthopédique et traumatologique", "02"),
        ["202"] = ("Chirurgie viscérale et digestive", "02"),
        ["203"] = ("Chirurgie ambulatoire", "02"),
        ["301"] = ("Obstétrique", "03"),
        ["302"] = ("Salle de naissance", "03"),
        ["401"] = ("Réanimation adulte", "04"),
        ["402"] = ("Médecine d'urgence", "04"),
        ["403"] = ("SMUR", "04"),
        ["501"] = ("Imagerie médicale", "05"),
        ["601"] = ("Soins médicaux et de réadaptation polyvalents", "06"),
        ["602"] = ("Réadaptation de l'appareil locomoteur", "06"),
        ["603"] = ("Soins médicaux et de réadaptation gériatriques", "06"),
        ["701"] = ("Psychiatrie générale adulte", "07"),
        ["702"] = ("Psychiatrie infanto-juvénile", "07"),
        ["703"] = ("Prise en charge des malades difficiles", "07"),
        ["801"] = ("Hébergement médicalisé personnes âgées", "08"),
        ["802"] = ("Accueil de jour Alzheimer", "08"),
        ["803"] = ("Pôle d'activités et de soins adaptés", "08"),
        ["804"] = ("Accompagnement éducatif", "08"),
        ["805"] = ("Accompagnement médicalisé adultes handicapés", "08"),
        ["806"] = ("Travail protégé", "08"),
        ["807"] = ("Soins infirmiers à domicile", "08"),
        ["901"] = ("Médecine générale", "09"),
        ["902"] = ("Soins infirmiers", "09"),
        ["903"] = ("Kinésithérapie", "09"),
    };

    /// <summary>JDV_J51 familles d'activité.</summary>
    public static IReadOnlyDictionary<string, string> ActivityFamilies { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["01"] = "Médecine",
        ["02"] = "Chirurgie",
        ["03"] = "Périnatalité",
        ["04"] = "Soins critiques et urgences",
        ["05"] = "Médico-technique",
        ["06"] = "Réadaptation",
        ["07"] = "Psychiatrie",
        ["08"] = "Accompagnement médico-social",
        ["09"] = "Soins de premier recours",
    };

    /// <summary>TRE_R212 équipements spécifiques.</summary>
    public static IReadOnlyDictionary<string, string> Equipment { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["01"] = "Scanographe",
        ["02"] = "Appareil d'IRM",
        ["03"] = "Tomographe à émission de positons",
        ["04"] = "Respirateur de réanimation",
        ["05"] = "Salle de coronarographie",
        ["06"] = "Générateur d'hémodialyse",
    };

    /// <summary>TRE_R210 actes spécifiques.</summary>
    public static IReadOnlyList<CodeEntry> SpecificActs { get; } =
    [
        new("0101", "Thrombolyse"),
        new("0102", "Angioplastie coronaire"),
        new("0103", "Pose de stimulateur cardiaque"),
        new("0201", "Arthroplastie de hanche"),
        new("0301", "Péridurale"),
        new("0401", "Épuration extra-rénale"),
    ];

    /// <summary>TRE_R245 spécialisations de prise en charge.</summary>
    public static IReadOnlyList<CodeEntry> CareSpecializations { get; } =
    [
        new("01", "Maladie d'Alzheimer et maladies apparentées"),
        new("02", "Troubles du spectre de l'autisme"),
        new("03", "Polyhandicap"),
        new("04", "Soins palliatifs"),
        new("05", "Obésité sévère"),
    ];

    /// <summary>TRE_R243 compétences spécifiques.</summary>
    public static IReadOnlyList<CodeEntry> SpecificSkills { get; } =
    [
        new("01", "Soins palliatifs"),
        new("02", "Éducation thérapeutique"),
        new("03", "Prise en charge de la douleur"),
        new("04", "Langue des signes française"),
    ];

    /// <summary>TRE_G15 professions de santé.</summary>
    public static IReadOnlyList<CodeEntry> Professions { get; } =
    [
        new("10", "Médecin"),
        new("60", "Infirmier"),
        new("70", "Masseur-kinésithérapeute"),
        new("50", "Sage-femme"),
    ];

    /// <summary>TRE_R38 spécialités ordinales (médecins).</summary>
    public static IReadOnlyList<CodeEntry> MedicalSpecialities { get; } =
    [
        new("SM02", "Anesthésie-réanimation"),
        new("SM04", "Cardiologie et maladies vasculaires"),
        new("SM26", "Médecine générale"),
        new("SM38", "Pédiatrie"),
        new("SM40", "Pneumologie"),
        new("SM42", "Psychiatrie"),
        new("SM44", "Radiodiagnostic et imagerie médicale"),
        new("SM53", "Gériatrie"),
    ];

    /// <summary>TRE_R242 types d'habitation (RG_EXP_029: <c>02</c> is the single room).</summary>
    public static IReadOnlyList<CodeEntry> ResidentialTypes { get; } =
    [
        new("01", "Chambre double"),
        new("02", "Chambre simple"),
        new("03", "Studio"),
    ];

    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "MARIE", "JEAN", "NATHALIE", "PIERRE", "ISABELLE", "MICHEL", "SYLVIE", "PHILIPPE", "CATHERINE", "ALAIN",
        "SOPHIE", "NICOLAS", "CELINE", "THOMAS", "JULIE", "JULIEN", "CAMILLE", "ANTOINE", "LAURA", "MAXIME",
    ];

    public static IReadOnlyList<string> Surnames { get; } =
    [
        "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT",
        "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD",
    ];

    public static IReadOnlyList<(string Type, string Name)> Streets { get; } =
    [
        ("RUE", "DE LA REPUBLIQUE"), ("AV", "VICTOR HUGO"), ("BD", "JEAN JAURES"), ("RUE", "PASTEUR"),
        ("AV", "DU GENERAL DE GAULLE"), ("RUE", "DES LILAS"), ("PL", "DE LA MAIRIE"), ("CHE", "DES VIGNES"),
        ("RUE", "DU MOULIN"), ("ALL", "DES TILLEULS"), ("RUE", "DE LA GARE"), ("BD", "DE L HOPITAL"),
        ("AV", "DES ACACIAS"), ("RUE", "SAINT-MARTIN"), ("QUAI", "DES CARMES"), ("RTE", "DE LA FORET"),
    ];

    public static IReadOnlyList<string> ResidenceNames { get; } =
    [
        "LES TILLEULS", "LE CLOS FLEURI", "LES GLYCINES", "BELLEVUE", "LES OLIVIERS", "LA ROSERAIE", "LE PARC",
        "LES JARDINS D AUTOMNE", "LES CEDRES", "LE BOIS JOLI", "LES HORTENSIAS", "LA SOURCE",
    ];

    public static IReadOnlyList<string> ClinicNames { get; } =
    [
        "CLINIQUE DU PARC", "CLINIQUE SAINT-ROCH", "CLINIQUE DES CEDRES", "CLINIQUE DE L ANJOU", "POLYCLINIQUE DU LITTORAL",
        "CLINIQUE DU VAL FLEURI", "POLYCLINIQUE DES QUATRE PAVILLONS", "CLINIQUE SAINTE-ANNE",
    ];

    private static UnitTemplate Hc(string name, string field, string[] activities, int ageMin = 18, int ageMax = 120, string? patient = null, string[]? equipment = null, bool crisis = false, double sensitive = 0) =>
        new(name, field, HospitalisationComplete, activities, ageMin, ageMax, patient, CapacityKind.Beds, equipment ?? [], crisis, sensitive);

    private static UnitTemplate Day(string name, string field, string[] activities, int ageMin = 18, int ageMax = 120) =>
        new(name, field, DayHospital, activities, ageMin, ageMax, null, CapacityKind.Places, []);

    private static UnitTemplate Consult(string name, string field, string[] activities, int ageMin = 0, int ageMax = 120, string[]? equipment = null) =>
        new(name, field, Consultation, activities, ageMin, ageMax, null, CapacityKind.None, equipment ?? []);

    /// <summary>Hospital services (MCO, SMR and psychiatry) grouped by pôle.</summary>
    public static IReadOnlyList<DepartmentTemplate> HospitalDepartments { get; } =
    [
        new("POLE MEDECINE", "SERVICE DE CARDIOLOGIE",
        [
            Hc("HOSPITALISATION COMPLETE CARDIOLOGIE", ActivityFieldCodes.Mco, ["101"], equipment: ["05"]),
            Hc("SOINS INTENSIFS CARDIOLOGIQUES", ActivityFieldCodes.Mco, ["102"], crisis: true),
            Consult("CONSULTATIONS DE CARDIOLOGIE", ActivityFieldCodes.Mco, ["101"], 16),
        ]),
        new("POLE MEDECINE", "SERVICE DE PNEUMOLOGIE",
        [
            Hc("HOSPITALISATION COMPLETE PNEUMOLOGIE", ActivityFieldCodes.Mco, ["103"]),
            Day("HOPITAL DE JOUR PNEUMOLOGIE", ActivityFieldCodes.Mco, ["103"]),
        ]),
        new("POLE MEDECINE", "SERVICE DE MEDECINE INTERNE",
        [
            Hc("MEDECINE INTERNE", ActivityFieldCodes.Mco, ["104"]),
            Day("HOPITAL DE JOUR DE MEDECINE", ActivityFieldCodes.Mco, ["104"]),
        ]),
        new("POLE CHIRURGIE", "SERVICE DE CHIRURGIE ORTHOPEDIQUE",
        [
            Hc("CHIRURGIE ORTHOPEDIQUE", ActivityFieldCodes.Mco, ["201"], 15),
            Day("UNITE DE CHIRURGIE AMBULATOIRE", ActivityFieldCodes.Mco, ["203"], 15),
        ]),
        new("POLE CHIRURGIE", "SERVICE DE CHIRURGIE VISCERALE",
        [
            Hc("CHIRURGIE VISCERALE ET DIGESTIVE", ActivityFieldCodes.Mco, ["202"], 15),
        ]),
        new("POLE FEMME-ENFANT", "MATERNITE",
        [
            Hc("HOSPITALISATION OBSTETRIQUE", ActivityFieldCodes.Mco, ["301"], 12, 55),
            Hc("SALLE DE NAISSANCE", ActivityFieldCodes.Mco, ["302"], 12, 55),
        ]),
        new("POLE FEMME-ENFANT", "SERVICE DE PEDIATRIE",
        [
            Hc("HOSPITALISATION PEDIATRIQUE", ActivityFieldCodes.Mco, ["106"], 0, 17),
            Hc("NEONATOLOGIE", ActivityFieldCodes.Mco, ["107"], 0, 1, crisis: true),
        ]),
        new("POLE URGENCES-REANIMATION", "SERVICE DE REANIMATION",
        [
            Hc("REANIMATION POLYVALENTE", ActivityFieldCodes.Mco, ["401"], 15, equipment: ["04", "06"], crisis: true),
        ]),
        new("POLE URGENCES-REANIMATION", "SERVICE DES URGENCES",
        [
            new("ACCUEIL DES URGENCES ADULTES", ActivityFieldCodes.Mco, Emergency, ["402"], 15, 120, null, CapacityKind.None, [], true),
            new("SMUR", ActivityFieldCodes.Mco, Emergency, ["403"], 0, 120, null, CapacityKind.None, []),
        ]),
        new("POLE MEDICO-TECHNIQUE", "SERVICE D IMAGERIE MEDICALE",
        [
            Consult("IMAGERIE MEDICALE", ActivityFieldCodes.Mco, ["501"], equipment: ["01", "02"]),
        ]),
        new("POLE GERIATRIE", "SERVICE DE GERIATRIE",
        [
            Hc("COURT SEJOUR GERIATRIQUE", ActivityFieldCodes.Mco, ["105"], 75, 120, SupportedPatientCodes.Elderly),
            Hc("SMR GERIATRIQUE", ActivityFieldCodes.Smr, ["603"], 75, 120, SupportedPatientCodes.Elderly),
        ]),
        new("POLE READAPTATION", "SERVICE DE SOINS MEDICAUX ET DE READAPTATION",
        [
            Hc("SMR POLYVALENT", ActivityFieldCodes.Smr, ["601"]),
            Day("HOPITAL DE JOUR SMR", ActivityFieldCodes.Smr, ["602"]),
        ]),
        new("POLE PSYCHIATRIE", "SECTEUR DE PSYCHIATRIE GENERALE",
        [
            Hc("UNITE D HOSPITALISATION PSYCHIATRIQUE ADULTE", ActivityFieldCodes.Psychiatry, ["701"], sensitive: 0.1),
            Consult("CENTRE MEDICO-PSYCHOLOGIQUE", ActivityFieldCodes.Psychiatry, ["701"], 18),
            Day("HOPITAL DE JOUR DE PSYCHIATRIE", ActivityFieldCodes.Psychiatry, ["701"]),
        ]),
        new("POLE PSYCHIATRIE", "SECTEUR DE PSYCHIATRIE INFANTO-JUVENILE",
        [
            Consult("CENTRE MEDICO-PSYCHOLOGIQUE INFANTO-JUVENILE", ActivityFieldCodes.Psychiatry, ["702"], 0, 17),
            Day("HOPITAL DE JOUR INFANTO-JUVENILE", ActivityFieldCodes.Psychiatry, ["702"], 3, 17),
        ]),
        new("POLE PSYCHIATRIE", "UNITE POUR MALADES DIFFICILES",
        [
            Hc("UNITE POUR MALADES DIFFICILES", ActivityFieldCodes.Psychiatry, ["703"], sensitive: 0.8),
        ]),
    ];

    public static IReadOnlyList<UnitTemplate> ElderlyUnits { get; } =
    [
        new("HEBERGEMENT PERMANENT", ActivityFieldCodes.MedicoSocial, PermanentAccommodation, ["801"], 60, 120, SupportedPatientCodes.Elderly, CapacityKind.Residential, []),
        new("HEBERGEMENT TEMPORAIRE", ActivityFieldCodes.MedicoSocial, TemporaryAccommodation, ["801"], 60, 120, SupportedPatientCodes.Elderly, CapacityKind.Residential, []),
        new("ACCUEIL DE JOUR ALZHEIMER", ActivityFieldCodes.MedicoSocial, DayCare, ["802"], 60, 120, SupportedPatientCodes.Elderly, CapacityKind.Places, []),
        new("POLE D ACTIVITES ET DE SOINS ADAPTES", ActivityFieldCodes.MedicoSocial, DayCare, ["803"], 60, 120, SupportedPatientCodes.Elderly, CapacityKind.Places, []),
    ];

    public static IReadOnlyList<UnitTemplate> DisabilityUnits { get; } =
    [
        new("INTERNAT EDUCATIF", ActivityFieldCodes.MedicoSocial, PermanentAccommodation, ["804"], 3, 20, SupportedPatientCodes.Disabled, CapacityKind.Residential, []),
        new("SEMI-INTERNAT", ActivityFieldCodes.MedicoSocial, DayCare, ["804"], 3, 20, SupportedPatientCodes.Disabled, CapacityKind.Places, []),
        new("HEBERGEMENT MEDICALISE ADULTES", ActivityFieldCodes.MedicoSocial, PermanentAccommodation, ["805"], 20, 120, SupportedPatientCodes.Disabled, CapacityKind.Residential, []),
        new("ATELIERS PROTEGES", ActivityFieldCodes.MedicoSocial, DayCare, ["806"], 18, 62, SupportedPatientCodes.Disabled, CapacityKind.Places, []),
    ];

    public static IReadOnlyList<UnitTemplate> HomeCareUnits { get; } =
    [
        new("SOINS INFIRMIERS A DOMICILE PERSONNES AGEES", ActivityFieldCodes.MedicoSocial, HomeCare, ["807"], 60, 120, SupportedPatientCodes.Elderly, CapacityKind.Places, []),
        new("SOINS INFIRMIERS A DOMICILE PERSONNES HANDICAPEES", ActivityFieldCodes.MedicoSocial, HomeCare, ["807"], 18, 60, SupportedPatientCodes.Disabled, CapacityKind.Places, []),
    ];

    public static IReadOnlyList<UnitTemplate> HealthCentreUnits { get; } =
    [
        Consult("CONSULTATIONS DE MEDECINE GENERALE", ActivityFieldCodes.Ambulatory, ["901"]),
        Consult("SOINS INFIRMIERS", ActivityFieldCodes.Ambulatory, ["902"]),
        Consult("KINESITHERAPIE", ActivityFieldCodes.Ambulatory, ["903"]),
    ];
}
