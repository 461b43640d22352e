namespace Ror.Client.Testing.Errors;

/// <summary>The ROR business error codes the simulator produces, with the messages it sends.</summary>
public static class SimulatedErrorCodes
{
    /// <summary>Code 444: the request or feature is not provided on this platform.</summary>
    public const int NotProvided = 444;

    /// <summary>The message of <see cref="NotProvided"/>, as sent by ROR servers.</summary>
    public const string NotProvidedMessage = "Non prévu sur la plateforme";

    /// <summary>Code 405: the announced UE count (<c>facilityNumber</c>) differs from the UE returned (RG_ALIM_019).</summary>
    public const int UnitCountMismatch = 405;

    /// <summary>The message the simulator sends with <see cref="UnitCountMismatch"/>.</summary>
    public const string UnitCountMismatchMessage = "Le nombre d'UE annoncé ne correspond pas au nombre d'UE retournées";
}
