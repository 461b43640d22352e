namespace Ror.Client.Testing.Faults;

/// <summary>Stops the code producing an answer once an injected fault has aborted the connection.</summary>
internal sealed class ResponseAbortedException : Exception
{
    public ResponseAbortedException()
        : base("The connection was aborted by an injected fault.")
    {
    }
}
