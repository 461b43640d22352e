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

        return value.Length == 6 && value[0] is ('+' or '-') && value[3] == ':'
            && TryDigits(value.Slice(1, 2), out var hours) && TryDigits(value.Slice(4, 2), out var minutes)
            && TryOffset(value[0] == '-', hours, minutes, out offset);
    }

    /// <summary>An XSD zone offset: at most 14:00 either way, minutes below 60.</summary>
    private static bool TryOffset(bool negative, int hours, int minutes, out TimeSpan offset)
    {
        offset = default;
        if ((uint)hours > 14 || (uint)minutes > 59 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (negative)
        {
            offset = -offset;
        }

        return true;
    }

    /// <summary>
    /// The usual form of an <c>xs:dateTime</c> in ROR documents, straight from its UTF-8 bytes:
    /// <c>yyyy-MM-ddTHH:mm:ss</c> then <c>Z</c> or <c>±hh:mm</c>, nothing around it. Returns <see langword="false"/> for
    /// anything else (white space, a fraction, no zone, an invalid or edge value), which the general path then reads.
    /// </summary>
    public static bool TryParseUsual(ReadOnlySpan<byte> value, out DateTimeOffset result)
    {
        result = default;
        if (value.Length is not (20 or 25) || value[4] != (byte)'-' || value[7] != (byte)'-' || value[10] != (byte)'T'
            || value[13] != (byte)':' || value[16] != (byte)':')
        {
            return false;
        }

        int year = Digit(value[0]) * 1000 + Digit(value[1]) * 100 + Digit(value[2]) * 10 + Digit(value[3]);
        int month = Two(value[5], value[6]), day = Two(value[8], value[9]);
        int hour = Two(value[11], value[12]), minute = Two(value[14], value[15]), second = Two(value[17], value[18]);

        // A non-digit puts its number out of every range (Digit gives it 100,000). The years 1 and 9999 are left to the
        // general path: an offset may put the instant out of DateTimeOffset's range, which that path reports.
        if ((uint)(year - 2) > 9996 || (uint)(month - 1) > 11 || (uint)(day - 1) > 30 || (uint)hour > 23 || (uint)minute > 59 || (uint)second > 59
            || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        if (value.Length == 20)
        {
            if (value[19] != (byte)'Z')
            {
                return false;
            }
        }
        else
        {
            var sign = value[19];
            if ((sign != (byte)'+' && sign != (byte)'-') || value[22] != (byte)':'
                || !TryOffset(sign == (byte)'-', Two(value[20], value[21]), Two(value[23], value[24]), out offset))
            {
                return false;
            }
        }

        result = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second), offset);
        return true;
    }

    // 0 to 9 for a digit; for any other byte, a value that puts its number out of every range checked above.
    private static int Digit(byte b) => (uint)(b - '0') <= 9 ? b - '0' : 100_000;

    private static int Two(byte tens, byte units) => (Digit(tens) * 10) + Digit(units);

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
