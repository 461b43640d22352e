using System.Xml;
using System.Xml.Schema;
using Ror.Client.Csd.Validation;

namespace Ror.Client.Csd.Tests.Writing;

/// <summary>
/// Lists the element and attribute declarations of the compiled ROR CSD schema, per complex type, and finds which of them a
/// set of XML documents uses. A declaration is keyed by its complex type (named, or the path of an anonymous type) and the
/// qualified name of the child element or attribute: <c>facilityExtension/annualOpenning</c>, <c>accommodationCapacity/beds/@avaible</c>.
/// </summary>
internal sealed class XsdCoverage
{
    private readonly Dictionary<XmlSchemaType, string> _typeNames = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public XsdCoverage()
    {
        foreach (XmlSchemaElement element in CsdSchemaValidator.SchemaSet.GlobalElements.Values)
        {
            if (element.QualifiedName.Namespace is CsdNamespaces.Csd or CsdNamespaces.Ror)
            {
                Visit(element.ElementSchemaType, element.QualifiedName.Name);
            }
        }
    }

    /// <summary>Every declaration reachable from the ROR message elements.</summary>
    public IReadOnlySet<string> Declared => _declared;

    /// <summary>Records the declarations that <paramref name="xml"/> uses (it must validate).</summary>
    public void Observe(string xml)
    {
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = CsdSchemaValidator.SchemaSet,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, settings);
        var parents = new Stack<XmlSchemaType?>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                parents.Pop();
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var type = reader.SchemaInfo?.SchemaType;
            if (parents.Count > 0 && parents.Peek() is { } parent && _typeNames.TryGetValue(parent, out var parentName))
            {
                _used.Add($"{parentName}/{Name(reader.NamespaceURI, reader.LocalName)}");
            }

            if (type is not null && _typeNames.TryGetValue(type, out var typeName) && reader.MoveToFirstAttribute())
            {
                do
                {
                    if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                    {
                        _used.Add($"{typeName}/@{Name(reader.NamespaceURI, reader.LocalName)}");
                    }
                }
                while (reader.MoveToNextAttribute());
                reader.MoveToElement();
            }

            if (!reader.IsEmptyElement)
            {
                parents.Push(type);
            }
        }
    }

    /// <summary>The declarations no observed document used.</summary>
    public IReadOnlyList<string> Missing() => _declared.Where(key => !_used.Contains(key)).Order(StringComparer.Ordinal).ToList();

    private void Visit(XmlSchemaType? type, string path)
    {
        if (type is not XmlSchemaComplexType complexType || _typeNames.ContainsKey(complexType))
        {
            return;
        }

        var name = complexType.QualifiedName.IsEmpty ? path : complexType.QualifiedName.Name;
        _typeNames.Add(complexType, name);
        foreach (XmlSchemaAttribute attribute in complexType.AttributeUses.Values)
        {
            _declared.Add($"{name}/@{Name(attribute.QualifiedName.Namespace, attribute.QualifiedName.Name)}");
        }

        VisitParticle(complexType.ContentTypeParticle, name);
    }

    private void VisitParticle(XmlSchemaParticle? particle, string typeName)
    {
        switch (particle)
        {
            case XmlSchemaElement element:
                _declared.Add($"{typeName}/{Name(element.QualifiedName.Namespace, element.QualifiedName.Name)}");
                Visit(element.ElementSchemaType, $"{typeName}/{element.QualifiedName.Name}");
                break;
            case XmlSchemaGroupBase group:
                foreach (XmlSchemaParticle item in group.Items)
                {
                    VisitParticle(item, typeName);
                }

                break;
        }
    }

    // Names in the CSD namespace, and unqualified attributes, are written bare; others keep their namespace.
    private static string Name(string ns, string localName) =>
        ns.Length == 0 || ns == CsdNamespaces.Csd ? localName : $"{{{ns}}}{localName}";
}
