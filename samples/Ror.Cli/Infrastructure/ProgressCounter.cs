using System.Diagnostics;
using System.Globalization;

namespace Ror.Cli.Infrastructure;

/// <summary>Prints "label: N items (rate/s)" to the error stream at most once per interval, and once at the end.</summary>
internal sealed class ProgressCounter
{
    private readonly CliConsole _console;
    private readonly string _label;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly TimeSpan _interval;
    private TimeSpan _lastReport;

    public ProgressCounter(CliConsole console, string label, TimeSpan? interval = null)
    {
        _console = console;
        _label = label;
        _interval = interval ?? TimeSpan.FromSeconds(1);
    }

    public long Count { get; private set; }

    public void Increment(long by = 1)
    {
        Count += by;
        if (_watch.Elapsed - _lastReport >= _interval)
        {
            _lastReport = _watch.Elapsed;
            Report();
        }
    }

    public void Done()
    {
        Report();
    }

    private void Report()
    {
        var seconds = Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
        _console.Progress(string.Create(CultureInfo.InvariantCulture, $"  {_label}: {Count:N0} ({Count / seconds:N0}/s)"));
    }
}
