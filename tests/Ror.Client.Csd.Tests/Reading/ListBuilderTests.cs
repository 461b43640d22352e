using Ror.Client.Csd.Reading;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class ListBuilderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(40)]
    public void Build_ReturnsEveryItemInOrder(int count)
    {
        var expected = Enumerable.Range(0, count).Select(i => "item " + i).ToList();
        var builder = default(ListBuilder<string>);
        foreach (var item in expected)
        {
            builder.Add(item);
        }

        var list = builder.Build();

        Assert.Equal(expected, list);
        Assert.Equal(count, list.Count);

        // The builder starts again empty.
        Assert.Empty(builder.Build());
    }

    [Fact]
    public void Build_OfItemsOfADerivedType_HoldsThemInAnArrayOfTheListType()
    {
        var builder = default(ListBuilder<object>);
        builder.Add("text");
        builder.Add(new Uri("urn:oid:1.2.250"));
        builder.Add(42);

        var list = builder.Build();

        Assert.Equal(["text", new Uri("urn:oid:1.2.250"), 42], list);
    }
}
