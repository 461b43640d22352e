using System.Xml.Linq;

namespace Ror.Client.Csd.Tests.Models;

/// <summary>A flat outline of the complex types of the official CSD XSD, read with LINQ to XML.</summary>
internal sealed class XsdOutline
{
    public static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private readonly XElement _schema;
    private readonly XNamespace _target;
    private readonly Dictionary<string, XsdComplexType> _types = new(StringComparer.Ordinal);

    private XsdOutline(XDocument document)
    {
        _schema = document.Root ?? throw new InvalidOperationException("The XSD has no root element.");
        _target = (string?)_schema.Attribute("targetNamespace") ?? string.Empty;
        foreach (var complexType in _schema.Elements(Xs + "complexType"))
        {
            Register(Name(complexType), complexType, isNamed: true);
        }

        foreach (var element in _schema.Elements(Xs + "element"))
        {
            var inline = element.Element(Xs + "complexType");
            if (inline is not null)
            {
                Register(Name(element), inline, isNamed: false);
            }

            GlobalElements.Add(Name(element));
        }
    }

    public static string SchemaDirectory => Path.Combine(AppContext.BaseDirectory, "Schemas");

    /// <summary>Every complex type (named ones by name, anonymous ones by path), wrappers and simple-text ones included.</summary>
    public IReadOnlyDictionary<string, XsdComplexType> Types => _types;

    /// <summary>The names of the global elements.</summary>
    public HashSet<string> GlobalElements { get; } = new(StringComparer.Ordinal);

    public static XsdOutline Load()
    {
        var path = Path.Combine(SchemaDirectory, "IHE_ProfilCSD-ExtensionROR_fr-v2.4.xsd");
        return new XsdOutline(XDocument.Load(path));
    }

    /// <summary>The names of the wrapper elements declared by the WSDL's embedded schema (namespace urn:asip:ror:2015).</summary>
    public static HashSet<string> LoadWsdlElements()
    {
        var wsdl = XDocument.Load(Path.Combine(SchemaDirectory, "ROR-v2.4.wsdl"));
        return wsdl.Descendants(Xs + "element").Select(Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The complex type and every base it extends, most derived first.</summary>
    public IEnumerable<XsdComplexType> WithBases(XsdComplexType type)
    {
        for (XsdComplexType? current = type; current is not null; current = current.BaseKey is null ? null : _types[current.BaseKey])
        {
            yield return current;
        }
    }

    private static string Name(XElement node) =>
        (string?)node.Attribute("name") ?? throw new InvalidOperationException($"Unnamed declaration: {node}");

    private XsdComplexType Register(string key, XElement complexType, bool isNamed)
    {
        var type = new XsdComplexType(key, isNamed);
        _types.Add(key, type);
        Collect(complexType, type, optional: false, list: false);
        return type;
    }

    private void Collect(XElement node, XsdComplexType type, bool optional, bool list)
    {
        foreach (var child in node.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "sequence":
                case "choice":
                case "all":
                    Collect(child, type, optional || MinOccurs(child) == 0, list || IsRepeated(child));
                    break;
                case "complexContent":
                case "simpleContent":
                    Collect(child, type, optional, list);
                    break;
                case "extension":
                case "restriction":
                    var baseName = Resolve(child, (string)child.Attribute("base")!);
                    if (baseName.Namespace == Xs)
                    {
                        type.HasTextContent = child.Parent!.Name.LocalName == "simpleContent";
                    }
                    else
                    {
                        type.BaseKey = baseName.LocalName;
                    }

                    Collect(child, type, optional, list);
                    break;
                case "element":
                    type.Elements.Add(ElementItem(child, type, optional, list));
                    break;
                case "attribute":
                    type.Attributes.Add(AttributeItem(child));
                    break;
                case "attributeGroup":
                    var groupName = Resolve(child, (string)child.Attribute("ref")!).LocalName;
                    var group = _schema.Elements(Xs + "attributeGroup").Single(g => Name(g) == groupName);
                    type.Attributes.AddRange(group.Elements(Xs + "attribute").Select(AttributeItem));
                    break;
                case "anyAttribute":
                    type.HasAnyAttribute = true;
                    break;
                case "any":
                    type.HasAnyElement = true;
                    break;
            }
        }
    }

    private XsdItem ElementItem(XElement element, XsdComplexType owner, bool optional, bool list)
    {
        var isOptional = optional || MinOccurs(element) == 0;
        var isList = list || IsRepeated(element);
        var reference = (string?)element.Attribute("ref");
        if (reference is not null)
        {
            var name = Resolve(element, reference);
            string? typeName = null;
            if (name.Namespace == _target)
            {
                var global = _schema.Elements(Xs + "element").Single(e => Name(e) == name.LocalName);
                typeName = (string?)global.Attribute("type") is { } t ? Resolve(global, t).LocalName : name.LocalName;
            }

            return new XsdItem(name.LocalName, name.NamespaceName, typeName, BuiltIn: name.Namespace == _target ? null : "anyType", isOptional, isList);
        }

        var localName = Name(element);
        var inline = element.Element(Xs + "complexType");
        if (inline is not null)
        {
            var nested = Register($"{owner.Key}/{localName}", inline, isNamed: false);
            if (nested.IsSimpleText)
            {
                return new XsdItem(localName, _target.NamespaceName, null, "string", isOptional, isList);
            }

            return new XsdItem(localName, _target.NamespaceName, nested.Key, null, isOptional, isList);
        }

        var declaredType = (string?)element.Attribute("type");
        if (declaredType is null)
        {
            return new XsdItem(localName, _target.NamespaceName, null, "anyType", isOptional, isList);
        }

        var resolved = Resolve(element, declaredType);
        return resolved.Namespace == Xs
            ? new XsdItem(localName, _target.NamespaceName, null, resolved.LocalName, isOptional, isList)
            : new XsdItem(localName, _target.NamespaceName, resolved.LocalName, null, isOptional, isList);
    }

    private static XsdItem AttributeItem(XElement attribute)
    {
        var reference = (string?)attribute.Attribute("ref");
        if (reference is not null)
        {
            var name = Resolve(attribute, reference);
            return new XsdItem(name.LocalName, name.NamespaceName, null, "string", IsOptional: true, IsList: false);
        }

        var declaredType = (string?)attribute.Attribute("type");
        var builtIn = declaredType is null ? "anySimpleType" : Resolve(attribute, declaredType) is var n && n.Namespace == Xs ? n.LocalName : "list";
        var optional = (string?)attribute.Attribute("use") != "required";
        return new XsdItem(Name(attribute), string.Empty, null, builtIn, optional, IsList: false);
    }

    private static XName Resolve(XElement context, string qualifiedName)
    {
        var colon = qualifiedName.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return context.GetDefaultNamespace() + qualifiedName;
        }

        var prefix = qualifiedName[..colon];
        var ns = prefix == "xml" ? XNamespace.Xml : context.GetNamespaceOfPrefix(prefix)
            ?? throw new InvalidOperationException($"Unknown prefix in {qualifiedName}");
        return ns + qualifiedName[(colon + 1)..];
    }

