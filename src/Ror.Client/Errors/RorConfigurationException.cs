namespace Ror.Client.Errors;

/// <summary>
/// The client is misconfigured: invalid options, or the server says the address or the media type is wrong (HTTP 404, 415).
/// </summary>
public class RorConfigurationException : RorException
{
    /// <summary>Creates an exception with a default message.</summary>
    public RorConfigurationException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, and where.</param>
    public RorConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause.</param>
    public RorConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
