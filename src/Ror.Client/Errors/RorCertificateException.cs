namespace Ror.Client.Errors;

/// <summary>
/// A certificate problem: the client certificate cannot be used, or the server certificate is not trusted, or the
/// server refused the TLS handshake. <see cref="Problem"/> tells which.
/// </summary>
public class RorCertificateException : RorAuthenticationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public RorCertificateException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, and where.</param>
    public RorCertificateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause.</param>
    public RorCertificateException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a given problem.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause, if any.</param>
    public RorCertificateException(RorCertificateProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>What is wrong with the certificate.</summary>
    public RorCertificateProblem Problem { get; init; }
}
