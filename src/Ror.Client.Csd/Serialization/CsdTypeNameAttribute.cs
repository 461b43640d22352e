namespace Ror.Client.Csd.Serialization;

/// <summary>
/// Names the XSD complex type of the ROR CSD 2.4 schema that a model type represents.
/// </summary>
/// <remarks>
/// A named XSD type is given by its exact name (<c>codedtype</c>, <c>mesurement</c>). An anonymous
/// type nested in an element is given by its path from the enclosing named type or global element,
/// segments separated by <c>/</c> (<c>accommodationCapacity/beds</c>,
/// <c>facility/organizations/organization</c>). A model type may represent several XSD types that have
/// the same content; it then carries this attribute once per XSD type.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CsdTypeNameAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="name">The XSD type name, or the path of an anonymous type, exactly as spelled in the schema.</param>
    public CsdTypeNameAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The XSD type name, or the path of an anonymous type, exactly as spelled in the schema.</summary>
    public string Name { get; }
}
