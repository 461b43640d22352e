namespace Ror.Client.Csd.Reading;

/// <summary>
/// Parses the XSD lexical forms of dates and times directly from characters (the general .NET date
/// parser is several times slower and these values fill ROR documents).
/// </summary>
internal static class XsdDateTime
{
    /// <summary>
    /// Parses <c>yyyy-MM-ddTHH:mm:ss[.f…][Z|±hh:mm]</c>. <paramref name="hasOffset"/> says whether a zone was
    /// given; <paramref name="dateTime"/> is then the local time at <paramref name="offset"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> value, out DateTime dateTime, out TimeSpan offset, out bool hasOffset)
    {
        dateTime = default;
        offset = default;
        hasOffset = false;
        if (value.Length < 19 || value[10] != 'T' || !TryParseDate(value[..10], out var date))
        {
            return false;
        }

        var rest = value[11..];
        var zone = rest.Length;
        for (var i = 8; i < rest.Length; i++)
        {
            if (rest[i] is 'Z' or '+' or '-')
            {
                zone = i;
                break;
            }
        }

        if (!TryParseTimeOfDay(rest[..zone], out var ticks, allowEndOfDay: true))
        {
            return false;
        }

        if (zone < rest.Length && !TryParseZone(rest[zone..], out offset))
        {
            return false;
        }

        hasOffset = zone < rest.Length;
        dateTime = date.ToDateTime(TimeOnly.MinValue).AddTicks(ticks);
        return true;
    }

    /// <summary>Parses <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        date = default;
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !TryDigits(value[..4], out var year) || !TryDigits(value.Slice(5, 2), out var month) || !TryDigits(value.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Parses <c>HH:mm:ss[.f…]</c> (and, tolerated, <c>HH:mm</c>).</summary>
    public static bool TryParseTime(ReadOnlySpan<char> value, out TimeOnly time)
    {
        time = default;
        if (value.Length == 5)
        {
            if (value[2] != ':' || !TryDigits(value[..2], out var hour) || !TryDigits(value[3..], out var minute) || hour > 23 || minute > 59)
            {
                return false;
            }

            time = new TimeOnly(hour, minute);
            return true;
        }

        if (!TryParseTimeOfDay(value, out var ticks, allowEndOfDay: false))
        {
            return false;
        }

        time = new TimeOnly(ticks);
        return true;
    }

    private static bool TryParseTimeOfDay(ReadOnlySpan<char> value, out long ticks, bool allowEndOfDay)
    {
        ticks = 0;
        if (value.Length < 8 || value[2] != ':' || value[5] != ':'
            || !TryDigits(value[..2], out var hour) || !TryDigits(value.Slice(3, 2), out var minute) || !TryDigits(value.Slice(6, 2), out var second)
            || minute > 59 || second > 59)
        {
            return false;
        }

        long fraction = 0;
        if (value.Length > 8)
        {
            if (value[8] != '.' || value.Length == 9)
            {
                return false;
            }

            var digits = value[9..];
            var scale = TimeSpan.TicksPerSecond;
            foreach (var digit in digits)
            {
                if (digit is < '0' or > '9')
                {
                    return false;
                }

                // Beyond 100 ns the digits are dropped.
                scale /= 10;
                fraction += (digit - '0') * scale;
            }
        }

        // xs:dateTime allows 24:00:00 for the end of the day.
        if (hour > 23 && !(allowEndOfDay && hour == 24 && minute == 0 && second == 0 && fraction == 0))
        {
            return false;
        }

        ticks = (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond) + fraction;
        return true;
    }

    private static bool TryParseZone(ReadOnlySpan<char> value, out TimeSpan offset)
    {
        offset = default;
        if (value.Length == 1 && value[0] == 'Z')
        {
            return true;
        }

        if (value.Length != 6 || value[0] is not ('+' or '-') || value[3] != ':'
            || !TryDigits(value.Slice(1, 2), out var hours) || !TryDigits(value.Slice(4, 2), out var minutes)
            || minutes > 59 || hours > 14 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (value[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> value, out int number)
    {
        number = 0;
        foreach (var digit in value)
        {
            if (digit is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (digit - '0');
        }

        return value.Length > 0;
    }
}
