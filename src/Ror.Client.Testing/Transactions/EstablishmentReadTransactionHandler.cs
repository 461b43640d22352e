using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// TR-Lecture-OffresSanteEtablissement over a <see cref="RorDataset"/>: the establishment whose idNat_Struct is
/// <c>id_etablissement/@code</c> (either authority OID accepted), filtered by <c>dateRef</c>, <c>typeActivity</c> and
/// <c>supportedPatient</c> (<see cref="EstablishmentOfferSelection"/>), reduced to its structure when
/// <c>restrictedOrganisation</c> is true (RG_ALIM_015, <see cref="RestrictedOrganizationView"/>), filtered for the access
/// profile, with <c>facilityNumber</c>. An unknown establishment gets <see cref="RorTransactionOptions.NotFoundErrorCode"/>.
/// </summary>
internal sealed class EstablishmentReadTransactionHandler(RorDataset dataset, RorTransactionOptions options) : ISoapTransactionHandler
{
    public async Task HandleAsync(SoapRequestContext context, CancellationToken cancellationToken)
    {
        if (!TransactionRequest.TryRead(context, out var parameters, out var problem) || parameters.Identifier is not { } identifier)
        {
            await context.WriteFaultAsync(SoapFaultCode.Sender, problem ?? "id_etablissement is required.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (dataset.FindEstablishment(identifier.Code) is not { } bundle)
        {
            await context.WriteErrorAsync(options.NotFoundErrorCode, options.NotFoundErrorMessage, shape: null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var document = EstablishmentOfferSelection.Select(bundle, new EstablishmentReadCriteria
        {
            EstablishmentId = identifier,
            ReferenceDate = parameters.ReferenceDate,
            ActivityTypes = parameters.ActivityTypes,
            SupportedPatients = parameters.SupportedPatients,
            RestrictedOrganization = parameters.RestrictedOrganization,
        });
        if (parameters.RestrictedOrganization == true)
        {
            document = RestrictedOrganizationView.Apply(document);
        }

        await LectureAnswer.WriteAsync(context, document, withFacilityNumber: true, options, cancellationToken).ConfigureAwait(false);
    }
}
