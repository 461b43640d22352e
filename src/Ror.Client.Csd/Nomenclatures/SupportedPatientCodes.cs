namespace Ror.Client.Csd.Nomenclatures;

/// <summary>Codes of TRE_R239 PublicPrisEnCharge seen in ROR data, <see cref="RorCodeSystems.SupportedPatient"/>.</summary>
public static class SupportedPatientCodes
{
    /// <summary><c>01</c>: elderly people (personnes âgées).</summary>
    public const string Elderly = "01";

    /// <summary><c>02</c>: disabled people (personnes handicapées).</summary>
    public const string Disabled = "02";
}
