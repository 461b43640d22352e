using System.Globalization;
using System.Text;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// Thrown by <see cref="CsdValidationResult.ThrowIfInvalid"/> when a document does not validate against the ROR CSD
/// 2.4 schema. <see cref="Result"/> holds every issue found.
/// </summary>
public sealed class CsdValidationException : Exception
{
    private const int IssuesInMessage = 5;

    /// <summary>Creates the exception for an invalid validation result.</summary>
    /// <param name="result">The validation result; must not be valid.</param>
    public CsdValidationException(CsdValidationResult result)
        : base(BuildMessage(result))
    {
        Result = result;
    }

    /// <summary>The full validation result.</summary>
    public CsdValidationResult Result { get; }

    private static string BuildMessage(CsdValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = result.Errors.ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The document does not validate against the ROR CSD 2.4 schema: {errors.Count} error(s)");
        if (result.IsTruncated)
        {
            text.Append(" (validation stopped early)");
        }

        text.Append('.');
        foreach (var issue in errors.Take(IssuesInMessage))
        {
            text.Append(Environment.NewLine).Append("  ").Append(issue);
        }

        if (errors.Count > IssuesInMessage)
        {
            text.Append(Environment.NewLine).Append(CultureInfo.InvariantCulture, $"  ... and {errors.Count - IssuesInMessage} more.");
        }

        return text.ToString();
    }
}
