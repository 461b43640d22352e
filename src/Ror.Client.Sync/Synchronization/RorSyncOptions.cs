using Ror.Client.Csd.Access;

namespace Ror.Client.Sync.Synchronization;

/// <summary>Settings of <see cref="RorSynchronizer"/> and of the hosted synchronisation service.</summary>
public sealed class RorSyncOptions
{
    /// <summary>Path of the SQLite database (used by <c>AddRorSynchronization</c> to create the store).</summary>
    public string DatabasePath { get; set; } = "ror.db";

    /// <summary>The access profile of the vendor's ROR access, stored with the data. Default profile 1.</summary>
    public RorAccessProfile ObtainedUnderProfile { get; set; } = RorAccessProfile.UnscheduledCareRegulation;

    /// <summary>
    /// How far before the checkpoint TR-Notif is asked from. The boundary semantics of <c>dateRef</c>
    /// are not documented and clocks differ, so runs overlap; replacing an establishment twice is harmless.
    /// Default 10 minutes.
    /// </summary>
    public TimeSpan SafetyOverlap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Lecture EG calls in flight at once. Default 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How often the database is rebuilt from the extraction to repair drift; null never. Default 7 days.</summary>
    public TimeSpan? FullRefreshInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>What to do with closed establishments. Default <see cref="RorClosedEstablishmentPolicy.Keep"/>.</summary>
    public RorClosedEstablishmentPolicy ClosedEstablishments { get; set; } = RorClosedEstablishmentPolicy.Keep;

    /// <summary>Whether the store keeps each entity's raw CSD XML (see <c>SqliteRorStoreOptions.KeepRawCsd</c>). Default true.</summary>
    public bool KeepRawCsd { get; set; } = true;

    /// <summary>Entities written per transaction during an extraction import. Default 5000.</summary>
    public int ImportBatchSize { get; set; } = 5000;

    /// <summary>Time between two runs of the hosted service. Default 1 day.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Whether the hosted service runs once as soon as it starts. Default true.</summary>
    public bool RunOnStart { get; set; } = true;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(DatabasePath);
        if (SafetyOverlap < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(SafetyOverlap)} must not be negative.", nameof(SafetyOverlap));
        }

        if (MaxConcurrency < 1)
        {
            throw new ArgumentException($"{nameof(MaxConcurrency)} must be at least 1.", nameof(MaxConcurrency));
        }

        if (FullRefreshInterval is { } refresh && refresh <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(FullRefreshInterval)} must be positive, or null for never.", nameof(FullRefreshInterval));
        }

        if (ImportBatchSize < 1)
        {
            throw new ArgumentException($"{nameof(ImportBatchSize)} must be at least 1.", nameof(ImportBatchSize));
        }

        if (Interval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(Interval)} must be positive.", nameof(Interval));
        }

        if (!Enum.IsDefined(ObtainedUnderProfile))
        {
            throw new ArgumentException($"{nameof(ObtainedUnderProfile)} must be a profile 0 to 3.", nameof(ObtainedUnderProfile));
        }
    }
}
