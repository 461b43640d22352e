using Ror.Client.Csd.Models;

namespace Ror.Client.Transactions;

/// <summary>The answer of a Lecture transaction: the offer as a CSD document.</summary>
/// <param name="Document">The legal entity, establishment, internal organisations, services, professionals and equipment returned.</param>
/// <param name="FacilityNumber">The number of UE the server announced (<c>facilityNumber</c>), if it did.</param>
/// <param name="ElementaryUnitCount">The number of UE (internal organisations of type 4) in <paramref name="Document"/>.</param>
public sealed record RorOfferResult(CsdDocument Document, int? FacilityNumber, int ElementaryUnitCount)
{
    /// <summary>
    /// Builds the navigable graph of the answer (EJ → EG → internal organisations → UE, and back).
    /// </summary>
    /// <returns>The offer graph of <see cref="Document"/>.</returns>
    public Ror.Client.Csd.Offer.RorOffer ToOfferGraph() => new(Document);
}
