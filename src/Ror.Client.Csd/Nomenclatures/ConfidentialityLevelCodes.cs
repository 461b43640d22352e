namespace Ror.Client.Csd.Nomenclatures;

/// <summary>Codes of TRE_R283 NiveauConfidentialite, <see cref="RorCodeSystems.ConfidentialityLevel"/>.</summary>
public static class ConfidentialityLevelCodes
{
    /// <summary><c>1</c>: public (accès libre).</summary>
    public const string Public = "1";

    /// <summary><c>2</c>: restricted (restreint).</summary>
    public const string Restricted = "2";

    /// <summary><c>3</c>: very restricted (très restreint).</summary>
    public const string VeryRestricted = "3";
}
