using System.Diagnostics;
using System.Globalization;
using Ror.Client.Sync.Synchronization;

namespace Ror.Cli.Infrastructure;

/// <summary>Prints the synchroniser's progress to the error stream, at most once per second and on each phase change.</summary>
internal sealed class SyncProgressPrinter : IProgress<RorSyncProgress>
{
    private readonly CliConsole _console;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly object _gate = new();
    private RorSyncPhase? _phase;
    private TimeSpan _last;

    public SyncProgressPrinter(CliConsole console) => _console = console;

    public void Report(RorSyncProgress value)
    {
        lock (_gate)
        {
            if (_phase == value.Phase && _watch.Elapsed - _last < TimeSpan.FromSeconds(1) && value.Phase != RorSyncPhase.Completed)
            {
                return;
            }

            _phase = value.Phase;
            _last = _watch.Elapsed;
            var text = value.Phase switch
            {
                RorSyncPhase.ImportingExtraction => string.Create(CultureInfo.InvariantCulture, $"importing the extraction: {value.Entities:N0} entities{(value.Bytes > 0 ? $", {value.Bytes / 1024.0 / 1024.0:F1} MiB" : string.Empty)}"),
                RorSyncPhase.ListingChanges => "listing the changed establishments (TR-Notif)",
                RorSyncPhase.ReadingEstablishments => string.Create(CultureInfo.InvariantCulture, $"reading establishments (Lecture EG): {value.Establishments}/{value.EstablishmentsTotal?.ToString(CultureInfo.InvariantCulture) ?? "?"}"),
                _ => "done",
            };
            _console.Progress($"  [{_watch.Elapsed.TotalSeconds,5:F1}s] {text}");
        }
    }
}
