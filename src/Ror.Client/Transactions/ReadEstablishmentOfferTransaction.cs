using Ror.Client.Csd.Models;
using Ror.Client.Csd;
using Ror.Client.DependencyInjection;
using Ror.Client.Errors;
using Ror.Client.Transport;

namespace Ror.Client.Transactions;

/// <summary>TR-Lecture-OffresSanteEtablissement (soapAction <c>ror-search</c>).</summary>
internal static class ReadEstablishmentOfferTransaction
{
    public static async Task<RorOfferResult> ExecuteAsync(
        RorClientRuntime runtime, string establishmentId, EstablishmentOfferOptions? offerOptions, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(establishmentId);
        const string transaction = RorTransactions.ReadEstablishmentOffer;
        var options = runtime.Options;
        offerOptions ??= new EstablishmentOfferOptions();
        var request = new CareServicesRequest
        {
            Query = new EstablishmentOfferReadFunction
            {
                Parameters = new EstablishmentOfferReadParameters
                {
                    Criteria = new EstablishmentReadCriteria
                    {
                        EstablishmentId = new OtherId { Code = establishmentId.Trim(), AssigningAuthorityName = options.EstablishmentIdAuthority },
                        ReferenceDate = offerOptions.Since is { } since ? CsdMessageSettings.RequestDate(since, options) : null,
                        ActivityTypes = offerOptions.ActivityTypes,
                        SupportedPatients = offerOptions.SupportedPatients,
                        RestrictedOrganization = offerOptions.RestrictedOrganization,
                    },
                },
            },
        };
        var offer = await OfferReading.SendAsync(runtime, transaction, request, cancellationToken).ConfigureAwait(false);

        if (offer.Document.Organizations.Count == 0)
        {
            // RG_ALIM_018: the establishment always comes back with its legal entity, even without any UE.
            throw new RorNotFoundException($"{transaction}: the ROR returned no establishment for the requested identifier.")
            { Transaction = transaction };
        }

        return offer;
    }
}
