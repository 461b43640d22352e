namespace Ror.Client.Csd.Serialization;

/// <summary>
/// Names the XML element that carries a model property on the wire, exactly as spelled in the schema
/// (misspellings included: <c>annualOpenning</c>, <c>residentialCapactity</c>).
/// </summary>
/// <remarks>
/// <para>On a property: the child element. When the schema offers a choice of elements for the property,
/// the property carries this attribute once per alternative, each with its <see cref="ChoiceType"/>.</para>
/// <para>When the element is a wrapper whose only content is a repeated child (the five directories of
/// <c>CSD</c>, <c>facility/organizations</c>, <c>provider/facilities</c>…), the property is the list of
/// children and <see cref="ItemName"/> names the repeated child element.</para>
/// <para>On a type: the global element whose content the type represents (<c>CSD</c>,
/// <c>careServicesRequest</c>, the <c>urn:asip:ror:2015</c> wrappers of the WSDL).</para>
/// Elements are in the namespace <see cref="CsdNamespaces.Csd"/> unless <see cref="Namespace"/> says otherwise.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CsdElementNameAttribute : Attribute
{
    /// <summary>Creates the marker.</summary>
    /// <param name="name">The element local name, exactly as spelled in the schema.</param>
    public CsdElementNameAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The element local name, exactly as spelled in the schema.</summary>
    public string Name { get; }

    /// <summary>The element namespace; <see langword="null"/> means <see cref="CsdNamespaces.Csd"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary>For a choice: the model type that the element <see cref="Name"/> maps to.</summary>
    public Type? ChoiceType { get; set; }

    /// <summary>For a wrapper element: the local name of its repeated child element.</summary>
    public string? ItemName { get; set; }
}
