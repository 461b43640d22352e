using System.Xml;

namespace Ror.Client.Csd;

/// <summary>
/// Writes a SOAP 1.2 envelope (<c>env:Envelope</c>, optional <c>env:Header</c>, <c>env:Body</c>) around one ROR
/// message, as the ROR web service exchanges them.
/// </summary>
public static class CsdSoapEnvelope
{
    private const string Prefix = "env";

    /// <summary>Writes an envelope whose body is one ROR message (any message accepted by <see cref="CsdWriter.WriteMessage(XmlWriter, object, CsdWriterOptions?)"/>).</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="message">The message model written as the Body child.</param>
    /// <param name="writeHeader">Writes the content of <c>env:Header</c> (for instance a <c>wsse:Security</c> element); no header when <see langword="null"/>.</param>
    /// <param name="options">Value settings of the message.</param>
    public static void Write(XmlWriter writer, object message, Action<XmlWriter>? writeHeader = null, CsdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Write(writer, body => CsdWriter.WriteMessage(body, message, options), writeHeader);
    }

    /// <summary>Writes an envelope whose body content is produced by <paramref name="writeBody"/>.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="writeBody">Writes the Body child.</param>
    /// <param name="writeHeader">Writes the content of <c>env:Header</c>; no header when <see langword="null"/>.</param>
    public static void Write(XmlWriter writer, Action<XmlWriter> writeBody, Action<XmlWriter>? writeHeader = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(writeBody);
        writer.WriteStartElement(Prefix, "Envelope", CsdNamespaces.Soap12);
        if (writeHeader is not null)
        {
            writer.WriteStartElement(Prefix, "Header", CsdNamespaces.Soap12);
            writeHeader(writer);
            writer.WriteEndElement();
        }

        writer.WriteStartElement(Prefix, "Body", CsdNamespaces.Soap12);
        writeBody(writer);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Writes an envelope around one ROR message to a stream (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="message">The message model written as the Body child.</param>
    /// <param name="options">Output settings (encoding, indentation, value options).</param>
    /// <param name="writeHeader">Writes the content of <c>env:Header</c>; no header when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the envelope is written and the stream flushed.</returns>
    public static Task WriteEnvelopeAsync(
        Stream stream,
        object message,
        CsdWriterOptions? options = null,
        Action<XmlWriter>? writeHeader = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(message);
        var checkedOptions = XmlOutput.Check(options);
        return XmlOutput.WriteBufferedAsync(
            stream,
            checkedOptions,
            content => Write(content.Xml, body => new CsdContentWriter(body, checkedOptions).Message(message), writeHeader),
            cancellationToken);
    }
}
