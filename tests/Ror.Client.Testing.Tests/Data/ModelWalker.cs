using System.Collections;
using System.Reflection;

namespace Ror.Client.Testing.Tests.Data;

/// <summary>Finds every value of a given type inside a model graph (records, lists), by reflection.</summary>
internal static class ModelWalker
{
    public static IEnumerable<T> All<T>(object? root)
    {
        var found = new List<T>();
        Walk(root, found);
        return found;
    }

    private static void Walk<T>(object? value, List<T> found)
    {
        switch (value)
        {
            case null or string:
                return;
            case T match:
                found.Add(match);
                break;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                Walk(item, found);
            }

            return;
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("Ror.Client", StringComparison.Ordinal) != true || type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name is not ("EqualityContract" or "LastUpdated" or "StructureId"))
            {
                Walk(property.GetValue(value), found);
            }
        }
    }
}
