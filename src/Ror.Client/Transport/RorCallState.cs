using System.Net;
using Ror.Client.Errors;

namespace Ror.Client.Transport;

/// <summary>
/// What the HTTP pipeline observed during one ROR call (attempts, last status, SOAP fault seen), shared with the handlers
/// through an <see cref="AsyncLocal{T}"/> because WCF owns the HTTP request messages of SOAP calls.
/// </summary>
internal sealed class RorCallState
{
    private static readonly AsyncLocal<RorCallState?> CurrentState = new();
    private int _attempts;

    private RorCallState(string clientName, string transaction, string? soapAction)
    {
        ClientName = clientName;
        Transaction = transaction;
        SoapAction = soapAction;
    }

    /// <summary>The state of the call in progress on this asynchronous flow, if any.</summary>
    public static RorCallState? Current => CurrentState.Value;

    public string ClientName { get; }

    public string Transaction { get; }

    public string? SoapAction { get; }

    public int Attempts => Volatile.Read(ref _attempts);

    public HttpStatusCode? LastStatusCode { get; set; }

    /// <summary>The SOAP fault of the last response, if it was one (HTTP 400/500 with a SOAP body).</summary>
    public SoapFaultDetails? LastFault { get; set; }

    /// <summary>Starts a call: the state flows to the HTTP handlers of this asynchronous flow until the calling method returns.</summary>
    public static RorCallState Begin(string clientName, string transaction, string? soapAction)
    {
        var state = new RorCallState(clientName, transaction, soapAction);
        CurrentState.Value = state;
        return state;
    }

    public int NewAttempt() => Interlocked.Increment(ref _attempts);
}
