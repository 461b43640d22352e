using System.Net.Http;
using System.Runtime.CompilerServices;
using Ror.Client.Csd.Models;
using Ror.Client.Csd;
using Ror.Client.DependencyInjection;
using Ror.Client.Errors;

namespace Ror.Client.Transactions;

/// <summary>TR-Récupération Extraction read as a stream of entities.</summary>
internal static class ExtractionTransaction
{
    public static async IAsyncEnumerable<CsdEntity> ReadAsync(RorClientRuntime runtime, CsdReaderOptions readerOptions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string transaction = RorTransactions.Extraction;
        var content = await runtime.Rest.OpenExtractionAsync(0, cancellationToken).ConfigureAwait(false);
        await using (content.ConfigureAwait(false))
        {
            var entities = CsdReader.ReadEntitiesAsync(content.Content, readerOptions, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (entities.ConfigureAwait(false))
            {
                while (true)
                {
                    try
                    {
                        if (!await entities.MoveNextAsync().ConfigureAwait(false))
                        {
                            yield break;
                        }
                    }
                    catch (CsdFaultException fault)
                    {
                        throw RorExceptionMapper.CreateServiceFault(
                            transaction, new SoapFaultDetails(fault.Fault.Code, fault.Fault.Message, fault.Fault.SoapCode), null, null, fault);
                    }
                    catch (CsdFormatException format)
                    {
                        throw new RorResponseInvalidException($"{transaction}: the extraction is not a readable CSD document ({format.Error}).", format)
                        { Transaction = transaction };
                    }
                    catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                    {
                        throw new RorUnavailableException($"{transaction}: the extraction download broke; download it to a file to resume it.", exception)
                        { Transaction = transaction };
                    }

                    yield return entities.Current;
                }
            }
        }
    }
}
