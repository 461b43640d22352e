using System.Reflection;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Tests.Models;

/// <summary>
/// Checks the models against the official XSD in both directions: every complex type, element and attribute
/// of the schema has a model type and property with the exact wire name, of a matching CLR type and
/// cardinality; and every wire-name marker names something the schema declares.
/// </summary>
public sealed class SchemaCoverageTests
{
    private static readonly XsdOutline Schema = XsdOutline.Load();

    private static readonly Type[] ModelTypes = typeof(CodedType).Assembly.GetTypes()
        .Where(t => t.IsPublic && t.Namespace == typeof(CodedType).Namespace)
        .ToArray();

    private static readonly Dictionary<string, Type> BuiltIns = new(StringComparer.Ordinal)
    {
        ["string"] = typeof(string),
        ["anyURI"] = typeof(string),
        ["anyType"] = typeof(string),
        ["anySimpleType"] = typeof(string),
        ["list"] = typeof(string),
        ["integer"] = typeof(int),
        ["decimal"] = typeof(decimal),
        ["double"] = typeof(double),
        ["boolean"] = typeof(bool),
        ["dateTime"] = typeof(DateTimeOffset),
        ["date"] = typeof(DateOnly),
        ["time"] = typeof(TimeOnly),
    };

    [Fact]
    public void Schema_WhenWalked_FindsEveryNamedComplexType()
    {
        var named = Schema.Types.Values.Count(t => t.IsNamed);
        var anonymous = Schema.Types.Values.Count(t => !t.IsNamed);

        // 61 live named types: a 62nd, ErrorCode, is commented out in the XSD.
        Assert.True(named == 61, $"The official XSD declares 61 named complex types; the walker found {named}.");
        Assert.True(anonymous == 29, $"The official XSD declares 29 anonymous complex types; the walker found {anonymous}.");
    }

