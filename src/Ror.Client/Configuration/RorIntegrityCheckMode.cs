namespace Ror.Client.Configuration;

/// <summary>What the client does when an answer breaks an integrity rule (RG_ALIM_019: <c>facilityNumber</c> differs from the UE returned).</summary>
public enum RorIntegrityCheckMode
{
    /// <summary>Raise a <see cref="Errors.RorResponseInvalidException"/> with ROR error code 405 (default).</summary>
    Error = 0,

    /// <summary>Log a warning and return the answer.</summary>
    Warn = 1,
}
