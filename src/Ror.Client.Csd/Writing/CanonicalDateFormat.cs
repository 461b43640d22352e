namespace Ror.Client.Csd;

/// <summary>
/// Formats dates as the writers do, without the general-purpose custom format parser: the same characters as
/// <c>TryFormat</c> with <c>yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz</c> (or without <c>zzz</c>) and <c>yyyy-MM-dd</c>, invariant culture.
/// </summary>
internal static class CanonicalDateFormat
{
    /// <summary>The longest output: <c>yyyy-MM-ddTHH:mm:ss.fffffff+HH:mm</c>.</summary>
    public const int MaximumLength = 33;

    /// <summary>Formats the clock time of <paramref name="value"/>, with its offset unless <paramref name="omitOffset"/>.</summary>
    /// <returns>The number of characters written (<paramref name="destination"/> holds at least <see cref="MaximumLength"/>).</returns>
    public static int FormatDateTime(DateTimeOffset value, Span<char> destination, bool omitOffset)
    {
        var clock = value.DateTime;
        int at = Date(clock.Year, clock.Month, clock.Day, destination);
        destination[at++] = 'T';
        at = Two(clock.Hour, destination, at);
        destination[at++] = ':';
        at = Two(clock.Minute, destination, at);
        destination[at++] = ':';
        at = Two(clock.Second, destination, at);
        long fraction = clock.Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0)
        {
            // FFFFFFF: seven digits, trailing zeros dropped.
            destination[at++] = '.';
            int digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            for (int i = digits - 1; i >= 0; i--)
            {
                destination[at + i] = (char)('0' + (int)(fraction % 10));
                fraction /= 10;
            }

            at += digits;
        }

        if (!omitOffset)
        {
            var offset = value.Offset;
            if (offset.Ticks >= 0)
            {
                destination[at++] = '+';
            }
            else
            {
                destination[at++] = '-';
                offset = offset.Negate();
            }

            at = Two(offset.Hours, destination, at);
            destination[at++] = ':';
            at = Two(offset.Minutes, destination, at);
        }

        return at;
    }

    /// <summary>Formats <paramref name="value"/> as <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The number of characters written (10).</returns>
    public static int FormatDate(DateOnly value, Span<char> destination) => Date(value.Year, value.Month, value.Day, destination);

    private static int Date(int year, int month, int day, Span<char> destination)
    {
        destination[0] = (char)('0' + (year / 1000));
        destination[1] = (char)('0' + (year / 100 % 10));
        destination[2] = (char)('0' + (year / 10 % 10));
        destination[3] = (char)('0' + (year % 10));
        destination[4] = '-';
        Two(month, destination, 5);
        destination[7] = '-';
        Two(day, destination, 8);
        return 10;
    }

    private static int Two(int value, Span<char> destination, int at)
    {
        destination[at] = (char)('0' + (value / 10));
        destination[at + 1] = (char)('0' + (value % 10));
        return at + 2;
    }
}
