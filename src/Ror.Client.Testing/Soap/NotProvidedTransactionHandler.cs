using Ror.Client.Testing.Errors;

namespace Ror.Client.Testing.Soap;

/// <summary>
/// The real service's answer to a transaction it does not offer: code 444 "Non prévu sur la plateforme", in the
/// transaction's error shape (<c>csd:careServicesResponse/csd:error</c> for the Lecture transactions, a SOAP fault
/// with <c>ror:erreur</c> for TR-Notif, unless <see cref="RorSimulatorOptions.ErrorShape"/> says otherwise).
/// </summary>
internal sealed class NotProvidedTransactionHandler : ISoapTransactionHandler
{
    public static NotProvidedTransactionHandler Instance { get; } = new();

    public Task HandleAsync(SoapRequestContext context, CancellationToken cancellationToken) =>
        context.WriteErrorAsync(SimulatedErrorCodes.NotProvided, SimulatedErrorCodes.NotProvidedMessage, shape: null, cancellationToken);
}
