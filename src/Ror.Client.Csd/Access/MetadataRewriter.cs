using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Access;

/// <summary>
/// Rewrites every <see cref="Metadata"/> (<c>record</c>) inside a model, wherever it sits, and rebuilds only
/// the records on the way (the rest is shared). Paths are built from the wire names of the marker attributes.
/// </summary>
internal static class MetadataRewriter
{
    private static readonly ConcurrentDictionary<Type, bool> MayContainCache = new();
    private static readonly ConcurrentDictionary<Type, PropertyPlan[]> PlanCache = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo> CloneCache = new();
    private static readonly ConcurrentDictionary<Type, ConstructorInfo> ListConstructorCache = new();

    /// <summary>Rewrites the records of <paramref name="value"/>.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="value">The model.</param>
    /// <param name="path">The path of <paramref name="value"/>.</param>
    /// <param name="rewrite">Returns the record to keep (the same instance when nothing changes).</param>
    /// <returns>The rewritten model, or <paramref name="value"/> itself when no record changed.</returns>
    public static T Rewrite<T>(T value, string path, Func<Metadata, string, Metadata> rewrite)
        where T : class => (T)RewriteObject(value, path, rewrite);

    private static object RewriteObject(object value, string path, Func<Metadata, string, Metadata> rewrite)
    {
        if (value is Metadata metadata)
        {
            return rewrite(metadata, path);
        }

        var type = value.GetType();
        if (!MayContainMetadata(type))
        {
            return value;
        }

        object? clone = null;
        foreach (var plan in PlanCache.GetOrAdd(type, BuildPlan))
        {
            var current = plan.Property.GetValue(value);
            if (current is null)
            {
                continue;
            }

            var childPath = path + "/" + plan.NameFor(current);
            var updated = plan.ElementType is { } elementType
                ? RewriteList(current, elementType, childPath, rewrite)
                : RewriteObject(current, childPath, rewrite);
            if (!ReferenceEquals(updated, current))
            {
                clone ??= CloneCache.GetOrAdd(type, t => t.GetMethod("<Clone>$", Type.EmptyTypes)
                    ?? throw new InvalidOperationException($"{t.Name} is not a record.")).Invoke(value, null)!;
                plan.Property.SetValue(clone, updated);
            }
        }

        return clone ?? value;
    }

    private static object RewriteList(object list, Type elementType, string path, Func<Metadata, string, Metadata> rewrite)
    {
        var items = ((IEnumerable)list).Cast<object?>().ToArray();
        object?[]? updatedItems = null;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not { } item)
            {
                continue;
            }

            var updated = RewriteObject(item, items.Length > 1 ? $"{path}[{i + 1}]" : path, rewrite);
            if (!ReferenceEquals(updated, item))
            {
                updatedItems ??= (object?[])items.Clone();
                updatedItems[i] = updated;
            }
        }

        if (updatedItems is null)
        {
            return list;
        }

        var array = Array.CreateInstance(elementType, updatedItems.Length);
        Array.Copy(updatedItems, array, updatedItems.Length);
        var constructor = ListConstructorCache.GetOrAdd(list.GetType(), t =>
            t.GetConstructor([typeof(IEnumerable<>).MakeGenericType(elementType)])
            ?? throw new InvalidOperationException($"{t.Name} has no constructor from a sequence."));
        return constructor.Invoke([array]);
    }

    private static bool MayContainMetadata(Type type) =>
        MayContainCache.GetOrAdd(type, static t => ReachesMetadata(t, []));

    /// <summary>Whether a <see cref="Metadata"/> is reachable from a type (depth-first over property types).</summary>
    private static bool ReachesMetadata(Type type, HashSet<Type> visited)
    {
        if (!visited.Add(type))
        {
            // Already explored on this search: if it reached Metadata the search has already answered.
            return false;
        }

        if (type == typeof(Metadata))
        {
            return true;
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(TimeOnly))
        {
            return false;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return ReachesMetadata(underlying, visited);
        }

        if (ListElementType(type) is { } elementType)
        {
            return ReachesMetadata(elementType, visited);
        }

        if (type.IsAbstract || (type.IsClass && !type.IsSealed && type != typeof(object)))
        {
            // A choice (abstract record): decided on the runtime type of each value.
            return true;
        }

        return type.Namespace == typeof(Metadata).Namespace
            && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => ReachesMetadata(p.PropertyType, visited));
    }

    private static PropertyPlan[] BuildPlan(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && MayContainMetadata(p.PropertyType))
            .Select(p => new PropertyPlan(p, ListElementType(p.PropertyType), p.GetCustomAttributes<CsdElementNameAttribute>().ToArray())),
    ];

    private static Type? ListElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableList<>) ? type.GetGenericArguments()[0] : null;

    private sealed record PropertyPlan(PropertyInfo Property, Type? ElementType, CsdElementNameAttribute[] Names)
    {
        public string NameFor(object value)
        {
            var runtimeType = value.GetType();
            var name = Names.FirstOrDefault(n => n.ChoiceType == runtimeType) ?? Names.FirstOrDefault();
            if (name is null)
            {
                return char.ToLowerInvariant(Property.Name[0]) + Property.Name[1..];
            }

            return name.ItemName is { } item ? $"{name.Name}/{item}" : name.Name;
        }
    }
}
