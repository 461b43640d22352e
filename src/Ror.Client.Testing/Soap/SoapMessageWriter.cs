using System.Text;
using System.Xml;
using Ror.Client.Csd;

namespace Ror.Client.Testing.Soap;

/// <summary>Writes SOAP 1.2 envelopes and the ROR error shapes with an <see cref="XmlWriter"/>.</summary>
internal static class SoapMessageWriter
{
    /// <summary>The content type of every SOAP answer.</summary>
    public const string ContentType = "application/soap+xml; charset=utf-8";

    private const string EnvPrefix = "env";

    /// <summary>UTF-8 without byte order mark, asynchronous, compact.</summary>
    public static XmlWriterSettings CreateSettings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Async = true,
        CloseOutput = false,
        Indent = false,
    };

    /// <summary>Writes <c>env:Envelope</c>, an optional <c>env:Header</c>, and <c>env:Body</c> around the given content.</summary>
    public static async Task WriteEnvelopeAsync(
        Stream destination,
        Func<XmlWriter, CancellationToken, Task> writeBodyContent,
        Func<XmlWriter, Task>? writeHeaderContent,
        CancellationToken cancellationToken)
    {
        XmlWriter writer = XmlWriter.Create(destination, CreateSettings());
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteStartDocumentAsync().ConfigureAwait(false);
            await writer.WriteStartElementAsync(EnvPrefix, "Envelope", CsdNamespaces.Soap12).ConfigureAwait(false);
            if (writeHeaderContent is not null)
            {
                await writer.WriteStartElementAsync(EnvPrefix, "Header", CsdNamespaces.Soap12).ConfigureAwait(false);
                await writeHeaderContent(writer).ConfigureAwait(false);
                await writer.WriteEndElementAsync().ConfigureAwait(false);
            }

            await writer.WriteStartElementAsync(EnvPrefix, "Body", CsdNamespaces.Soap12).ConfigureAwait(false);
            await writeBodyContent(writer, cancellationToken).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
            await writer.WriteEndDocumentAsync().ConfigureAwait(false);
            await writer.FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Shape A: <c>csd:careServicesResponse/csd:error @code @message</c>.</summary>
    public static async Task WriteCareServicesErrorAsync(XmlWriter writer, int code, string message)
    {
        await writer.WriteStartElementAsync("csd", "careServicesResponse", CsdNamespaces.Csd).ConfigureAwait(false);
        await writer.WriteStartElementAsync("csd", "error", CsdNamespaces.Csd).ConfigureAwait(false);
        await WriteCodeAndMessageAsync(writer, code, message).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    /// <summary>Shape C (and the fault detail): <c>ror:erreur @code @message</c>.</summary>
    public static async Task WriteErreurAsync(XmlWriter writer, int code, string message)
    {
        await writer.WriteStartElementAsync("ror", "erreur", CsdNamespaces.Ror).ConfigureAwait(false);
        await WriteCodeAndMessageAsync(writer, code, message).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Shape B: <c>env:Fault</c> with <c>env:Code/env:Value</c> (a QName such as <c>env:Receiver</c>, or the bare
    /// numeric code of the legacy variant), <c>env:Reason/env:Text xml:lang="fr"</c> and, when a ROR error is given,
    /// <c>env:Detail/ror:erreur</c>.
    /// </summary>
    public static async Task WriteFaultAsync(XmlWriter writer, string codeValue, string reason, int? errorCode, string? errorMessage)
    {
        await writer.WriteStartElementAsync(EnvPrefix, "Fault", CsdNamespaces.Soap12).ConfigureAwait(false);
        await writer.WriteStartElementAsync(EnvPrefix, "Code", CsdNamespaces.Soap12).ConfigureAwait(false);
        await writer.WriteElementStringAsync(EnvPrefix, "Value", CsdNamespaces.Soap12, codeValue).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteStartElementAsync(EnvPrefix, "Reason", CsdNamespaces.Soap12).ConfigureAwait(false);
        await writer.WriteStartElementAsync(EnvPrefix, "Text", CsdNamespaces.Soap12).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync("xml", "lang", "http://www.w3.org/XML/1998/namespace", "fr").ConfigureAwait(false);
        await writer.WriteStringAsync(reason).ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        await writer.WriteEndElementAsync().ConfigureAwait(false);
        if (errorCode is { } code)
        {
            await writer.WriteStartElementAsync(EnvPrefix, "Detail", CsdNamespaces.Soap12).ConfigureAwait(false);
            await WriteErreurAsync(writer, code, errorMessage ?? reason).ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }

        await writer.WriteEndElementAsync().ConfigureAwait(false);
    }

    /// <summary>The <c>env:Value</c> text of a fault code (the <c>env</c> prefix is declared on the envelope).</summary>
    public static string ToValue(SoapFaultCode code) => code switch
    {
        SoapFaultCode.Sender => "env:Sender",
        SoapFaultCode.MustUnderstand => "env:MustUnderstand",
        _ => "env:Receiver",
    };

    /// <summary>The HTTP status of a fault (SOAP 1.2 HTTP binding): 400 for Sender, 500 otherwise.</summary>
    public static int ToHttpStatus(SoapFaultCode code) => code == SoapFaultCode.Sender ? 400 : 500;

    /// <summary>One <c>env:NotUnderstood qname="…"</c> header block per header that was not understood.</summary>
    public static async Task WriteNotUnderstoodAsync(XmlWriter writer, IReadOnlyList<XmlQualifiedName> headers)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            string prefix = $"nu{i}";
            await writer.WriteStartElementAsync(EnvPrefix, "NotUnderstood", CsdNamespaces.Soap12).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync("xmlns", prefix, null, headers[i].Namespace).ConfigureAwait(false);
            await writer.WriteAttributeStringAsync(null, "qname", null, $"{prefix}:{headers[i].Name}").ConfigureAwait(false);
            await writer.WriteEndElementAsync().ConfigureAwait(false);
        }
    }

    private static async Task WriteCodeAndMessageAsync(XmlWriter writer, int code, string message)
    {
        await writer.WriteAttributeStringAsync(null, "code", null, code.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await writer.WriteAttributeStringAsync(null, "message", null, message).ConfigureAwait(false);
    }
}
