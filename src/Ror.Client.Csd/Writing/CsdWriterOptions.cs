using System.Text;

namespace Ror.Client.Csd;

/// <summary>Settings of <see cref="CsdWriter"/>, <see cref="CsdStreamingWriter"/> and <see cref="CsdSoapEnvelope"/>.</summary>
public sealed record CsdWriterOptions
{
    /// <summary>The default options: UTF-8 without byte order mark, no indentation, XML declaration written.</summary>
    public static CsdWriterOptions Default { get; } = new();

    /// <summary>The text encoding of stream output. Default: UTF-8 without byte order mark.</summary>
    public Encoding Encoding { get; init; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether stream output is indented (two spaces, <c>\n</c> line ends on every platform). Default <see langword="false"/>.</summary>
    public bool Indent { get; init; }

    /// <summary>Whether stream output omits the <c>&lt;?xml …?&gt;</c> declaration. Default <see langword="false"/>.</summary>
    public bool OmitXmlDeclaration { get; init; }

    /// <summary>
    /// Writes <c>restrictedOrganisation</c> as <c>0</c>/<c>1</c>, as the ROR sends it, instead of <c>false</c>/<c>true</c>.
    /// Both are valid <c>xs:boolean</c>. Default <see langword="false"/>.
    /// </summary>
    public bool RestrictedOrganizationAsDigit { get; init; }

    /// <summary>
    /// Writes the <c>dateRef</c> of requests (Notif and Lecture) as the local clock time of the value without its offset
    /// (<c>2025-01-06T00:00:00</c>), the form the ANS test platform sends. Default <see langword="false"/>: with offset.
    /// </summary>
    public bool OmitOffsetInRequestDates { get; init; }

    /// <summary>Which root element a document (<see cref="CsdWriter.WriteDocumentAsync"/>, <see cref="CsdStreamingWriter"/>) is written in. Default <see cref="CsdDocumentRoot.Csd"/>.</summary>
    public CsdDocumentRoot DocumentRoot { get; init; } = CsdDocumentRoot.Csd;

    /// <summary>
    /// With <see cref="CsdDocumentRoot.CareServicesResponse"/>, the <c>facilityNumber</c> (number of elementary units) written
    /// before <c>queryResult</c>; omitted when <see langword="null"/>. A streaming writer must know it before the first entity.
    /// </summary>
    public int? FacilityNumber { get; init; }

    /// <summary>
    /// Stream output is handed to the stream in blocks of about this many bytes (asynchronously by the async methods), so
    /// that memory stays bounded whatever the document size. Default 64 KiB; at least 1 KiB.
    /// </summary>
    public int FlushThresholdBytes { get; init; } = 64 * 1024;

    /// <summary>Whether disposing a writer opened on a stream also disposes the stream. Default <see langword="false"/>.</summary>
    public bool CloseOutput { get; init; }
}
