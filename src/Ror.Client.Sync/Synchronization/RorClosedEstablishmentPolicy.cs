namespace Ror.Client.Sync.Synchronization;

/// <summary>What an incremental run does with an establishment whose closing date has passed.</summary>
public enum RorClosedEstablishmentPolicy
{
    /// <summary>Keep it, with its closing date (queries skip closed establishments unless asked). The default.</summary>
    Keep = 0,

    /// <summary>Remove it and its subtree, as if the ROR no longer knew it.</summary>
    Remove = 1,
}
