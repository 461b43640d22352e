using Ror.Client.Csd.Models;
using Ror.Client.Csd;
using Ror.Client.DependencyInjection;
using Ror.Client.Diagnostics;
using Ror.Client.Transport;

namespace Ror.Client.Transactions;

/// <summary>TR-Notif-ListeEtablissementMajApresDate (soapAction <c>ror-update</c>).</summary>
internal static class ListUpdatedEstablishmentsTransaction
{
    public static async Task<IReadOnlyList<EstablishmentUpdateNotice>> ExecuteAsync(
        RorClientRuntime runtime, DateTimeOffset since, RorOfferFilters? filters, CancellationToken cancellationToken)
    {
        const string transaction = RorTransactions.ListUpdatedEstablishments;
        var options = runtime.Options;
        var request = new EstablishmentsUpdatedSinceRequest
        {
            Parameters = new EstablishmentsUpdatedSinceParameters
            {
                ReferenceDate = CsdMessageSettings.RequestDate(since, options),
                ActivityTypes = filters?.ActivityTypes ?? [],
                SupportedPatients = filters?.SupportedPatients ?? [],
            },
        };
        var writerOptions = CsdMessageSettings.Writer(options);
        var readerOptions = CsdMessageSettings.Reader(options);

        var response = await runtime.Soap.SendAsync(
            transaction,
            RorSoapActions.Update,
            writer => CsdWriter.WriteMessage(writer, request, writerOptions),
            reader => CsdReader.ReadEstablishmentsUpdatedSinceResponse(reader, readerOptions),
            cancellationToken).ConfigureAwait(false);

        if (response.Result is { } announced && announced != response.Entries.Count)
        {
            RorClientLog.CountMismatch(runtime.Logger, transaction, announced, response.Entries.Count);
        }

        return response.Entries;
    }
}
