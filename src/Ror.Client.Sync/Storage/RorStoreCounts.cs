namespace Ror.Client.Sync.Storage;

/// <summary>How many objects the store holds.</summary>
public sealed record RorStoreCounts
{
    /// <summary>Legal entities (EJ).</summary>
    public required long LegalEntities { get; init; }

    /// <summary>Establishments (EG).</summary>
    public required long Establishments { get; init; }

    /// <summary>Internal organisations of every level, UE included.</summary>
    public required long InternalOrganizations { get; init; }

    /// <summary>Elementary units (UE, level 4).</summary>
    public required long ElementaryUnits { get; init; }

    /// <summary>Operational activities, per establishment.</summary>
    public required long Services { get; init; }

    /// <summary>Specific equipment, per establishment.</summary>
    public required long Devices { get; init; }

    /// <summary>Professionals, per establishment.</summary>
    public required long Providers { get; init; }

    /// <summary>Establishments waiting for a retry.</summary>
    public required long PendingRetries { get; init; }
}
