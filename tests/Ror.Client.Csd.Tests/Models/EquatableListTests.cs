using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Models;

public sealed class EquatableListTests
{
    private static CodedType Code(string code) => new() { Code = code, CodingScheme = "1.2.250.1.213.3.3.29" };

    [Fact]
    public void Equals_SameItemsInSameOrder_IsTrue()
    {
        EquatableList<CodedType> left = [Code("01"), Code("02")];
        EquatableList<CodedType> right = new([Code("01"), Code("02")]);

        Assert.True(left.Equals(right), "Two lists with equal items in the same order must be equal.");
        Assert.True(left == right, "operator == must compare items.");
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equals_SameItemsInAnotherOrder_IsFalse()
    {
        EquatableList<string> left = ["a", "b"];
        EquatableList<string> right = ["b", "a"];

        Assert.False(left.Equals(right), "Order is part of list equality (schema sequences are ordered).");
        Assert.True(left != right, "operator != must compare items.");
    }

    [Fact]
    public void Equals_DifferentCounts_IsFalse()
    {
        EquatableList<int> left = [1, 2];
        EquatableList<int> right = [1, 2, 3];

        Assert.NotEqual(left, right);
    }

    [Fact]
    public void Default_ComparedWithEmpty_IsEqualAndEmpty()
    {
        var defaultList = default(EquatableList<string>);

        Assert.Equal(EquatableList<string>.Empty, defaultList);
        Assert.True(defaultList.IsEmpty, "The default value must behave as an empty list.");
        Assert.Empty(defaultList);
    }

    [Fact]
    public void CollectionExpression_WithItems_KeepsThemInOrder()
    {
        EquatableList<string> list = ["x", "y", "z"];

        Assert.Equal(3, list.Count);
        Assert.Equal(["x", "y", "z"], list.ToArray());
        Assert.Equal("y", list[1]);
    }

    [Fact]
    public void Constructor_FromEnumerable_CopiesTheSource()
    {
        var source = new List<int> { 1, 2 };
        var list = new EquatableList<int>(source);

        source.Add(3);

        Assert.Equal(2, list.Count);
    }

    [Fact]
    public void ToEquatableList_FromSequence_EqualsCollectionExpression()
    {
        EquatableList<int> expected = [1, 2, 3];

        Assert.Equal(expected, Enumerable.Range(1, 3).ToEquatableList());
    }

    [Fact]
    public void ToString_WithItems_ShowsTypeAndCount()
    {
        EquatableList<CodedType> list = [Code("01"), Code("02")];

        Assert.Equal("EquatableList<CodedType>[2]", list.ToString());
    }

    [Fact]
    public void RecordEquals_RecordsWithEqualLists_AreEqual()
    {
        var left = new PatientType
        {
            SupportedPatients = [Code("01"), Code("02")],
            MinimumAge = new Measurement { Value = 0, Unit = Code("a") },
            MaximumAge = new Measurement { Value = 120, Unit = Code("a") },
            Record = new Metadata { Created = DateTimeOffset.UnixEpoch, Updated = DateTimeOffset.UnixEpoch, Status = "Ok" },
        };
        var right = left with { SupportedPatients = [Code("01"), Code("02")] };

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void RecordEquals_RecordsWithDifferentListItems_AreNotEqual()
    {
        var left = new FacilityExtension
        {
            ActivityTypes = [Code("01")],
            CareMode = Code("03"),
            PatientType = new PatientType
            {
                MinimumAge = new Measurement { Value = 0, Unit = Code("a") },
                MaximumAge = new Measurement { Value = 17, Unit = Code("a") },
                Record = new Metadata { Created = DateTimeOffset.UnixEpoch, Updated = DateTimeOffset.UnixEpoch, Status = "Ok" },
            },
            IsSensitiveUnit = false,
        };
        var right = left with { ActivityTypes = [Code("02")] };

        Assert.NotEqual(left, right);
    }

    [Fact]
    public void Foreach_ListOfItems_GivesThemInOrderWithoutAllocating()
    {
        EquatableList<CodedType> list = [Code("01"), Code("02"), Code("03")];
        var codes = new string[3];
        Fill(list, codes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = Fill(list, codes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(3, count);
        Assert.Equal(["01", "02", "03"], codes);
        Assert.Equal(0L, allocated);
    }

    [Fact]
    public void Enumerators_DefaultEmptyAndFullLists_AgreeWithTheInterfaceEnumerator()
    {
        EquatableList<CodedType> full = [Code("01"), Code("02")];
        foreach (var list in new[] { default, EquatableList<CodedType>.Empty, full })
        {
            var items = new List<CodedType>();
            var enumerator = list.GetEnumerator();
            while (enumerator.MoveNext())
            {
                items.Add(enumerator.Current);
            }

            Assert.False(enumerator.MoveNext());
            Assert.Equal(((IEnumerable<CodedType>)list).ToList(), items);
            Assert.Equal(list.Count, ((System.Collections.IEnumerable)list).Cast<CodedType>().Count());
        }
    }

    private static int Fill(EquatableList<CodedType> list, string[] codes)
    {
        var count = 0;
        foreach (var item in list)
        {
            codes[count++] = item.Code;
        }

        return count;
    }
}
