using System.Net;
using Ror.Client.Configuration;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Offer;
using Ror.Client.DependencyInjection;
using Ror.Client.Transport;
using Ror.Client.Csd;
using Ror.Client.Diagnostics;
using Ror.Client.Errors;
using Microsoft.Extensions.Logging;

namespace Ror.Client.Transactions;

/// <summary>Reads the answer of a Lecture transaction and applies the integrity rule on the number of UE (RG_ALIM_019).</summary>
internal static class OfferReading
{
    /// <summary>The error code ANS gives to an announced UE count that differs from the UE returned.</summary>
    public const int FacilityNumberMismatchCode = 405;

    /// <summary>
    /// Sends a <c>careServicesRequest</c> (action <c>ror-search</c>) and reads its answer, shared by both Lecture transactions.
    /// </summary>
    public static Task<RorOfferResult> SendAsync(
        RorClientRuntime runtime, string transaction, CareServicesRequest request, CancellationToken cancellationToken)
    {
        var options = runtime.Options;
        var writerOptions = CsdMessageSettings.Writer(options);
        var readerOptions = CsdMessageSettings.Reader(options);
        return runtime.Soap.SendAsync(
            transaction,
            RorSoapActions.Search,
            writer => CsdWriter.WriteMessage(writer, request, writerOptions),
            reader => Read(reader, transaction, readerOptions, options.FacilityNumberCheck, runtime.Logger),
            cancellationToken);
    }

    public static RorOfferResult Read(
        System.Xml.XmlReader reader,
        string transaction,
        CsdReaderOptions readerOptions,
        RorIntegrityCheckMode check,
        ILogger logger)
    {
        var response = CsdReader.ReadCareServicesResponse(reader, readerOptions);
        if (response.Outcome is CsdError error)
        {
            throw RorExceptionMapper.CreateServiceFault(
                transaction, new SoapFaultDetails(error.Code, error.Message ?? error.Text, null), HttpStatusCode.OK, null);
        }

        var result = (CareServicesResult)response.Outcome;
        var document = result.QueryResult;
        var elementaryUnits = RorOfferClassification.CountElementaryUnits(document);
        if (result.FacilityNumber is { } announced && announced != elementaryUnits)
        {
            if (check == RorIntegrityCheckMode.Error)
            {
                throw new RorResponseInvalidException(
                    $"{transaction}: the ROR announced {announced} elementary unit(s) (facilityNumber) but returned {elementaryUnits} (RG_ALIM_019).")
                {
                    Transaction = transaction,
                    RorErrorCode = FacilityNumberMismatchCode,
                    RorErrorMessage = "facilityNumber differs from the number of UE returned",
                };
            }

            RorClientLog.CountMismatch(logger, transaction, announced, elementaryUnits);
        }

        return new RorOfferResult(document, result.FacilityNumber, elementaryUnits);
    }
}
