namespace Ror.Client.Sync.Storage;

/// <summary>What storing or removing one establishment changed.</summary>
public enum RorStoreChange
{
    /// <summary>Nothing: the establishment was not stored (removal of an unknown establishment).</summary>
    None = 0,

    /// <summary>The establishment was not stored before and now is.</summary>
    Added = 1,

    /// <summary>The establishment was stored and its whole subtree was replaced.</summary>
    Updated = 2,

    /// <summary>The establishment and its subtree were removed.</summary>
    Removed = 3,
}
