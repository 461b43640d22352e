namespace Ror.Client.Sync.Synchronization;

/// <summary>The phase a synchronisation run is in.</summary>
public enum RorSyncPhase
{
    /// <summary>Streaming the extraction into a new database.</summary>
    ImportingExtraction = 0,

    /// <summary>Asking the ROR which establishments changed (TR-Notif).</summary>
    ListingChanges = 1,

    /// <summary>Reading and storing changed establishments (Lecture EG).</summary>
    ReadingEstablishments = 2,

    /// <summary>The run is over.</summary>
    Completed = 3,
}