    [Fact]
    public void ComplexTypes_EveryOneOfTheSchema_HasAModelType()
    {
        var models = ModelTypesByKey();
        var missing = ModelledSchemaTypes()
            .Where(t => !models.ContainsKey(t.Key))
            .Select(t => $"  complex type '{t.Key}' has no model type with [CsdTypeName(\"{t.Key}\")]")
            .ToList();

        Assert.True(missing.Count == 0, "Unmapped complex types:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void ElementsAndAttributes_EveryOneOfTheSchema_HasAMatchingProperty()
    {
        var models = ModelTypesByKey();
        var failures = new List<string>();
        foreach (var complexType in ModelledSchemaTypes())
        {
            if (!models.TryGetValue(complexType.Key, out var model))
            {
                continue;
            }

            var properties = Family(model).SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)).Distinct().ToList();
            foreach (var declaring in Schema.WithBases(complexType))
            {
                CheckElements(complexType.Key, model, declaring, properties, failures);
                CheckAttributes(complexType.Key, model, declaring, properties, failures);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} schema items are not mapped correctly:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void TypeNameMarkers_EveryOne_NamesAModelledComplexTypeOfTheSchema()
    {
        var modelled = ModelledSchemaTypes().Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var unknown = ModelTypes
            .SelectMany(t => t.GetCustomAttributes<CsdTypeNameAttribute>(inherit: false).Select(a => (Type: t, a.Name)))
            .Where(x => !modelled.Contains(x.Name))
            .Select(x => $"  {x.Type.Name}: [CsdTypeName(\"{x.Name}\")] names no complex type of the XSD")
            .ToList();

        Assert.True(unknown.Count == 0, "Unknown type names:\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void PropertyMarkers_EveryOne_NamesAnElementOrAttributeDeclaredByTheMappedType()
    {
        var failures = new List<string>();
        foreach (var model in ModelTypes)
        {
            var declared = model.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            var markers = declared.Where(p => p.IsDefined(typeof(CsdElementNameAttribute)) || p.IsDefined(typeof(CsdAttributeNameAttribute))).ToList();
            if (markers.Count == 0)
            {
                continue;
            }

            var keys = TypeKeysOf(model);
            if (keys.Count == 0)
            {
                failures.Add($"  {model.Name}: has wire-name markers but neither it nor a base type has [CsdTypeName]");
                continue;
            }

            var schemaTypes = keys.SelectMany(k => Schema.WithBases(Schema.Types[k])).ToList();
            foreach (var property in markers)
            {
                foreach (var element in property.GetCustomAttributes<CsdElementNameAttribute>())
                {
                    var ns = element.Namespace ?? CsdNamespaces.Csd;
                    if (!schemaTypes.Any(t => t.Elements.Any(e => e.Name == element.Name && e.Namespace == ns)))
                    {
                        failures.Add($"  {model.Name}.{property.Name}: [CsdElementName(\"{element.Name}\")] is not declared by {string.Join(", ", keys)}");
                    }
                }

                if (property.GetCustomAttribute<CsdAttributeNameAttribute>() is { } attribute
                    && !schemaTypes.Any(t => t.Attributes.Any(a => a.Name == attribute.Name && a.Namespace == (attribute.Namespace ?? string.Empty))))
                {
                    failures.Add($"  {model.Name}.{property.Name}: [CsdAttributeName(\"{attribute.Name}\")] is not declared by {string.Join(", ", keys)}");
                }
            }
        }

        Assert.True(failures.Count == 0, "Markers naming nothing in the XSD:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void RootElementMarkers_EveryOne_NamesAGlobalElementOfTheSchemaOrWsdl()
    {
        var wsdlElements = XsdOutline.LoadWsdlElements();
        var failures = ModelTypes
            .SelectMany(t => t.GetCustomAttributes<CsdElementNameAttribute>(inherit: false).Select(a => (Type: t, Attribute: a)))
            .Where(x => x.Attribute.Namespace switch
            {
                null or CsdNamespaces.Csd => !Schema.GlobalElements.Contains(x.Attribute.Name),
                CsdNamespaces.Ror => !wsdlElements.Contains(x.Attribute.Name),
                _ => true,
            })
            .Select(x => $"  {x.Type.Name}: [CsdElementName(\"{x.Attribute.Name}\")] is not a global element")
            .ToList();

        Assert.True(failures.Count == 0, "Unknown root elements:\n" + string.Join('\n', failures));
        Assert.Contains(ModelTypes, t => t.GetCustomAttributes<CsdElementNameAttribute>(inherit: false).Any(a => a.Name == "CSD"));
    }

    [Fact]
    public void ToleratedElementMarkers_EveryOne_NamesAnElementTheSchemaDoesNotDeclareThere()
    {
        var tolerated = ModelTypes
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p, Attribute: p.GetCustomAttribute<CsdToleratedElementAttribute>())))
            .Where(x => x.Attribute is not null)
            .ToList();

        Assert.NotEmpty(tolerated);
        foreach (var (type, property, attribute) in tolerated)
        {
            var declared = TypeKeysOf(type).SelectMany(k => Schema.Types[k].Elements).Any(e => e.Name == attribute!.Name);
            Assert.False(declared, $"{type.Name}.{property.Name} is marked tolerated but the XSD declares '{attribute!.Name}' there: use [CsdElementName].");
            Assert.True(IsList(property.PropertyType) || IsNullable(property), $"{type.Name}.{property.Name}: a tolerated element must be optional.");
        }
    }

    private static IEnumerable<XsdComplexType> ModelledSchemaTypes() =>
        Schema.Types.Values.Where(t => !t.IsWrapper && !t.IsSimpleText);

    private static Dictionary<string, Type> ModelTypesByKey()
    {
        var map = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in ModelTypes)
        {
            foreach (var name in type.GetCustomAttributes<CsdTypeNameAttribute>(inherit: false))
            {
                Assert.True(map.TryAdd(name.Name, type), $"[CsdTypeName(\"{name.Name}\")] is on both {map.GetValueOrDefault(name.Name)?.Name} and {type.Name}.");
            }
        }

        return map;
    }

    /// <summary>The XSD types a model type stands for: its own [CsdTypeName] or, failing that, its nearest base's.</summary>
    private static List<string> TypeKeysOf(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var names = current.GetCustomAttributes<CsdTypeNameAttribute>(inherit: false).Select(a => a.Name).ToList();
            if (names.Count > 0)
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>The model type, its bases and every type derived from it (alternatives of a choice).</summary>
    private static IEnumerable<Type> Family(Type model) => ModelTypes.Where(t => model.IsAssignableFrom(t)).Append(model).Distinct();

    private static void CheckElements(string key, Type model, XsdComplexType declaring, List<PropertyInfo> properties, List<string> failures)
    {
        foreach (var element in declaring.Elements)
        {
            var matches = properties
                .SelectMany(p => p.GetCustomAttributes<CsdElementNameAttribute>().Select(a => (Property: p, Attribute: a)))
                .Where(x => x.Attribute.Name == element.Name && (x.Attribute.Namespace ?? CsdNamespaces.Csd) == element.Namespace)
                .ToList();
            if (matches.Count == 0)
            {
                failures.Add($"  {key}: element '{element.Name}' has no property with [CsdElementName(\"{element.Name}\")] on {model.Name} (or its base/derived types)");
                continue;
            }

            foreach (var (property, attribute) in matches)
            {
                var where = $"  {key}: element '{element.Name}' → {property.DeclaringType!.Name}.{property.Name}";
                if (element.TypeKey is not null && Schema.Types[element.TypeKey].IsWrapper)
                {
                    var item = Schema.Types[element.TypeKey].Elements[0];
                    if (attribute.ItemName != item.Name)
                    {
                        failures.Add($"{where}: wrapper element needs ItemName = \"{item.Name}\"");
                    }
                    else if (!IsList(property.PropertyType) || !Matches(item, ItemType(property.PropertyType)))
                    {
                        failures.Add($"{where}: wrapper of '{item.Name}' needs a list of its model type, found {property.PropertyType.Name}");
                    }

                    continue;
                }

                if (attribute.ItemName is not null)
                {
                    failures.Add($"{where}: ItemName is set but the element is not a wrapper");
                }

                CheckShape(where, element, property, attribute.ChoiceType, failures);
            }
        }

        if (declaring.HasAnyElement && !properties.Any(p => p.Name == "LocalElement" && p.PropertyType == typeof(string)))
        {
            failures.Add($"  {key}: xs:any needs a string property LocalElement on {model.Name}");
        }

        if (declaring.HasTextContent && !properties.Any(p => p.IsDefined(typeof(CsdTextContentAttribute)) && p.PropertyType == typeof(string)))
        {
            failures.Add($"  {key}: simple content needs a string property with [CsdTextContent] on {model.Name}");
        }
    }

    private static void CheckAttributes(string key, Type model, XsdComplexType declaring, List<PropertyInfo> properties, List<string> failures)
    {
        foreach (var attribute in declaring.Attributes)
        {
            var property = properties.FirstOrDefault(p => p.GetCustomAttribute<CsdAttributeNameAttribute>() is { } a
                && a.Name == attribute.Name && (a.Namespace ?? string.Empty) == attribute.Namespace);
            if (property is null)
            {
                failures.Add($"  {key}: attribute '{attribute.Name}' has no property with [CsdAttributeName(\"{attribute.Name}\")] on {model.Name} (or its base types)");
                continue;
            }

            CheckShape($"  {key}: attribute '{attribute.Name}' → {model.Name}.{property.Name}", attribute, property, null, failures);
        }

        if (declaring.HasAnyAttribute && !properties.Any(p => p.Name == "ExtraAttributes" && p.PropertyType == typeof(EquatableList<ExtraAttribute>)))
        {
            failures.Add($"  {key}: xs:anyAttribute needs a property EquatableList<ExtraAttribute> ExtraAttributes on {model.Name}");
        }
    }

    private static void CheckShape(string where, XsdItem item, PropertyInfo property, Type? choiceType, List<string> failures)
    {
        var isList = IsList(property.PropertyType);
        if (item.IsList != isList)
        {
            failures.Add($"{where}: {(item.IsList ? "repeats, needs an EquatableList" : "does not repeat, must not be a list")}");
            return;
        }

        if (!isList)
        {
            var nullable = IsNullable(property);
            if (item.IsOptional != nullable)
            {
                failures.Add($"{where}: is {(item.IsOptional ? "optional, needs a nullable type" : "required, must not be nullable")}");
            }
        }

        var clrType = choiceType ?? ItemType(property.PropertyType);
        if (choiceType is not null && !property.PropertyType.IsAssignableFrom(choiceType))
        {
            failures.Add($"{where}: ChoiceType {choiceType.Name} does not derive from {property.PropertyType.Name}");
        }

        if (!Matches(item, clrType))
        {
            failures.Add($"{where}: XSD type '{item.TypeKey ?? item.BuiltIn}' does not match CLR type {clrType.Name}");
        }
    }

    private static bool Matches(XsdItem item, Type clrType) =>
        item.BuiltIn is not null
            ? BuiltIns.TryGetValue(item.BuiltIn, out var expected) && expected == clrType
            : TypeKeysOf(clrType).Contains(item.TypeKey!);

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableList<>);

    private static Type ItemType(Type type) =>
        IsList(type) ? type.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;

    private static bool IsNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;
}
