using System.Globalization;

namespace Ror.Client.Perf;

/// <summary>Collects the figures and ratios of a run and prints them as <c>name: value unit</c> lines.</summary>
public sealed class PerfReport
{
    private readonly List<string> _failures = [];
    private readonly List<string> _missing = [];
    private readonly List<string> _ratioLines = [];

    /// <summary>Prints a measured figure.</summary>
    /// <param name="name">The figure name.</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit.</param>
    public void Figure(string name, double value, string unit) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {Format(value)} {unit}"));

    /// <summary>Prints a figure that could not be measured; the run is then incomplete.</summary>
    /// <param name="name">The figure name.</param>
    /// <param name="reason">Why.</param>
    public void Missing(string name, string reason)
    {
        Console.WriteLine($"{name}: n/a ({reason})");
        _missing.Add(name);
    }

    /// <summary>Records a ratio, printed after the figures, and checks it against its target.</summary>
    /// <param name="name">The ratio name.</param>
    /// <param name="value">The value.</param>
    /// <param name="passes">Whether the value meets the target.</param>
    public void Ratio(string name, double value, bool passes)
    {
        _ratioLines.Add(string.Create(CultureInfo.InvariantCulture, $"ratio {name}: {value:0.00}"));
        if (!passes)
        {
            _failures.Add(name);
        }
    }

    /// <summary>Records a ratio that cannot be computed because a figure is missing.</summary>
    /// <param name="name">The ratio name.</param>
    public void MissingRatio(string name) => _ratioLines.Add($"ratio {name}: n/a");

    /// <summary>Records a failed target that is not a ratio (an absolute limit).</summary>
    /// <param name="name">The figure name.</param>
    public void Fail(string name) => _failures.Add(name);

    /// <summary>Prints the ratios and the verdict.</summary>
    /// <returns>The exit code: 0 ok, 1 a target failed, 2 incomplete.</returns>
    public int Complete()
    {
        foreach (var line in _ratioLines)
        {
            Console.WriteLine(line);
        }

        if (_failures.Count > 0)
        {
            string incomplete = _missing.Count > 0 ? $" (incomplete: {string.Join(' ', _missing)})" : string.Empty;
            Console.WriteLine($"perf: FAIL {string.Join(' ', _failures)}{incomplete}");
            return 1;
        }

        if (_missing.Count > 0)
        {
            Console.WriteLine($"perf: incomplete {string.Join(' ', _missing)}");
            return 2;
        }

        Console.WriteLine("perf: ok");
        return 0;
    }

    private static string Format(double value) => value switch
    {
        >= 1000 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
