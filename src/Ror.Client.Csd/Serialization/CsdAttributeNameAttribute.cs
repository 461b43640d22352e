namespace Ror.Client.Csd.Serialization;

/// <summary>
/// Names the XML attribute that carries a model property on the wire, exactly as spelled in the schema
/// (for example <c>avaible</c> for <c>BedCapacity.Available</c>).
/// </summary>
/// <remarks>Attributes are unqualified unless <see cref="Namespace"/> says otherwise (<c>xml:lang</c>).</remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CsdAttributeNameAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="name">The attribute local name, exactly as spelled in the schema.</param>
    public CsdAttributeNameAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The attribute local name, exactly as spelled in the schema.</summary>
    public string Name { get; }

    /// <summary>The attribute namespace; <see langword="null"/> for an unqualified attribute.</summary>
    public string? Namespace { get; set; }
}
