using System.Globalization;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>Sizes of the suites: small by default, multiplied when <c>ROR_SOAK</c> is set (1 = ×10, or an explicit factor).</summary>
public static class Soak
{
    public static int Factor { get; } = ReadFactor();

    public static int Scale(int iterations) => iterations * Factor;

    private static int ReadFactor()
    {
        var value = Environment.GetEnvironmentVariable("ROR_SOAK");
        if (string.IsNullOrWhiteSpace(value) || value == "0")
        {
            return 1;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var factor) && factor > 1 ? factor : 10;
    }
}
