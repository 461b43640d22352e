namespace Ror.Client.Testing.Data;

/// <summary>
/// Code systems the reference documentation names without giving their OID. Generated data needs a
/// <c>codingScheme</c> for them, so it uses stand-in OIDs under the ITU-T/ISO <c>2.999</c> arc, which is
/// reserved for examples: they can never collide with a real NOS OID and are easy to spot.
/// </summary>
internal static class StandInCodeSystems
{
    /// <summary>TRE_R69 sous-ensemble agrégat statut juridique.</summary>
    public const string LegalStatusAggregate = "2.999.69";

    /// <summary>JDV_J51 famille d'activité opérationnelle (<c>actFamily</c>).</summary>
    public const string ActivityFamily = "2.999.51";

    /// <summary>TRE_R251 fonction du contact.</summary>
    public const string ContactFunction = "2.999.251";

    /// <summary>TRE_R23 mode d'exercice (<c>exerciceModeInUnit</c>).</summary>
    public const string ExerciseMode = "2.999.23";

    /// <summary>TRE_R04 type de savoir-faire (credential type).</summary>
    public const string CredentialType = "2.999.4";

    /// <summary>TRE_R282 secteur de conventionnement.</summary>
    public const string AgreementSector = "2.999.282";

    /// <summary>TRE_R245 spécialisation de prise en charge.</summary>
    public const string CareSpecialization = "2.999.245";

    /// <summary>TRE_R240 temporalité d'accueil.</summary>
    public const string WelcomeType = "2.999.240";

    /// <summary>TRE_R238 ouverture annuelle.</summary>
    public const string AnnualOpening = "2.999.238";

    /// <summary>TRE_R244 catégorie d'organisation.</summary>
    public const string OrganizationCategory = "2.999.244";

    /// <summary>TRE_R246 type de tarif.</summary>
    public const string PriceType = "2.999.246";

    /// <summary>TRE_R228 unité de tarif.</summary>
    public const string PriceUnit = "2.999.228";

    /// <summary>TRE_R230 devise.</summary>
    public const string Currency = "2.999.230";

    /// <summary>TRE_R327 niveau de dépendance.</summary>
    public const string DependencyLevel = "2.999.327";

    /// <summary>TRE_R236 mode de gestion.</summary>
    public const string ManagementType = "2.999.236";

    /// <summary>TRE_R250 condition tarifaire.</summary>
    public const string SpecialPrice = "2.999.250";

    /// <summary>TRE_R252 type d'horaire.</summary>
    public const string OperatingHoursType = "2.999.252";

    /// <summary>TRE_R284 niveau de recours ORSAN.</summary>
    public const string OrsanRecourseLevel = "2.999.284";

    /// <summary>TRE_R241 aide financière.</summary>
    public const string FinancialHelp = "2.999.241";

    /// <summary>TRE_R81 civilité d'exercice (name title).</summary>
    public const string Title = "2.999.81";

    /// <summary>Included services of a base accommodation price (TRE not named by the schema).</summary>
    public const string IncludedService = "2.999.1";
}
