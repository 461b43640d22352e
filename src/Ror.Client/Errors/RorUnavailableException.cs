namespace Ror.Client.Errors;

/// <summary>
/// The ROR could not be reached or kept failing with transient errors (connection errors, timeouts, HTTP 5xx without a SOAP fault)
/// after the retries, or the circuit breaker is open. Worth trying again later.
/// </summary>
public class RorUnavailableException : RorException
{
    /// <summary>Creates an exception with a default message.</summary>
    public RorUnavailableException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, and where.</param>
    public RorUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause.</param>
    public RorUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
