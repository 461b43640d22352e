using Ror.Client.Sync.Storage;

namespace Ror.Client.Sync.Tests;

public sealed class RorKeysTests
{
    [Theory]
    [InlineData("75056", null, "75")]
    [InlineData("2A004", null, "2A")]
    [InlineData("2B033", null, "2B")]
    [InlineData("97411", null, "974")]
    [InlineData(null, "69003", "69")]
    [InlineData(null, "20000", "2A")]
    [InlineData(null, "20200", "2B")]
    [InlineData(null, "97400", "974")]
    [InlineData("", "13001", "13")]
    [InlineData(null, "ABC", null)]
    [InlineData(null, null, null)]
    public void DepartmentOf_CityCodeOrPostCode_GivesDepartment(string? cityCode, string? postCode, string? expected)
    {
        Assert.Equal(expected, RorKeys.DepartmentOf(cityCode, postCode));
    }
}
