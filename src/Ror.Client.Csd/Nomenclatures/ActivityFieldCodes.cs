namespace Ror.Client.Csd.Nomenclatures;

/// <summary>Codes of TRE_R227 ChampActivite (champ d'activité), <see cref="RorCodeSystems.ActivityField"/>.</summary>
public static class ActivityFieldCodes
{
    /// <summary><c>01</c>: médecine, chirurgie, obstétrique (MCO).</summary>
    public const string Mco = "01";

    /// <summary><c>02</c>: soins médicaux et de réadaptation (SMR, formerly SSR).</summary>
    public const string Smr = "02";

    /// <summary><c>03</c>: psychiatry.</summary>
    public const string Psychiatry = "03";

    /// <summary><c>04</c>: medico-social field.</summary>
    public const string MedicoSocial = "04";

    /// <summary><c>05</c>: ambulatory care and private practice (ville).</summary>
    public const string Ambulatory = "05";
}
