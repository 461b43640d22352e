using System.Globalization;

namespace Ror.Client.Csd.Tests.Writing;

public sealed class CanonicalDateFormatTests
{
    private const string DateTimeFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz";
    private const string LocalDateTimeFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFF";

    public static TheoryData<DateTimeOffset> EdgeValues =>
    [
        new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
        new DateTimeOffset(2025, 1, 6, 3, 0, 0, TimeSpan.FromHours(1)).AddTicks(1),
        new DateTimeOffset(2025, 7, 14, 12, 30, 5, TimeSpan.FromHours(-14)).AddTicks(1_000_000),
        new DateTimeOffset(2025, 7, 14, 12, 30, 5, new TimeSpan(5, 45, 0)).AddTicks(1_230_000),
        new DateTimeOffset(999, 3, 4, 9, 15, 0, new TimeSpan(-3, -30, 0)),
        new DateTimeOffset(2019, 3, 4, 9, 15, 0, TimeSpan.FromHours(14)).AddTicks(10),
    ];

    [Theory]
    [MemberData(nameof(EdgeValues))]
    public void FormatDateTime_EdgeValue_SameCharactersAsTryFormat(DateTimeOffset value)
    {
        AssertSameAsTryFormat(value);
    }

    [Fact]
    public void FormatDateTime_RandomValues_SameCharactersAsTryFormat()
    {
        var random = new Random(20261129);
        for (int i = 0; i < 20_000; i++)
        {
            long ticks = random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1));
            long fractionKind = random.Next(4);
            ticks -= fractionKind switch
            {
                0 => ticks % TimeSpan.TicksPerSecond,
                1 => ticks % TimeSpan.TicksPerMillisecond,
                _ => 0,
            };
            AssertSameAsTryFormat(new DateTimeOffset(new DateTime(ticks, DateTimeKind.Unspecified), offset));
        }
    }

    [Fact]
    public void FormatDate_RandomValues_SameCharactersAsTryFormat()
    {
        var random = new Random(42);
        Span<char> actual = stackalloc char[CanonicalDateFormat.MaximumLength];
        for (int i = 0; i < 5_000; i++)
        {
            var value = DateOnly.FromDayNumber(random.Next(DateOnly.MaxValue.DayNumber + 1));

            int length = CanonicalDateFormat.FormatDate(value, actual);

            string expected = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(expected == actual[..length].ToString(), $"{value.DayNumber}: expected {expected}, got {actual[..length].ToString()}");
        }
    }

    private static void AssertSameAsTryFormat(DateTimeOffset value)
    {
        Span<char> actual = stackalloc char[CanonicalDateFormat.MaximumLength];
        foreach (bool omitOffset in new[] { false, true })
        {
            int length = CanonicalDateFormat.FormatDateTime(value, actual, omitOffset);

            string expected = value.ToString(omitOffset ? LocalDateTimeFormat : DateTimeFormat, CultureInfo.InvariantCulture);
            Assert.True(
                expected == actual[..length].ToString(),
                $"{value.Ticks} {value.Offset} (omit offset {omitOffset}): expected {expected}, got {actual[..length].ToString()}");
        }
    }
}
