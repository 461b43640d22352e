namespace Ror.Client.Csd;

/// <summary>
/// Thrown when an input cannot be read as a ROR CSD document or message: what went wrong
/// (<see cref="Error"/>), where (<see cref="LineNumber"/>, <see cref="LinePosition"/>,
/// <see cref="ElementPath"/>) and what was expected. The message never quotes document values.
/// </summary>
public sealed class CsdFormatException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public CsdFormatException()
        : this("The input is not a readable ROR CSD document.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public CsdFormatException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public CsdFormatException(string message, Exception? innerException)
        : this(CsdFormatError.Malformed, message, string.Empty, 0, 0, null, innerException)
    {
    }

    /// <summary>Creates the exception with every detail.</summary>
    /// <param name="error">The kind of error.</param>
    /// <param name="message">What went wrong (no document value).</param>
    /// <param name="elementPath">The element path, or an empty string when unknown.</param>
    /// <param name="lineNumber">The 1-based line, or 0 when unknown.</param>
    /// <param name="linePosition">The 1-based position in the line, or 0 when unknown.</param>
    /// <param name="expected">What was expected, or <see langword="null"/>.</param>
    /// <param name="innerException">The underlying exception, or <see langword="null"/>.</param>
    public CsdFormatException(
        CsdFormatError error,
        string message,
        string elementPath,
        int lineNumber,
        int linePosition,
        string? expected = null,
        Exception? innerException = null)
        : base(Describe(message, elementPath, lineNumber, linePosition, expected), innerException)
    {
        Error = error;
        Reason = message;
        ElementPath = elementPath ?? string.Empty;
        LineNumber = lineNumber;
        LinePosition = linePosition;
        Expected = expected;
    }

    /// <summary>The kind of error.</summary>
    public CsdFormatError Error { get; }

    /// <summary>The message without the location details.</summary>
    internal string Reason { get; }

    /// <summary>The path of the element being read, e.g. <c>/CSD/facilityDirectory/facility[12]/extension/patientsType</c>; empty when unknown.</summary>
    public string ElementPath { get; }

    /// <summary>The 1-based line of the error, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based position of the error in its line, or 0 when unknown.</summary>
    public int LinePosition { get; }

    /// <summary>What was expected (a root element, a value type, a limit), or <see langword="null"/>.</summary>
    public string? Expected { get; }

    private static string Describe(string message, string elementPath, int lineNumber, int linePosition, string? expected)
    {
        var text = message;
        if (!string.IsNullOrEmpty(expected))
        {
            text += $" Expected: {expected}.";
        }

        if (!string.IsNullOrEmpty(elementPath))
        {
            text += $" Element: {elementPath}.";
        }

        if (lineNumber > 0)
        {
            text += $" Line {lineNumber}, position {linePosition}.";
        }

        return text;
    }
}
