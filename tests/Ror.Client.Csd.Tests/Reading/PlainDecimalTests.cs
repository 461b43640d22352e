using System.Globalization;
using Ror.Client.Csd.Reading;

namespace Ror.Client.Csd.Tests.Reading;

/// <summary>The usual decimal read by hand gives what <see cref="decimal.Parse(string)"/> gives, scale included.</summary>
public sealed class PlainDecimalTests
{
    [Fact]
    public void TryParsePlainDecimal_UsualForms_GivesTheFrameworksBits()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 20_000; n++)
        {
            var integral = random.NextInt64(0, 1_000_000_000L).ToString("D9", CultureInfo.InvariantCulture)[..random.Next(1, 10)];
            var fraction = n % 4 == 0 ? string.Empty : "." + random.NextInt64(0, 1_000_000_000L).ToString("D9", CultureInfo.InvariantCulture)[..random.Next(1, 10)];
            var text = (n % 3 == 0 ? "-" : string.Empty) + integral + fraction;
            if (text.TrimStart('-').Replace(".", string.Empty, StringComparison.Ordinal).Trim('0').Length == 0)
            {
                continue;
            }

            Assert.True(CsdXmlContext.TryParsePlainDecimal(text, out var plain), text);
            var expected = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(plain));
        }
    }

    [Theory]
    [InlineData("43.556558", "43.556558")]
    [InlineData("-1.50", "-1.50")]
    [InlineData("007.10", "7.10")]
    [InlineData("0", "0")]
    [InlineData("0.000", "0.000")]
    [InlineData("999999999999999999", "999999999999999999")]
    [InlineData("-0.00000000000000001", "-0.00000000000000001")]
    public void TryParsePlainDecimal_Examples_KeepTheValueAndScale(string text, string printed)
    {
        Assert.True(CsdXmlContext.TryParsePlainDecimal(text, out var value));
        Assert.Equal(printed, value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("1,5")]
    [InlineData("1234567890123456789")]
    [InlineData("0.000000000000000001")]
    [InlineData("٣")]
    public void TryParsePlainDecimal_OtherForms_LeavesThemToTheFramework(string text)
    {
        Assert.False(CsdXmlContext.TryParsePlainDecimal(text, out _));
    }
}
