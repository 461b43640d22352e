using System.Xml;

namespace Ror.Client.Csd;

/// <summary>
/// What <see cref="CsdContentWriter"/> writes XML through: either an <see cref="XmlWriter"/> (<see cref="XmlWriterSink"/>)
/// or, for stream output in UTF-8, UTF-8 bytes formatted straight into the output buffer (<see cref="Utf8XmlSink"/>).
/// Elements named without a namespace are in the CSD namespace.
/// </summary>
internal abstract class XmlSink
{
    /// <summary>The underlying XML writer, for the XML writer sink only.</summary>
    public abstract XmlWriter Writer { get; }

    /// <summary>Starts an element of the CSD namespace.</summary>
    public abstract void StartElement(string localName);

    /// <summary>Starts an element with a prefix and namespace.</summary>
    public abstract void StartElement(string prefix, string localName, string ns);

    /// <summary>Ends the element being written (<c> /&gt;</c> when it has no content).</summary>
    public abstract void EndElement();

    /// <summary>Writes an attribute without namespace; null is written as an empty value.</summary>
    public abstract void Attribute(string localName, string? value);

    /// <summary>Writes an attribute with a prefix (<c>xml:lang</c>).</summary>
    public abstract void Attribute(string prefix, string localName, string ns, string? value);

    /// <summary>Writes an attribute in a namespace whose prefix the writer chooses.</summary>
    public abstract void Attribute(string localName, string ns, string? value);

    /// <summary>Declares <paramref name="ns"/> as the default namespace on the element just started, unless it already is.</summary>
    public abstract void DeclareDefaultNamespace(string ns);

    /// <summary>Starts an attribute whose value follows through <see cref="Ascii"/>.</summary>
    public abstract void StartAttribute(string localName);

    /// <summary>Ends the attribute started by <see cref="StartAttribute"/>.</summary>
    public abstract void EndAttribute();

    /// <summary>Writes text content, escaped; null or empty still closes the start tag.</summary>
    public abstract void Text(string? value);

    /// <summary>Writes characters that never need escaping (formatted numbers and dates), as content or attribute value.</summary>
    public abstract void Ascii(ReadOnlySpan<char> value);

    /// <summary>Copies the nodes of a reader (raw XML fragments held by models).</summary>
    public abstract void Node(XmlReader reader);

    /// <summary>Called before content that the UTF-8 sink does not format itself (extra attributes, raw fragments).</summary>
    public abstract void RequireXmlWriter();
}
