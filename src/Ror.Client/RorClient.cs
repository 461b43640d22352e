using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.DependencyInjection;
using Ror.Client.Extraction;
using Ror.Client.Transactions;

namespace Ror.Client;

/// <summary>The ROR CSD MEV 2.4 client. Thread-safe; obtained from dependency injection (<c>AddRorClient</c>).</summary>
public sealed class RorClient : IRorClient
{
    private readonly RorClientRuntime _runtime;

    internal RorClient(RorClientRuntime runtime)
    {
        _runtime = runtime;
    }

    /// <inheritdoc />
    public string Name => _runtime.ClientName;

    /// <inheritdoc />
    public Task<IReadOnlyList<EstablishmentUpdateNotice>> GetEstablishmentsUpdatedSinceAsync(
        DateTimeOffset since, RorOfferFilters? filters = null, CancellationToken cancellationToken = default) =>
        ListUpdatedEstablishmentsTransaction.ExecuteAsync(_runtime, since, filters, cancellationToken);

    /// <inheritdoc />
    public Task<RorOfferResult> GetEstablishmentOfferAsync(
        string establishmentId, EstablishmentOfferOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadEstablishmentOfferTransaction.ExecuteAsync(_runtime, establishmentId, options, cancellationToken);

    /// <inheritdoc />
    public Task<RorOfferResult> GetInternalOrganizationOfferAsync(string internalOrganizationId, CancellationToken cancellationToken = default) =>
        ReadInternalOrganizationOfferTransaction.ExecuteAsync(_runtime, internalOrganizationId, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<CsdEntity> ReadExtractionAsync(CancellationToken cancellationToken = default) =>
        ExtractionTransaction.ReadAsync(_runtime, CsdReaderOptions.Default, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<CsdEntity> ReadExtractionAsync(CsdReaderOptions readerOptions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readerOptions);
        return ExtractionTransaction.ReadAsync(_runtime, readerOptions, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RorExtractionContent> OpenExtractionAsync(CancellationToken cancellationToken = default) =>
        _runtime.Rest.OpenExtractionAsync(0, cancellationToken);

    /// <inheritdoc />
    public Task<RorExtractionDownloadResult> DownloadExtractionAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return _runtime.Downloader.DownloadToStreamAsync(destination, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RorExtractionDownloadResult> DownloadExtractionAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return _runtime.Downloader.DownloadToFileAsync(path, cancellationToken);
    }
}
