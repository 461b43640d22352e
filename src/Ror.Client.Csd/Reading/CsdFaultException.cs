namespace Ror.Client.Csd;

/// <summary>
/// Thrown by <see cref="CsdReader"/> when the input is a well-formed ROR error answer (SOAP Fault,
/// <c>ror:erreur</c>, <c>careServicesResponse/error</c>) where data was expected.
/// </summary>
public sealed class CsdFaultException : Exception
{
    /// <summary>Creates the exception with an empty fault.</summary>
    public CsdFaultException()
        : this(new CsdFault(null, null, null, null))
    {
    }

    /// <summary>Creates the exception with a message and an empty fault.</summary>
    /// <param name="message">What went wrong.</param>
    public CsdFaultException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message, its cause and an empty fault.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public CsdFaultException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Fault = new CsdFault(null, message, null, null);
    }

    /// <summary>Creates the exception for a fault.</summary>
    /// <param name="fault">The error answered by the ROR.</param>
    public CsdFaultException(CsdFault fault)
        : base((fault ?? throw new ArgumentNullException(nameof(fault))).ToString())
    {
        Fault = fault;
    }

    /// <summary>The error answered by the ROR.</summary>
    public CsdFault Fault { get; }
}
