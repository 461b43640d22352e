using System.Runtime.CompilerServices;
using System.Xml;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Reading;

namespace Ror.Client.Csd;

/// <summary>
/// Reads ROR CSD MEV 2.4 documents and messages into the models of <see cref="Models"/>: a streaming
/// reader of directory entities for files and extractions of any size, and readers of the SOAP messages.
/// </summary>
/// <remarks>
/// <para><b>Inputs.</b> The stream methods accept XML (UTF-8 with or without BOM, or any encoding its
/// declaration names), gzip (magic bytes <c>1F 8B</c>) and zip archives (<c>50 4B 03 04</c>; every
/// <c>.xml</c> entry is read, in archive order; a non-seekable zip is spooled to a temporary file that
/// is deleted on close). They need no seekable stream. An HTTP <c>Content-Encoding: gzip</c> is for the
/// HTTP client to undo. The document may be a bare message or the Body of a SOAP 1.2 envelope (its
/// Header is skipped), with any namespace prefixes.</para>
/// <para><b>Tolerance.</b> The reader never requires a schema-valid document: element order is free,
/// unknown elements and attributes are skipped, corrected spellings of misspelled names are accepted,
/// missing mandatory items get documented neutral values; each case is reported through
/// <see cref="CsdReaderOptions.OnDeviation"/> (see <see cref="CsdDeviationKind"/>).</para>
/// <para><b>Errors.</b> Input that is not a readable ROR document throws a <see cref="CsdFormatException"/>
/// (malformed or truncated XML, DTD, wrong root, invalid value, limits, unsafe or oversized archive);
/// a well-formed ROR error answer where data was expected throws a <see cref="CsdFaultException"/>.
/// Streams are left open: the caller disposes them.</para>
/// <para>The methods taking an <see cref="XmlReader"/> serve transports that hand over the SOAP Body
/// content (WCF): the reader must be on the message element or just before it, and is left just after
/// it. The document-size limit cannot be enforced there; the caller's reader settings apply.</para>
/// </remarks>
public static class CsdReader
{
    // Bytes buffered ahead of each entity so that it is parsed without waiting on I/O.
    private const int EntityReadAhead = 64 * 1024;

    private const string EntitiesExpected = "{urn:ihe:iti:csd:2013}CSD or {urn:ihe:iti:csd:2013}careServicesResponse, bare or in a SOAP 1.2 Body";
    private const string ResponseExpected = "{urn:ihe:iti:csd:2013}careServicesResponse, bare or in a SOAP 1.2 Body";
    private const string NotifResponseExpected = "{urn:asip:ror:2015}TR-Notif-ListeEtablissementMajApresDate_Reponse, bare or in a SOAP 1.2 Body";
    private const string RequestExpected = "{urn:ihe:iti:csd:2013}careServicesRequest, bare or in a SOAP 1.2 Body";
    private const string NotifRequestExpected = "{urn:asip:ror:2015}TR-Notif-ListeEtablissementsMajApresDate_Demande, bare or in a SOAP 1.2 Body";
    private const string FaultExpected = "{http://www.w3.org/2003/05/soap-envelope}Fault, {urn:asip:ror:2015}erreur or {urn:ihe:iti:csd:2013}error";

    /// <summary>
    /// Streams the directory entities (organizations, services, facilities, providers, devices, in
    /// document order) of a <c>CSD</c> document or a <c>careServicesResponse</c>, one at a time, in
    /// constant memory whatever the input size.
    /// </summary>
    /// <param name="stream">The input (XML, gzip or zip); read forward only, left open.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The entities; enumerating them reads the input.</returns>
    /// <exception cref="CsdFormatException">The input is not a readable ROR CSD document (thrown while enumerating, after the entities read so far).</exception>
    /// <exception cref="CsdFaultException">The input is a ROR error answer.</exception>
    public static IAsyncEnumerable<CsdEntity> ReadEntitiesAsync(Stream stream, CsdReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadEntitiesCoreAsync(stream, Prepare(options), cancellationToken);
    }

