namespace Ror.Client.Errors;

/// <summary>
/// Access was refused: client certificate, TLS handshake, trust of the server certificate, or HTTP 401/403
/// (certificate not whitelisted, profile or transaction not granted). Never retried: the configuration or the onboarding must change.
/// </summary>
public class RorAuthenticationException : RorException
{
    /// <summary>Creates an exception with a default message.</summary>
    public RorAuthenticationException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, and where.</param>
    public RorAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause.</param>
    public RorAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
