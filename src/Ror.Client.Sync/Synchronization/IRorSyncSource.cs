using Ror.Client.Csd.Models;

namespace Ror.Client.Sync.Synchronization;

/// <summary>
/// The three ROR transactions the synchronisation needs (usage case 1), as a narrow seam:
/// <see cref="RorClientSyncSource"/> implements it over <c>IRorClient</c>; tests implement it to inject
/// failures.
/// </summary>
public interface IRorSyncSource
{
    /// <summary>Streams the whole offer (TR-Récupération Extraction), in directory order: organisations, services, facilities, providers, devices.</summary>
    /// <param name="bytesRead">Receives the number of bytes read so far, when the source knows it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    IAsyncEnumerable<CsdEntity> ReadExtractionAsync(IProgress<long>? bytesRead, CancellationToken cancellationToken);

    /// <summary>The idNat_Struct of the establishments changed after <paramref name="since"/> (TR-Notif-ListeEtablissementMajApresDate).</summary>
    /// <param name="since">The reference date.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<string>> GetEstablishmentsUpdatedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// The whole current offer of one establishment (TR-Lecture-OffresSanteEtablissement without
    /// <c>dateRef</c>, <c>restrictedOrganisation=0</c>), or null when the ROR no longer knows it.
    /// </summary>
    /// <param name="establishmentId">idNat_Struct of the EG.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<CsdDocument?> GetEstablishmentOfferAsync(string establishmentId, CancellationToken cancellationToken);
}