    /// <summary>
    /// The XML of an entity exactly as <see cref="ReadEntitiesAsync"/> or <see cref="ReadEntitiesFromFileAsync"/> read it,
    /// when <see cref="CsdReaderOptions.CaptureEntityXml"/> was on: a stand-alone UTF-8 CSD document (no XML declaration)
    /// whose root declares the CSD namespace as default and the other namespaces in scope in the source, holding the
    /// entity's bytes unchanged in its directory, the four other directories empty.
    /// </summary>
    /// <param name="entity">An entity yielded by one of those methods (not a copy made with <c>with</c>).</param>
    /// <param name="xml">The document.</param>
    /// <returns>
    /// <see langword="false"/> when the entity was not captured: the option was off, the source was not UTF-8, or its
    /// bytes could not be cut out exactly (a comment or a processing instruction right after it; for the rest of the
    /// document, a directory under another default namespace, <c>xml:space</c> or <c>xml:lang</c>, or holding an item of
    /// more than 64 MiB); serialise the model instead (<see cref="CsdStreamingWriter.WriteEntity"/>).
    /// </returns>
    /// <exception cref="InvalidOperationException">
    /// The entity was read with <see cref="CsdReaderOptions.ReuseEntityXmlBuffer"/> and the reader has moved on to the next
    /// entity (or ended) since: its XML is no longer there.
    /// </exception>
    public static bool TryGetEntityXml(CsdEntity entity, out ReadOnlyMemory<byte> xml)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return EntityXmlCapture.TryGet(entity, out xml);
    }

    /// <summary>Streams the directory entities of a file (XML, gzip or zip), as <see cref="ReadEntitiesAsync"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The entities; enumerating them opens and reads the file.</returns>
    /// <exception cref="CsdFormatException">The file is not a readable ROR CSD document.</exception>
    /// <exception cref="CsdFaultException">The file holds a ROR error answer.</exception>
    public static IAsyncEnumerable<CsdEntity> ReadEntitiesFromFileAsync(string path, CsdReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadEntitiesFromFileCoreAsync(path, Prepare(options), cancellationToken);
    }

    /// <summary>
    /// Reads a whole <c>CSD</c> document (or the <c>queryResult</c> of a <c>careServicesResponse</c>) into
    /// memory. The entities of several zip entries are gathered into one document.
    /// </summary>
    /// <param name="stream">The input (XML, gzip or zip); read forward only, left open.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="CsdFormatException">The input is not a readable ROR CSD document.</exception>
    /// <exception cref="CsdFaultException">The input is a ROR error answer.</exception>
    public static async Task<CsdDocument> ReadDocumentAsync(Stream stream, CsdReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var collector = new DocumentCollector();
        await foreach (var entity in ReadEntitiesCoreAsync(stream, Prepare(options), cancellationToken).ConfigureAwait(false))
        {
            collector.Add(entity);
        }

        return collector.Build();
    }

    /// <summary>Reads a whole <c>CSD</c> file (XML, gzip or zip) into memory, as <see cref="ReadDocumentAsync(Stream, CsdReaderOptions?, CancellationToken)"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="CsdFormatException">The file is not a readable ROR CSD document.</exception>
    /// <exception cref="CsdFaultException">The file holds a ROR error answer.</exception>
    public static async Task<CsdDocument> ReadFileAsync(string path, CsdReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var file = OpenFile(path);
        await using (file.ConfigureAwait(false))
        {
            return await ReadDocumentAsync(file, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the answer of a Lecture transaction (<c>careServicesResponse</c>): its <c>result</c>
    /// (<c>facilityNumber</c> and <c>queryResult</c>) or its business <c>error</c>, which is returned, not thrown.
    /// </summary>
    /// <param name="stream">The message (bare or in a SOAP 1.2 envelope), left open.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.ForMessages"/> is a good choice.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="CsdFormatException">The input is not a readable <c>careServicesResponse</c>.</exception>
    /// <exception cref="CsdFaultException">The input is a SOAP Fault or a bare <c>ror:erreur</c>.</exception>
    public static async Task<CareServicesResponse> ReadCareServicesResponseAsync(Stream stream, CsdReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = Prepare(options);
        var input = await OpenAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            var document = await FirstDocumentAsync(input, cancellationToken).ConfigureAwait(false);
            using var xml = await OpenXmlAsync(document, options, cancellationToken).ConfigureAwait(false);
            var payload = new CsdPayloadReader(new CsdXmlContext(xml, options), ownsDocument: true);
            var collector = new DocumentCollector();
            await foreach (var entity in StepAsync(payload.ReadEntities(ResponseExpected, errorAsFault: false, responseOnly: true), payload.Parser.Context, document, cancellationToken).ConfigureAwait(false))
            {
                collector.Add(entity);
            }

            return BuildResponse(payload, collector);
        }
    }

    /// <summary>Reads the answer of the Notif transaction (<c>TR-Notif-ListeEtablissementMajApresDate_Reponse</c>).</summary>
    /// <param name="stream">The message (bare or in a SOAP 1.2 envelope), left open.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.ForMessages"/> is a good choice.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="CsdFormatException">The input is not a readable Notif answer.</exception>
    /// <exception cref="CsdFaultException">The input is a SOAP Fault or a ROR error element.</exception>
    public static async Task<EstablishmentsUpdatedSinceResponse> ReadEstablishmentsUpdatedSinceResponseAsync(Stream stream, CsdReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = Prepare(options);
        var input = await OpenAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            var document = await FirstDocumentAsync(input, cancellationToken).ConfigureAwait(false);
            using var xml = await OpenXmlAsync(document, options, cancellationToken).ConfigureAwait(false);
            var payload = new CsdPayloadReader(new CsdXmlContext(xml, options), ownsDocument: true);
            var entries = new List<EstablishmentUpdateNotice>();
            await foreach (var entry in StepAsync(ReadNotifResponse(payload), payload.Parser.Context, document, cancellationToken).ConfigureAwait(false))
            {
                entries.Add(entry);
            }

            return new EstablishmentsUpdatedSinceResponse { Entries = [.. entries], Result = payload.NotifResult };
        }
    }

    /// <summary>Reads a Lecture request (<c>careServicesRequest</c>), e.g. in a simulator.</summary>
    /// <param name="stream">The message (bare or in a SOAP 1.2 envelope), left open.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.ForMessages"/> is a good choice.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The request.</returns>
    /// <exception cref="CsdFormatException">The input is not a readable <c>careServicesRequest</c>.</exception>
    /// <exception cref="CsdFaultException">The input is a SOAP Fault or a ROR error element.</exception>
    public static Task<CareServicesRequest> ReadCareServicesRequestAsync(Stream stream, CsdReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadWholeMessageAsync(stream, options, CsdPayloadKind.CareServicesRequest, RequestExpected, payload => payload.Parser.ParseCareServicesRequest(), cancellationToken);

    /// <summary>Reads a Notif request (<c>TR-Notif-ListeEtablissementsMajApresDate_Demande</c>), e.g. in a simulator.</summary>
    /// <param name="stream">The message (bare or in a SOAP 1.2 envelope), left open.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.ForMessages"/> is a good choice.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The request.</returns>
    /// <exception cref="CsdFormatException">The input is not a readable Notif request.</exception>
    /// <exception cref="CsdFaultException">The input is a SOAP Fault or a ROR error element.</exception>
    public static Task<EstablishmentsUpdatedSinceRequest> ReadEstablishmentsUpdatedSinceRequestAsync(Stream stream, CsdReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadWholeMessageAsync(stream, options, CsdPayloadKind.NotifRequest, NotifRequestExpected, payload => payload.Parser.ParseEstablishmentsUpdatedSinceRequest(), cancellationToken);

    /// <summary>
    /// Reads a ROR error answer: a SOAP 1.2 Fault (code from <c>env:Detail/ror:erreur/@code</c>, else an
    /// integer <c>env:Code/env:Value</c> or <c>env:Subcode/env:Value</c>), a bare <c>ror:erreur</c> or a <c>csd:error</c>.
    /// </summary>
    /// <param name="stream">The message (bare or in a SOAP 1.2 envelope), left open.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.ForMessages"/> is a good choice.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The error.</returns>
    /// <exception cref="CsdFormatException">The input is not a readable ROR error answer.</exception>
    public static Task<CsdFault> ReadFaultAsync(Stream stream, CsdReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadWholeMessageAsync(stream, options, CsdPayloadKind.Fault, FaultExpected, payload => payload.ReadFault(), cancellationToken);

    /// <summary>Reads a <c>CSD</c> document or a <c>careServicesResponse</c> result from a positioned reader.</summary>
    /// <param name="reader">On the message element (or just before it); left after it.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="CsdFormatException">The content is not a readable ROR CSD document.</exception>
    /// <exception cref="CsdFaultException">The content is a ROR error answer.</exception>
    public static CsdDocument ReadDocument(XmlReader reader, CsdReaderOptions? options = null) =>
        ReadFromReader(reader, options, payload =>
        {
            var collector = new DocumentCollector();
            foreach (var entity in payload.ReadEntities(EntitiesExpected, errorAsFault: true, responseOnly: false))
            {
                collector.Add(entity);
            }

            return collector.Build();
        });

    /// <summary>
    /// Creates the reader <see cref="CsdReader"/> reads UTF-8 documents with, for a caller that reads a document holding CSD
    /// content itself (a SOAP envelope, whose body content is then handed to <see cref="ReadCareServicesResponse"/> or
    /// <see cref="ReadEstablishmentsUpdatedSinceResponse"/>): the CSD parsers recognise its element and attribute names
    /// from their bytes, without looking them up. It is hardened like every reader of this class: no DTD, no external
    /// resolution, the document size and value length limits of <paramref name="options"/>.
    /// </summary>
    /// <param name="utf8Document">An XML document encoded in UTF-8, from its first byte; read synchronously, left open.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>A reader before the document's first node. Reading it throws <see cref="XmlException"/> (with
    /// <see cref="XmlException.LineNumber"/> and <see cref="XmlException.LinePosition"/>) when the document is not
    /// well-formed XML, declares another encoding than UTF-8, has a DTD or exceeds a limit; the <c>Read…</c> methods of
    /// this class given the reader report those as <see cref="CsdFormatException"/>, as they do for any reader.</returns>
    public static XmlReader CreateUtf8XmlReader(Stream utf8Document, CsdReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Document);
        return CsdXmlReaderFactory.CreateUtf8(utf8Document, options ?? CsdReaderOptions.Default);
    }

    /// <summary>Reads a <c>careServicesResponse</c> from a positioned reader (e.g. the SOAP Body content handed over by WCF).</summary>
    /// <param name="reader">On the message element (or just before it); left after it.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The answer; a business <c>error</c> is returned, not thrown.</returns>
    /// <exception cref="CsdFormatException">The content is not a readable <c>careServicesResponse</c>.</exception>
    /// <exception cref="CsdFaultException">The content is a SOAP Fault or a bare <c>ror:erreur</c>.</exception>
    public static CareServicesResponse ReadCareServicesResponse(XmlReader reader, CsdReaderOptions? options = null) =>
        ReadFromReader(reader, options, payload =>
        {
            var collector = new DocumentCollector();
            foreach (var entity in payload.ReadEntities(ResponseExpected, errorAsFault: false, responseOnly: true))
            {
                collector.Add(entity);
            }

            return BuildResponse(payload, collector);
        });

    /// <summary>Reads a Notif answer from a positioned reader.</summary>
    /// <param name="reader">On the message element (or just before it); left after it.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="CsdFormatException">The content is not a readable Notif answer.</exception>
    /// <exception cref="CsdFaultException">The content is a SOAP Fault or a ROR error element.</exception>
    public static EstablishmentsUpdatedSinceResponse ReadEstablishmentsUpdatedSinceResponse(XmlReader reader, CsdReaderOptions? options = null) =>
        ReadFromReader(reader, options, payload =>
        {
            var entries = ReadNotifResponse(payload).ToList();
            return new EstablishmentsUpdatedSinceResponse { Entries = [.. entries], Result = payload.NotifResult };
        });

    /// <summary>Reads a <c>careServicesRequest</c> from a positioned reader.</summary>
    /// <param name="reader">On the message element (or just before it); left after it.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="CsdFormatException">The content is not a readable <c>careServicesRequest</c>.</exception>
    /// <exception cref="CsdFaultException">The content is a SOAP Fault or a ROR error element.</exception>
    public static CareServicesRequest ReadCareServicesRequest(XmlReader reader, CsdReaderOptions? options = null) =>
        ReadFromReader(reader, options, payload => ReadWhole(payload, CsdPayloadKind.CareServicesRequest, RequestExpected, p => p.Parser.ParseCareServicesRequest()));

    /// <summary>Reads a Notif request from a positioned reader.</summary>
    /// <param name="reader">On the message element (or just before it); left after it.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="CsdFormatException">The content is not a readable Notif request.</exception>
    /// <exception cref="CsdFaultException">The content is a SOAP Fault or a ROR error element.</exception>
    public static EstablishmentsUpdatedSinceRequest ReadEstablishmentsUpdatedSinceRequest(XmlReader reader, CsdReaderOptions? options = null) =>
        ReadFromReader(reader, options, payload => ReadWhole(payload, CsdPayloadKind.NotifRequest, NotifRequestExpected, p => p.Parser.ParseEstablishmentsUpdatedSinceRequest()));

    /// <summary>Reads a SOAP 1.2 Fault, a <c>ror:erreur</c> or a <c>csd:error</c> element from a positioned reader.</summary>
    /// <param name="reader">On the element (or just before it); left after it.</param>
    /// <param name="options">Limits and tolerance settings; <see cref="CsdReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The error.</returns>
    /// <exception cref="CsdFormatException">The content is not a readable ROR error.</exception>
    public static CsdFault ReadFault(XmlReader reader, CsdReaderOptions? options = null) =>
        ReadFromReader(reader, options, payload => ReadWhole(payload, CsdPayloadKind.Fault, FaultExpected, p => p.ReadFault()));

    private static CsdReaderOptions Prepare(CsdReaderOptions? options)
    {
        options ??= CsdReaderOptions.Default;
        options.Validate();
        return options;
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static async IAsyncEnumerable<CsdEntity> ReadEntitiesFromFileCoreAsync(string path, CsdReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = OpenFile(path);
        await using (file.ConfigureAwait(false))
        {
            await foreach (var entity in ReadEntitiesCoreAsync(file, options, cancellationToken).ConfigureAwait(false))
            {
                yield return entity;
            }
        }
    }

    private static async IAsyncEnumerable<CsdEntity> ReadEntitiesCoreAsync(Stream stream, CsdReaderOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var input = await OpenAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            var any = false;
            while (await NextDocumentAsync(input, cancellationToken).ConfigureAwait(false) is { } document)
            {
                any = true;
                // The capture keeps every byte the XML reader consumes, from its first read on.
                using var capture = options.CaptureEntityXml ? await OpenCaptureAsync(document, options.ReuseEntityXmlBuffer, cancellationToken).ConfigureAwait(false) : null;
                document.Capture = capture;
                using var xml = await OpenXmlAsync(document, options, cancellationToken).ConfigureAwait(false);
                var payload = new CsdPayloadReader(new CsdXmlContext(xml, options), ownsDocument: true) { Capture = capture };
                await foreach (var entity in StepAsync(payload.ReadEntities(EntitiesExpected, errorAsFault: true, responseOnly: false), payload.Parser.Context, document, cancellationToken).ConfigureAwait(false))
                {
                    yield return entity;
                }
            }

            if (!any)
            {
                throw new CsdFormatException(CsdFormatError.InvalidArchive, "The input holds no XML document.", string.Empty, 0, 0, "one XML document");
            }
        }
    }

    /// <summary>
    /// Runs a synchronous walk step by step, buffering <see cref="EntityReadAhead"/> bytes asynchronously
    /// before each step, and turns reader errors into <see cref="CsdFormatException"/>s.
    /// </summary>
    private static async IAsyncEnumerable<T> StepAsync<T>(IEnumerable<T> steps, CsdXmlContext context, ReadAheadStream document, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var enumerator = steps.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            try
            {
                await document.FillAsync(EntityReadAhead, cancellationToken).ConfigureAwait(false);
                more = enumerator.MoveNext();
            }
            catch (Exception exception) when (CsdReadErrors.IsWrappable(exception))
            {
                throw CsdReadErrors.Wrap(exception, context);
            }

            if (!more)
            {
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static async Task<T> ReadWholeMessageAsync<T>(Stream stream, CsdReaderOptions? options, CsdPayloadKind kind, string expected, Func<CsdPayloadReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = Prepare(options);
        var input = await OpenAsync(stream, options, cancellationToken).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            var document = await FirstDocumentAsync(input, cancellationToken).ConfigureAwait(false);
            using var xml = await OpenXmlAsync(document, options, cancellationToken).ConfigureAwait(false);
            var context = new CsdXmlContext(xml, options);
            var payload = new CsdPayloadReader(context, ownsDocument: true);
            try
            {
                // Requests and faults are small: buffer as much as the read-ahead holds, then parse.
                await document.FillAsync(document.Capacity, cancellationToken).ConfigureAwait(false);
                var result = ReadWhole(payload, kind, expected, read);
                payload.Finish();
                return result;
            }
            catch (Exception exception) when (CsdReadErrors.IsWrappable(exception))
            {
                throw CsdReadErrors.Wrap(exception, context);
            }
        }
    }

    private static T ReadWhole<T>(CsdPayloadReader payload, CsdPayloadKind kind, string expected, Func<CsdPayloadReader, T> read)
    {
        var found = payload.MoveToPayload(expected);
        if (kind == CsdPayloadKind.Fault)
        {
            return found is CsdPayloadKind.Fault or CsdPayloadKind.Error ? read(payload) : throw payload.UnexpectedRoot(expected);
        }

        if (found is CsdPayloadKind.Fault or CsdPayloadKind.Error)
        {
            throw payload.FaultException();
        }

        return found == kind ? read(payload) : throw payload.UnexpectedRoot(expected);
    }

    private static IEnumerable<EstablishmentUpdateNotice> ReadNotifResponse(CsdPayloadReader payload)
    {
        var found = payload.MoveToPayload(NotifResponseExpected);
        if (found is CsdPayloadKind.Fault or CsdPayloadKind.Error)
        {
            throw payload.FaultException();
        }

        if (found != CsdPayloadKind.NotifResponse)
        {
            throw payload.UnexpectedRoot(NotifResponseExpected);
        }

        foreach (var entry in payload.ReadNotifEntries())
        {
            yield return entry;
        }

        payload.Finish();
    }

    private static T ReadFromReader<T>(XmlReader reader, CsdReaderOptions? options, Func<CsdPayloadReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var context = new CsdXmlContext(reader, Prepare(options));
        var payload = new CsdPayloadReader(context, ownsDocument: false);
        try
        {
            var result = read(payload);
            if (payload.Kind is not CsdPayloadKind.Csd and not CsdPayloadKind.CareServicesResponse and not CsdPayloadKind.NotifResponse)
            {
                payload.Finish();
            }

            return result;
        }
        catch (Exception exception) when (CsdReadErrors.IsWrappable(exception))
        {
            throw CsdReadErrors.Wrap(exception, context);
        }
    }

    private static CareServicesResponse BuildResponse(CsdPayloadReader payload, DocumentCollector collector)
    {
        CareServicesOutcome outcome = payload.ResponseError is { } error
            ? error
            : new CareServicesResult { FacilityNumber = payload.FacilityNumber, QueryResult = collector.Build() };
        return new CareServicesResponse
        {
            Outcome = outcome,
            ContentType = payload.ResponseContentType,
            ExtraAttributes = payload.ResponseExtraAttributes,
        };
    }

    private static async Task<CsdInput> OpenAsync(Stream stream, CsdReaderOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await CsdInput.OpenAsync(stream, leaveOpen: true, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (CsdReadErrors.IsWrappable(exception))
        {
            throw CsdReadErrors.Wrap(exception, null);
        }
    }

    private static async Task<ReadAheadStream?> NextDocumentAsync(CsdInput input, CancellationToken cancellationToken)
    {
        try
        {
            return await input.NextDocumentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (CsdReadErrors.IsWrappable(exception))
        {
            throw CsdReadErrors.Wrap(exception, null);
        }
    }

    private static async Task<EntityXmlCapture?> OpenCaptureAsync(ReadAheadStream document, bool reuseBuffer, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> head;
        try
        {
            head = await document.PeekAsync(CsdProlog.ScannedBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (CsdReadErrors.IsWrappable(exception))
        {
            throw CsdReadErrors.Wrap(exception, null);
        }

        return EntityXmlCapture.ForDocument(head.Span, reuseBuffer);
    }

    /// <summary>
    /// Creates the XML reader of a document, after a look at its first bytes: a DOCTYPE is refused at
    /// once, with its position (the XML reader itself refuses it too, but without a position).
    /// </summary>
    private static async Task<XmlReader> OpenXmlAsync(ReadAheadStream document, CsdReaderOptions options, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> head;
        try
        {
            head = await document.PeekAsync(CsdProlog.ScannedBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (CsdReadErrors.IsWrappable(exception))
        {
            throw CsdReadErrors.Wrap(exception, null);
        }

        if (CsdProlog.FindDoctype(head.Span) is { } position)
        {
            throw new CsdFormatException(CsdFormatError.DtdProhibited, CsdReadErrors.DtdMessage, string.Empty, position.Line, position.Column, CsdReadErrors.DtdExpected);
        }

        return CsdXmlReaderFactory.Create(document, options, head.Span);
    }

    private static async Task<ReadAheadStream> FirstDocumentAsync(CsdInput input, CancellationToken cancellationToken) =>
        await NextDocumentAsync(input, cancellationToken).ConfigureAwait(false)
        ?? throw new CsdFormatException(CsdFormatError.InvalidArchive, "The input holds no XML document.", string.Empty, 0, 0, "one XML document");

    /// <summary>Gathers streamed entities into the five directories of a <see cref="CsdDocument"/>.</summary>
    private sealed class DocumentCollector
    {
        private readonly List<Organization> _organizations = [];
        private readonly List<Service> _services = [];
        private readonly List<Facility> _facilities = [];
        private readonly List<Provider> _providers = [];
        private readonly List<Device> _devices = [];

        public void Add(CsdEntity entity)
        {
            switch (entity)
            {
                case Organization organization:
                    _organizations.Add(organization);
                    break;
                case Service service:
                    _services.Add(service);
                    break;
                case Facility facility:
                    _facilities.Add(facility);
                    break;
                case Provider provider:
                    _providers.Add(provider);
                    break;
                case Device device:
                    _devices.Add(device);
                    break;
            }
        }

        public CsdDocument Build() => new()
        {
            Organizations = [.. _organizations],
            Services = [.. _services],
            Facilities = [.. _facilities],
            Providers = [.. _providers],
            Devices = [.. _devices],
        };
    }
}
