using System.Runtime.CompilerServices;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Errors;
using Ror.Client.Transactions;

namespace Ror.Client.Sync.Synchronization;

/// <summary>
/// The <see cref="IRorSyncSource"/> over an <see cref="IRorClient"/>: the extraction, TR-Notif and a
/// complete Lecture EG (no <c>dateRef</c>, <c>restrictedOrganisation=0</c>).
/// </summary>
public sealed class RorClientSyncSource : IRorSyncSource
{
    private static readonly EstablishmentOfferOptions CompleteOffer = new() { RestrictedOrganization = false };

    // The store keeps each entity's XML: a copy of the bytes as read costs far less than writing the models again. Its
    // import copies the XML before asking for the next entity, so one buffer reused from entity to entity holds it.
    private static readonly CsdReaderOptions ExtractionOptions = CsdReaderOptions.Default with { CaptureEntityXml = true, ReuseEntityXmlBuffer = true };
    private readonly IRorClient _client;

    /// <summary>Creates the source.</summary>
    /// <param name="client">The ROR client.</param>
    public RorClientSyncSource(IRorClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The client streams the extraction without reporting bytes; <paramref name="bytesRead"/> is not called. The entities
    /// keep their XML as read (<see cref="CsdReaderOptions.CaptureEntityXml"/>), which the store keeps as their raw CSD, in
    /// a buffer reused from entity to entity (<see cref="CsdReaderOptions.ReuseEntityXmlBuffer"/>): an entity's XML is
    /// readable until the next entity is asked for.
    /// </remarks>
    public async IAsyncEnumerable<CsdEntity> ReadExtractionAsync(IProgress<long>? bytesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _client.ReadExtractionAsync(ExtractionOptions, cancellationToken).ConfigureAwait(false))
        {
            yield return entity;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetEstablishmentsUpdatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var notices = await _client.GetEstablishmentsUpdatedSinceAsync(since, filters: null, cancellationToken).ConfigureAwait(false);
        return [.. notices.Select(n => n.EstablishmentId.Code).Where(code => !string.IsNullOrWhiteSpace(code))];
    }

    /// <inheritdoc />
    public async Task<CsdDocument?> GetEstablishmentOfferAsync(string establishmentId, CancellationToken cancellationToken)
    {
        try
        {
            var offer = await _client.GetEstablishmentOfferAsync(establishmentId, CompleteOffer, cancellationToken).ConfigureAwait(false);
            return offer.Document;
        }
        catch (RorNotFoundException)
        {
            // The ROR no longer knows the establishment: the synchroniser removes it.
            return null;
        }
    }
}
