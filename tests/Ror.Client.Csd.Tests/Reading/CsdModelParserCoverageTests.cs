using System.Reflection;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Reading;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdModelParserCoverageTests
{
    public static TheoryData<string> ModelTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(CsdDocument).Assembly.GetTypes()
                     .Where(t => t.Namespace == typeof(CsdDocument).Namespace && t.IsClass && !t.IsNested && t.IsPublic && t != typeof(ExtraAttribute))
                     .Where(t => !t.IsAbstract || t == typeof(NativeContact) || t == typeof(CareServicesFunctionCall))
                     .OrderBy(t => t.Name))
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void CsdModelParser_EveryModelType_HasItsParseMethod(string typeName)
    {
        var method = typeof(CsdModelParser).GetMethod("Parse" + typeName, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes);

        Assert.True(method is not null, $"The reader has no Parse{typeName}() method: a model type was added or renamed without its parse method.");
        Assert.Equal(typeName, (Nullable.GetUnderlyingType(method.ReturnType) ?? method.ReturnType).Name);
    }
}
