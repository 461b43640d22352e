using System.Runtime.CompilerServices;
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
    private readonly IRorClient _client;

    /// <summary>Creates the source.</summary>
    /// <param name="client">The ROR client.</param>
    public RorClientSyncSource(IRorClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    /// <remarks>The client streams the extraction without reporting bytes; <paramref name="bytesRead"/> is not called.</remarks>
    public async IAsyncEnumerable<CsdEntity> ReadExtractionAsync(IProgress<long>? bytesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _client.ReadExtractionAsync(cancellationToken).ConfigureAwait(false))
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
