using System.Globalization;
using System.Text;
using Ror.Client.Csd.Reading;

namespace Ror.Client.Csd.Tests.Reading;

/// <summary>The usual <c>xs:dateTime</c> form read from its bytes gives what the general path gives.</summary>
public sealed class XsdDateTimeTests
{
    [Fact]
    public void TryParseUsual_UsualForms_GivesTheGeneralPathsValue()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 20_000; n++)
        {
            var year = random.Next(2, 9999);
            var month = random.Next(1, 13);
            var day = n % 50 == 0 ? DateTime.DaysInMonth(year, month) : random.Next(1, DateTime.DaysInMonth(year, month) + 1);
            var minutes = random.Next(-14 * 4, (14 * 4) + 1) * 15;
            var zone = n % 3 == 0 ? "Z" : (minutes < 0 ? "-" : "+") + TimeSpan.FromMinutes(Math.Abs(minutes)).ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            var text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}T{random.Next(24):D2}:{random.Next(60):D2}:{random.Next(60):D2}{zone}");

            Assert.True(XsdDateTime.TryParseUsual(Encoding.ASCII.GetBytes(text), out var usual), text);
            Assert.True(XsdDateTime.TryParse(text, out var dateTime, out var offset, out var hasOffset), text);
            Assert.True(hasOffset, text);
            var general = new DateTimeOffset(dateTime, offset);
            Assert.True(usual == general && usual.Offset == general.Offset && usual.DateTime.Kind == general.DateTime.Kind, text);
        }
    }

    [Theory]
    [InlineData("2020-01-01T00:00:00.5Z")]
    [InlineData("2020-01-01T00:00:00")]
    [InlineData(" 2020-01-01T00:00:00Z")]
    [InlineData("2020-01-01T00:00:00Z ")]
    [InlineData("2020-01-01T24:00:00Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T00:00:00Z")]
    public void TryParseUsual_OtherValidForms_LeavesThemToTheGeneralPath(string text)
    {
        Assert.False(XsdDateTime.TryParseUsual(Encoding.ASCII.GetBytes(text), out _));
        Assert.True(XsdDateTime.TryParse(text.Trim(), out _, out _, out _), text);
    }

    [Theory]
    [InlineData("2021-02-29T00:00:00Z")]
    [InlineData("2020-04-31T00:00:00Z")]
    [InlineData("2020-00-10T00:00:00Z")]
    [InlineData("2020-01-00T00:00:00Z")]
    [InlineData("2020-01-01T00:60:00Z")]
    [InlineData("2020-01-01T00:00:60Z")]
    [InlineData("2020-01-01T00:00:00z")]
    [InlineData("2020-01-01T00:00:00+14:01")]
    [InlineData("2020-01-01T00:00:00+15:00")]
    [InlineData("2020-01-01T00:00:00+01:60")]
    [InlineData("2020-01-01T00:00:00+1a:00")]
    [InlineData("2020-01-01T00:00:00*01:00")]
    [InlineData("2020-01-01T00:00:00+01-00")]
    [InlineData("2020/01/01T00:00:00Z")]
    [InlineData("2020-01-01 00:00:00Z")]
    [InlineData("2020-01-01T00.00:00Z")]
    [InlineData("20a0-01-01T00:00:00Z")]
    [InlineData("2020-0\u00e9-01T00:00:00Z")]
    public void TryParseUsual_InvalidValues_RejectsThem(string text)
    {
        Assert.False(XsdDateTime.TryParseUsual(Encoding.UTF8.GetBytes(text), out _), text);
    }
}
