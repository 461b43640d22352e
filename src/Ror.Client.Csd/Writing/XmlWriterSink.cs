using System.Xml;

namespace Ror.Client.Csd;

/// <summary>An <see cref="XmlSink"/> over an <see cref="XmlWriter"/>: every call is the matching <see cref="XmlWriter"/> call.</summary>
internal sealed class XmlWriterSink : XmlSink
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly XmlWriter _xml;
    private char[] _chars = new char[64];

    public XmlWriterSink(XmlWriter xml)
    {
        _xml = xml;
    }

    public override XmlWriter Writer => _xml;

    public override void StartElement(string localName) => _xml.WriteStartElement(localName, CsdNamespaces.Csd);

    public override void StartElement(string prefix, string localName, string ns) => _xml.WriteStartElement(prefix, localName, ns);

    public override void EndElement() => _xml.WriteEndElement();

    public override void Attribute(string localName, string? value) => _xml.WriteAttributeString(localName, value);

    public override void Attribute(string prefix, string localName, string ns, string? value) => _xml.WriteAttributeString(prefix, localName, ns, value);

    public override void Attribute(string localName, string ns, string? value) => _xml.WriteAttributeString(localName, ns, value);

    public override void DeclareDefaultNamespace(string ns)
    {
        if (_xml.LookupPrefix(ns) != string.Empty)
        {
            _xml.WriteAttributeString("xmlns", XmlnsNamespace, ns);
        }
    }

    public override void StartAttribute(string localName) => _xml.WriteStartAttribute(localName);

    public override void EndAttribute() => _xml.WriteEndAttribute();

    public override void Text(string? value) => _xml.WriteString(value);

    public override void Ascii(ReadOnlySpan<char> value)
    {
        if (value.Length > _chars.Length)
        {
            _chars = new char[value.Length];
        }

        value.CopyTo(_chars);
        _xml.WriteChars(_chars, 0, value.Length);
    }

    public override void Node(XmlReader reader) => _xml.WriteNode(reader, defattr: true);

    public override void RequireXmlWriter()
    {
        // Everything goes through the XML writer already.
    }
}