    private static int MinOccurs(XElement node) => (string?)node.Attribute("minOccurs") is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 1;

    private static bool IsRepeated(XElement node) => (string?)node.Attribute("maxOccurs") is { } value && value != "1";
}

/// <summary>One complex type of the XSD, identified by name or by path.</summary>
internal sealed class XsdComplexType(string key, bool isNamed)
{
    public string Key { get; } = key;

    public bool IsNamed { get; } = isNamed;

    public string? BaseKey { get; set; }

    public List<XsdItem> Elements { get; } = [];

    public List<XsdItem> Attributes { get; } = [];

    public bool HasTextContent { get; set; }

    public bool HasAnyAttribute { get; set; }

    public bool HasAnyElement { get; set; }

    /// <summary>Simple content with no attribute: just a string (e.g. <c>name/commonName</c>).</summary>
    public bool IsSimpleText => HasTextContent && Attributes.Count == 0 && !HasAnyAttribute && BaseKey is null;

    /// <summary>An anonymous element whose only content is one repeated child (the directories, <c>facility/organizations</c>…).</summary>
    public bool IsWrapper => !IsNamed && Elements.Count == 1 && Elements[0].IsList && Attributes.Count == 0
        && !HasAnyAttribute && !HasAnyElement && !HasTextContent && BaseKey is null && Key.Contains('/', StringComparison.Ordinal);
}

/// <summary>An element or attribute declared by a complex type.</summary>
/// <param name="Name">Local name.</param>
/// <param name="Namespace">Namespace (empty for unqualified attributes).</param>
/// <param name="TypeKey">Key of its complex type, when it has one.</param>
/// <param name="BuiltIn">Local name of its built-in XSD type, when it has one.</param>
/// <param name="IsOptional">May be absent.</param>
/// <param name="IsList">May repeat.</param>
internal sealed record XsdItem(string Name, string Namespace, string? TypeKey, string? BuiltIn, bool IsOptional, bool IsList);
