namespace Ror.Client.Csd;

/// <summary>
/// Thrown by <see cref="Utf8XmlSink"/> when an entity holds content it leaves to an <see cref="System.Xml.XmlWriter"/>
/// (extra attributes, raw fragments): the streaming writer then writes that entity again through one. Never leaves the library.
/// </summary>
internal sealed class XmlWriterRequiredException : Exception
{
    public XmlWriterRequiredException()
        : base("This content is written through an XmlWriter.")
    {
    }

    public XmlWriterRequiredException(string message)
        : base(message)
    {
    }

    public XmlWriterRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
