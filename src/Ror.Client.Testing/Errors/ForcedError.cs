namespace Ror.Client.Testing.Errors;

/// <summary>
/// A business error the simulator returns instead of the normal answer when a SOAP request matches: always, for one
/// transaction, or for one establishment or internal-organisation identifier.
/// </summary>
/// <remarks>Add it to <see cref="RorSimulatorOptions.ForcedErrors"/> before start, or to <see cref="RorSimulator.ForcedErrors"/> while running.</remarks>
public sealed record ForcedError
{
    /// <summary>The numeric ROR error code (e.g. <see cref="SimulatedErrorCodes.UnitCountMismatch"/>).</summary>
    public required int Code { get; init; }

    /// <summary>The error message (<c>@message</c>, also the fault reason).</summary>
    public required string Message { get; init; }

    /// <summary>The transaction it applies to; every SOAP transaction when <see langword="null"/>.</summary>
    public SimulatedTransaction? Transaction { get; init; }

    /// <summary>
    /// The requested identifier it applies to (ordinal comparison): the <c>id_etablissement/@code</c> of a Lecture EG,
    /// or the <c>organisationID/@code</c> of a Lecture OI. Any request when <see langword="null"/>.
    /// </summary>
    public string? TargetIdentifier { get; init; }

    /// <summary>The shape of the answer; <see cref="RorSimulatorOptions.ErrorShape"/> when <see langword="null"/>.</summary>
    public RorErrorShape? Shape { get; init; }

    /// <summary>An error for every SOAP request, or every request of one transaction.</summary>
    /// <param name="code">The ROR error code.</param>
    /// <param name="message">The error message.</param>
    /// <param name="transaction">The transaction, or <see langword="null"/> for every SOAP transaction.</param>
    /// <returns>The forced error.</returns>
    public static ForcedError Always(int code, string message, SimulatedTransaction? transaction = null) =>
        new() { Code = code, Message = message, Transaction = transaction };

    /// <summary>An error for the Lecture EG of one establishment.</summary>
    /// <param name="establishmentId">The idNat_Struct of the establishment (<c>id_etablissement/@code</c>).</param>
    /// <param name="code">The ROR error code.</param>
    /// <param name="message">The error message.</param>
    /// <returns>The forced error.</returns>
    public static ForcedError ForEstablishment(string establishmentId, int code, string message) =>
        new() { Code = code, Message = message, Transaction = SimulatedTransaction.EstablishmentRead, TargetIdentifier = establishmentId };

    /// <summary>An error for the Lecture OI of one internal organisation.</summary>
    /// <param name="internalOrganizationId">The OI identifier (<c>organisationID/@code</c>, e.g. <c>52/100042</c>).</param>
    /// <param name="code">The ROR error code.</param>
    /// <param name="message">The error message.</param>
    /// <returns>The forced error.</returns>
    public static ForcedError ForInternalOrganization(string internalOrganizationId, int code, string message) =>
        new() { Code = code, Message = message, Transaction = SimulatedTransaction.InternalOrganizationRead, TargetIdentifier = internalOrganizationId };

    internal bool Matches(SimulatedTransaction transaction, string? identifier) =>
        transaction != SimulatedTransaction.Extraction
        && (Transaction is null || Transaction == transaction)
        && (TargetIdentifier is null || string.Equals(TargetIdentifier, identifier, StringComparison.Ordinal));
}
