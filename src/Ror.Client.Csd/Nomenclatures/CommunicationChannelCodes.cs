namespace Ror.Client.Csd.Nomenclatures;

/// <summary>Codes of TRE_R200 CanalCommunication seen in ROR data, <see cref="RorCodeSystems.CommunicationChannel"/>.</summary>
public static class CommunicationChannelCodes
{
    /// <summary><c>2</c>: telephone.</summary>
    public const string Phone = "2";

    /// <summary><c>3</c>: e-mail.</summary>
    public const string Email = "3";

    /// <summary><c>6</c>: fax.</summary>
    public const string Fax = "6";
}
