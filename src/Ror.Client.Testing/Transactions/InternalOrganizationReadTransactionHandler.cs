using Ror.Client.Testing.Data;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// TR-Lecture-OffresSanteOrganisationInterne over a <see cref="RorDataset"/>: the internal organisation whose
/// identifiantOI is <c>organisationID/@code</c>, with its ancestors and descendants (<see cref="InternalOrganizationSelection"/>),
/// filtered for the access profile; <c>facilityNumber</c> only when <see cref="RorTransactionOptions.IncludeFacilityNumberInInternalOrganizationRead"/>.
/// An unknown identifier gets <see cref="RorTransactionOptions.NotFoundErrorCode"/>.
/// </summary>
internal sealed class InternalOrganizationReadTransactionHandler(RorDataset dataset, RorTransactionOptions options) : ISoapTransactionHandler
{
    public async Task HandleAsync(SoapRequestContext context, CancellationToken cancellationToken)
    {
        if (!TransactionRequest.TryRead(context, out var parameters, out var problem) || parameters.Identifier is not { } identifier)
        {
            await context.WriteFaultAsync(SoapFaultCode.Sender, problem ?? "organisationID is required.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!dataset.TryFindInternalOrganization(identifier.Code, out var bundle, out var facility))
        {
            await context.WriteErrorAsync(options.NotFoundErrorCode, options.NotFoundErrorMessage, shape: null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var document = InternalOrganizationSelection.Select(bundle, facility);
        await LectureAnswer.WriteAsync(context, document, options.IncludeFacilityNumberInInternalOrganizationRead, options, cancellationToken).ConfigureAwait(false);
    }
}
