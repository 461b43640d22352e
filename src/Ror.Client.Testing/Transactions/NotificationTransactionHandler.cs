using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// TR-Notif-ListeEtablissementMajApresDate over a <see cref="RorDataset"/>: the establishments changed strictly after
/// <c>dateRef</c>, filtered by <c>typeActivity</c> and <c>supportedPatient</c> (see <see cref="EstablishmentUpdateSelection"/>).
/// A missing or invalid <c>dateRef</c> is an <c>env:Sender</c> fault.
/// </summary>
internal sealed class NotificationTransactionHandler(RorDataset dataset, RorTransactionOptions options) : ISoapTransactionHandler
{
    public async Task HandleAsync(SoapRequestContext context, CancellationToken cancellationToken)
    {
        if (!TransactionRequest.TryRead(context, out var parameters, out var problem) || parameters.ReferenceDate is not { } since)
        {
            await context.WriteFaultAsync(SoapFaultCode.Sender, problem ?? "dateRef is required.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var answer = EstablishmentUpdateSelection.Select(
            dataset.DescribeEstablishments(),
            new EstablishmentsUpdatedSinceParameters { ReferenceDate = since, ActivityTypes = parameters.ActivityTypes, SupportedPatients = parameters.SupportedPatients },
            options.NotificationAuthority);
        await context.WriteResponseAsync(
            (writer, _) =>
            {
                CsdWriter.WriteMessage(writer, answer);
                return Task.CompletedTask;
            },
            cancellationToken).ConfigureAwait(false);
    }
}
