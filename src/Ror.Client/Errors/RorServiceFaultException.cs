namespace Ror.Client.Errors;

/// <summary>
/// The ROR answered with a business error: a SOAP 1.2 fault, a <c>csd:careServicesResponse/csd:error</c> or a bare
/// <c>ror:erreur</c>. <see cref="RorException.RorErrorCode"/> and <see cref="RorException.RorErrorMessage"/> hold what the
/// server said (e.g. 444 "Non prévu sur la plateforme"). Never retried.
/// </summary>
public class RorServiceFaultException : RorException
{
    /// <summary>Creates an exception with a default message.</summary>
    public RorServiceFaultException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, and where.</param>
    public RorServiceFaultException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause.</param>
    public RorServiceFaultException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The SOAP fault code (<c>env:Code/env:Value</c>, e.g. <c>Receiver</c>), when the error came as a SOAP fault.</summary>
    public string? SoapFaultCode { get; init; }
}
