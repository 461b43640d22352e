namespace Ror.Client.Errors;

/// <summary>
/// The requested establishment or internal organisation is not in the answer of the ROR.
/// </summary>
public class RorNotFoundException : RorException
{
    /// <summary>Creates an exception with a default message.</summary>
    public RorNotFoundException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, and where.</param>
    public RorNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause.</param>
    public RorNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
