using Ror.Client.Csd.Models;
using Ror.Client.Csd;
using Ror.Client.DependencyInjection;
using Ror.Client.Errors;
using Ror.Client.Transport;

namespace Ror.Client.Transactions;

/// <summary>TR-Lecture-OffresSanteOrganisationInterne (soapAction <c>ror-search</c>).</summary>
internal static class ReadInternalOrganizationOfferTransaction
{
    public static async Task<RorOfferResult> ExecuteAsync(RorClientRuntime runtime, string internalOrganizationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(internalOrganizationId);
        const string transaction = RorTransactions.ReadInternalOrganizationOffer;
        var options = runtime.Options;
        var request = new CareServicesRequest
        {
            Query = new InternalOrganizationOfferReadFunction
            {
                Parameters = new InternalOrganizationOfferReadParameters
                {
                    InternalOrganizationId = new OtherId
                    {
                        Code = internalOrganizationId.Trim(),
                        AssigningAuthorityName = options.InternalOrganizationIdAuthority ?? options.EstablishmentIdAuthority,
                    },
                },
            },
        };
        // The count is checked only when the server announces facilityNumber, which it may omit for this transaction.
        var offer = await OfferReading.SendAsync(runtime, transaction, request, cancellationToken).ConfigureAwait(false);

        if (offer.Document.Facilities.Count == 0)
        {
            throw new RorNotFoundException($"{transaction}: the ROR returned no internal organisation for the requested identifier.")
            { Transaction = transaction };
        }

        return offer;
    }
}
