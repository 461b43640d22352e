namespace Ror.Client.Csd.Serialization;

/// <summary>
/// Marks the property that holds the text content of an element whose XSD type has simple content
/// (the label of a <c>codedtype</c>, the text of an <c>addressLine</c>, of an <c>error</c>…).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CsdTextContentAttribute : Attribute
{
}
