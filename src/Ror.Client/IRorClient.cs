using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Extraction;
using Ror.Client.Transactions;

namespace Ror.Client;

/// <summary>
/// The ROR CSD MEV 2.4 transactions. Errors are raised as the <see cref="Errors.RorException"/> family; every method is
/// cancellable. Obtain it from dependency injection (<c>AddRorClient</c>), or <see cref="IRorClientFactory"/> for named clients.
/// </summary>
public interface IRorClient
{
    /// <summary>Name of the client (empty for the default client).</summary>
    string Name { get; }

    /// <summary>
    /// TR-Notif-ListeEtablissementMajApresDate: the establishments whose offer changed after <paramref name="since"/>.
    /// Re-read each of them with <see cref="GetEstablishmentOfferAsync"/>. A <c>result</c> count that differs from the list is logged as a warning.
    /// </summary>
    /// <param name="since">Reference instant (wire <c>dateRef</c>); overlap successive runs, the boundary is not documented.</param>
    /// <param name="filters">Champ d'activité and public filters, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One notice per changed establishment.</returns>
    Task<IReadOnlyList<EstablishmentUpdateNotice>> GetEstablishmentsUpdatedSinceAsync(
        DateTimeOffset since, RorOfferFilters? filters = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// TR-Lecture-OffresSanteEtablissement: the whole offer of one establishment (EJ, EG, internal organisations, UE and
    /// their services, professionals and equipment). The UE count is checked against <c>facilityNumber</c> (RG_ALIM_019).
    /// </summary>
    /// <param name="establishmentId">idNat_Struct of the establishment (EG), an opaque string.</param>
    /// <param name="options">Date, filters and restricted mode, or <see langword="null"/> for the complete tree.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The offer.</returns>
    Task<RorOfferResult> GetEstablishmentOfferAsync(
        string establishmentId, EstablishmentOfferOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// TR-Lecture-OffresSanteOrganisationInterne: one internal organisation (pôle, service, UF or UE) with its ancestors and
    /// descendants. The UE count is checked only when the server announces <c>facilityNumber</c>.
    /// </summary>
    /// <param name="internalOrganizationId">identifiantOI, <c>"&lt;region code&gt;/&lt;ROR internal id&gt;"</c> (e.g. <c>52/100042</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The offer.</returns>
    Task<RorOfferResult> GetInternalOrganizationOfferAsync(string internalOrganizationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// TR-Récupération Extraction: streams the entities of the whole offer, one at a time, in constant memory (XML, gzip or
    /// zip answers are recognised).
    /// </summary>
    /// <param name="cancellationToken">Cancels the download and the read.</param>
    /// <returns>The entities (organizations, services, facilities, providers, devices) in document order.</returns>
    IAsyncEnumerable<CsdEntity> ReadExtractionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// TR-Récupération Extraction, as <see cref="ReadExtractionAsync(CancellationToken)"/>, read with the given reader
    /// options: e.g. <see cref="CsdReaderOptions.CaptureEntityXml"/> for a store that keeps each entity's XML.
    /// </summary>
    /// <param name="readerOptions">The reader options (limits, deviations, capture).</param>
    /// <param name="cancellationToken">Cancels the download and the read.</param>
    /// <returns>The entities in document order.</returns>
    /// <remarks>The default implementation, for other implementations of this interface, ignores the options.</remarks>
    IAsyncEnumerable<CsdEntity> ReadExtractionAsync(CsdReaderOptions readerOptions, CancellationToken cancellationToken = default) =>
        ReadExtractionAsync(cancellationToken);

    /// <summary>
    /// Opens the extraction as received (not decompressed) with its content headers, for callers that store or parse it
    /// themselves. Dispose the result to release the connection.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call (up to the response headers).</param>
    /// <returns>The body stream and its media type, encodings and length.</returns>
    Task<RorExtractionContent> OpenExtractionAsync(CancellationToken cancellationToken = default);

    /// <summary>Downloads the extraction as received into a stream, resuming after a broken connection when the server accepts ranges.</summary>
    /// <param name="destination">Where the bytes are written (left open).</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>Length, media type and encodings of what was written.</returns>
    Task<RorExtractionDownloadResult> DownloadExtractionAsync(Stream destination, CancellationToken cancellationToken = default);

    /// <summary>
    /// Downloads the extraction into a file, through <c>&lt;path&gt;.partial</c> renamed when complete. A partial file left by an
    /// interrupted download is resumed (<c>Range: bytes=N-</c>) when the server accepts ranges, else downloaded again.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels the download (the partial file is kept for a later resume).</param>
    /// <returns>Length, media type and encodings of what was written.</returns>
    Task<RorExtractionDownloadResult> DownloadExtractionAsync(string path, CancellationToken cancellationToken = default);
}
