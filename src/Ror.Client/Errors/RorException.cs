using System.Net;

namespace Ror.Client.Errors;

/// <summary>
/// Base of every error raised by the ROR client. Carries what is known about the failed call; never
/// a message body, a personal identifier or a secret.
/// </summary>
public class RorException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public RorException()
        : base("The ROR call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, and where.</param>
    public RorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause.</param>
    public RorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Official name of the ROR transaction (e.g. <c>TR-Lecture-OffresSanteEtablissement</c>), when known.</summary>
    public string? Transaction { get; init; }

    /// <summary>HTTP status of the last response, when one was received.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The ROR error code (e.g. 405, 444), when the server gave one.</summary>
    public int? RorErrorCode { get; init; }

    /// <summary>The ROR error message, when the server gave one.</summary>
    public string? RorErrorMessage { get; init; }

    /// <summary>Identifier of the call in traces and logs (the W3C trace id of its activity).</summary>
    public string? CorrelationId { get; init; }
}
