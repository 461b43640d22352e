namespace Ror.Client.Csd.Serialization;

/// <summary>
/// Names an element that is <b>not</b> declared by the ROR CSD 2.4 schema at this place but that some
/// servers send anyway; readers accept it, schema-conformant writers do not emit it.
/// </summary>
/// <remarks>The element is in the namespace <see cref="CsdNamespaces.Csd"/>.</remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CsdToleratedElementAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="name">The element local name as sent by those servers.</param>
    public CsdToleratedElementAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The element local name as sent by those servers.</summary>
    public string Name { get; }
}
