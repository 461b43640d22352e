using System.Text;
using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd;

/// <summary>
/// Writes CSD documents and ROR messages as XML that validates against the official ROR CSD 2.4 schema: element order of
/// the XSD, wire names exactly as the XSD spells them (misspellings included), <c>urn:ihe:iti:csd:2013</c> as the
/// default namespace and the <c>ror</c> prefix for <c>urn:asip:ror:2015</c> (Notif wrappers, <c>erreur</c>).
/// </summary>
/// <remarks>
/// <para>Values: <c>xs:dateTime</c> with offset (<c>yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz</c>), <c>xs:date</c>
/// <c>yyyy-MM-dd</c>, <c>xs:time</c> <c>HH:mm:ss.FFFFFFF</c>, booleans <c>true</c>/<c>false</c>, numbers in the
/// invariant culture, round-trippable.</para>
/// <para>Messages accepted by <see cref="WriteMessage(XmlWriter, object, CsdWriterOptions?)"/>: <see cref="CsdDocument"/>,
/// <see cref="CareServicesRequest"/>, <see cref="CareServicesResponse"/>, <see cref="EstablishmentsUpdatedSinceRequest"/>,
/// <see cref="EstablishmentsUpdatedSinceResponse"/>, <see cref="CsdError"/> (written as <c>ror:erreur</c>),
/// <see cref="GetModificationsRequest"/>, <see cref="GetModificationsResponse"/> and
/// <see cref="CareServicesFunctionDefinition"/>.</para>
/// <para>The writer does not check business rules; it throws <see cref="ArgumentException"/> when a model lacks something
/// the schema requires (an empty list where one item is required, a null required value). For national-scale documents
/// written entity by entity, use <see cref="CsdStreamingWriter"/>.</para>
/// </remarks>
public static class CsdWriter
{
    /// <summary>Writes a CSD document to a stream (left open), streaming it in blocks of <see cref="CsdWriterOptions.FlushThresholdBytes"/>.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="document">The document.</param>
    /// <param name="options">Output settings (root element, encoding, indentation…).</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the document is written and the stream flushed.</returns>
    public static async Task WriteDocumentAsync(Stream stream, CsdDocument document, CsdWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        var writer = CsdStreamingWriter.Create(stream, options);
        await using (writer.ConfigureAwait(false))
        {
            foreach (var organization in document.Organizations)
            {
                await writer.WriteOrganizationAsync(organization, cancellationToken).ConfigureAwait(false);
            }

            foreach (var service in document.Services)
            {
                await writer.WriteServiceAsync(service, cancellationToken).ConfigureAwait(false);
            }

            foreach (var facility in document.Facilities)
            {
                await writer.WriteFacilityAsync(facility, cancellationToken).ConfigureAwait(false);
            }

            foreach (var provider in document.Providers)
            {
                await writer.WriteProviderAsync(provider, cancellationToken).ConfigureAwait(false);
            }

            foreach (var device in document.Devices)
            {
                await writer.WriteDeviceAsync(device, cancellationToken).ConfigureAwait(false);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a CSD document to a stream (left open), synchronously.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="document">The document.</param>
    /// <param name="options">Output settings (root element, encoding, indentation…).</param>
    public static void WriteDocument(Stream stream, CsdDocument document, CsdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        XmlOutput.Write(stream, XmlOutput.Check(options), content => content.Document(document));
    }

    /// <summary>Writes a CSD document into an existing XML writer (for instance a WCF body writer).</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="document">The document.</param>
    /// <param name="options">Settings; only the value options and <see cref="CsdWriterOptions.DocumentRoot"/> apply.</param>
    public static void WriteDocument(XmlWriter writer, CsdDocument document, CsdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        new CsdContentWriter(writer, XmlOutput.Check(options)).Document(document);
    }

    /// <summary>Writes any supported message (see the remarks of <see cref="CsdWriter"/>) into an existing XML writer.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="message">The message model.</param>
    /// <param name="options">Settings; only the value options and <see cref="CsdWriterOptions.DocumentRoot"/> apply.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is not a supported message type.</exception>
    public static void WriteMessage(XmlWriter writer, object message, CsdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(message);
        new CsdContentWriter(writer, XmlOutput.Check(options)).Message(message);
    }

    /// <summary>Writes any supported message to a stream (left open), synchronously.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="message">The message model.</param>
    /// <param name="options">Output settings.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is not a supported message type.</exception>
    public static void WriteMessage(Stream stream, object message, CsdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        XmlOutput.Write(stream, XmlOutput.Check(options), content => content.Message(message));
    }

    /// <summary>
    /// Writes any supported message to a stream (left open). The message is formatted in memory and handed to the stream
    /// asynchronously; for very large documents prefer <see cref="WriteDocumentAsync"/> or <see cref="CsdStreamingWriter"/>.
    /// </summary>
    /// <param name="stream">The destination.</param>
    /// <param name="message">The message model.</param>
    /// <param name="options">Output settings.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the message is written and the stream flushed.</returns>
    /// <exception cref="ArgumentException"><paramref name="message"/> is not a supported message type.</exception>
    public static Task WriteMessageAsync(Stream stream, object message, CsdWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(message);
        return XmlOutput.WriteBufferedAsync(stream, XmlOutput.Check(options), content => content.Message(message), cancellationToken);
    }

    /// <summary>Writes any supported message as a string, without XML declaration (handy in tests and logs of synthetic data).</summary>
    /// <param name="message">The message model.</param>
    /// <param name="options">Output settings; <see cref="CsdWriterOptions.Indent"/> applies.</param>
    /// <returns>The XML text.</returns>
    public static string WriteToString(object message, CsdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        options = XmlOutput.Check(options);
        var text = new StringBuilder();
        var settings = XmlOutput.Settings(options);
        settings.OmitXmlDeclaration = true;
        using (var xml = XmlWriter.Create(text, settings))
        {
            new CsdContentWriter(xml, options).Message(message);
        }

        return text.ToString();
    }

    /// <summary>Writes a <c>csd:careServicesRequest</c> (Lecture EG or Lecture OI) into an existing XML writer.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="request">The request.</param>
    /// <param name="options">Settings (<see cref="CsdWriterOptions.RestrictedOrganizationAsDigit"/>, <see cref="CsdWriterOptions.OmitOffsetInRequestDates"/>).</param>
    public static void WriteCareServicesRequest(XmlWriter writer, CareServicesRequest request, CsdWriterOptions? options = null) =>
        WriteMessage(writer, (object)request, options);

    /// <summary>Writes a <c>csd:careServicesRequest</c> (Lecture EG or Lecture OI) to a stream (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="request">The request.</param>
    /// <param name="options">Output settings.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the request is written.</returns>
    public static Task WriteCareServicesRequestAsync(Stream stream, CareServicesRequest request, CsdWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteMessageAsync(stream, request, options, cancellationToken);

    /// <summary>Writes a <c>csd:careServicesResponse</c> (a result or an error) into an existing XML writer.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="response">The response.</param>
    /// <param name="options">Settings.</param>
    public static void WriteCareServicesResponse(XmlWriter writer, CareServicesResponse response, CsdWriterOptions? options = null) =>
        WriteMessage(writer, (object)response, options);

    /// <summary>Writes a <c>csd:careServicesResponse</c> (a result or an error) to a stream (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="response">The response.</param>
    /// <param name="options">Output settings.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task WriteCareServicesResponseAsync(Stream stream, CareServicesResponse response, CsdWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteMessageAsync(stream, response, options, cancellationToken);

    /// <summary>Writes the Notif request <c>ror:TR-Notif-ListeEtablissementsMajApresDate_Demande</c> into an existing XML writer.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="request">The request.</param>
    /// <param name="options">Settings (<see cref="CsdWriterOptions.OmitOffsetInRequestDates"/>).</param>
    public static void WriteEstablishmentsUpdatedSinceRequest(XmlWriter writer, EstablishmentsUpdatedSinceRequest request, CsdWriterOptions? options = null) =>
        WriteMessage(writer, (object)request, options);

    /// <summary>Writes the Notif request <c>ror:TR-Notif-ListeEtablissementsMajApresDate_Demande</c> to a stream (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="request">The request.</param>
    /// <param name="options">Output settings.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the request is written.</returns>
    public static Task WriteEstablishmentsUpdatedSinceRequestAsync(Stream stream, EstablishmentsUpdatedSinceRequest request, CsdWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteMessageAsync(stream, request, options, cancellationToken);

    /// <summary>Writes the Notif response <c>ror:TR-Notif-ListeEtablissementMajApresDate_Reponse</c> into an existing XML writer.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="response">The response.</param>
    /// <param name="options">Settings (<see cref="CsdWriterOptions.RestrictedOrganizationAsDigit"/>).</param>
    public static void WriteEstablishmentsUpdatedSinceResponse(XmlWriter writer, EstablishmentsUpdatedSinceResponse response, CsdWriterOptions? options = null) =>
        WriteMessage(writer, (object)response, options);

    /// <summary>Writes the Notif response <c>ror:TR-Notif-ListeEtablissementMajApresDate_Reponse</c> to a stream (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="response">The response.</param>
    /// <param name="options">Output settings.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task WriteEstablishmentsUpdatedSinceResponseAsync(Stream stream, EstablishmentsUpdatedSinceResponse response, CsdWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteMessageAsync(stream, response, options, cancellationToken);

    /// <summary>Writes the fault element <c>ror:erreur</c> (SOAP fault detail, or bare) into an existing XML writer.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="error">The error.</param>
    public static void WriteError(XmlWriter writer, CsdError error) => WriteMessage(writer, (object)error);

    /// <summary>Writes the fault element <c>ror:erreur</c> to a stream (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="error">The error.</param>
    /// <param name="options">Output settings.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the element is written.</returns>
    public static Task WriteErrorAsync(Stream stream, CsdError error, CsdWriterOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteMessageAsync(stream, error, options, cancellationToken);
}
