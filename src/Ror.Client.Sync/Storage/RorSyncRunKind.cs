namespace Ror.Client.Sync.Storage;

/// <summary>The kind of a synchronisation run.</summary>
public enum RorSyncRunKind
{
    /// <summary>The database was built from an extraction (initial load or periodic full refresh).</summary>
    FullRefresh = 0,

    /// <summary>Changed establishments were listed (TR-Notif) and re-read one by one (Lecture EG).</summary>
    Incremental = 1,
}
