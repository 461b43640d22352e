namespace Ror.Client.Errors;

/// <summary>
/// The answer of the ROR is malformed or unexpected (not the expected XML, or an integrity rule such as RG_ALIM_019 broken:
/// error code 405 when <c>facilityNumber</c> differs from the number of UE returned).
/// </summary>
public class RorResponseInvalidException : RorException
{
    /// <summary>Creates an exception with a default message.</summary>
    public RorResponseInvalidException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What failed, and where.</param>
    public RorResponseInvalidException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What failed, and where.</param>
    /// <param name="innerException">The cause.</param>
    public RorResponseInvalidException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
