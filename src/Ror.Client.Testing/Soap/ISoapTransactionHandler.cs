namespace Ror.Client.Testing.Soap;

/// <summary>
/// Produces the answer of one ROR SOAP transaction. The SOAP layer has already checked the transport, the envelope and
/// the action, classified the transaction, resolved the access profile, applied fault injection and forced errors;
/// the handler reads the request Body child and writes exactly one answer through the context.
/// </summary>
/// <remarks>
/// <para>Register a handler with <see cref="RorSimulatorOptions.TransactionHandlers"/> (before start) or
/// <see cref="RorSimulator.SetTransactionHandler"/> (while running). A transaction without a handler, or listed in
/// <see cref="RorSimulatorOptions.UnsupportedTransactions"/>, gets the "not provided" answer (code 444).</para>
/// <para>A typical handler:
/// <code>
/// using XmlReader request = context.CreateBodyReader();      // positioned on the Body child
/// var query = Parse(request);                               // business parsing
/// if (notFound) { await context.WriteErrorAsync(444, "…", null, ct); return; }
/// await context.WriteResponseAsync(async (writer, token) => { /* write csd:careServicesResponse */ }, ct);
/// </code>
/// Handlers are called concurrently; they must be thread-safe. An exception thrown before the answer starts becomes an
/// <c>env:Receiver</c> fault; after it starts, the connection is aborted.</para>
/// </remarks>
internal interface ISoapTransactionHandler
{
    /// <summary>Answers one request.</summary>
    /// <param name="context">The request and the means to answer it.</param>
    /// <param name="cancellationToken">Signalled when the client disconnects or the simulator stops.</param>
    /// <returns>A task completing when the answer is written.</returns>
    Task HandleAsync(SoapRequestContext context, CancellationToken cancellationToken);
}
