using System.Globalization;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// One problem found while validating a document against the ROR CSD 2.4 schema.
/// </summary>
/// <param name="Severity">Whether the problem makes the document invalid.</param>
/// <param name="Message">What is wrong, as reported by the schema validator. It can quote the offending value.</param>
/// <param name="LineNumber">1-based line of the offending node, or 0 when unknown.</param>
/// <param name="LinePosition">1-based column of the offending node, or 0 when unknown.</param>
/// <param name="ElementPath">
/// Path of the offending element from the validated message element, with local names and a 1-based position
/// among same-named siblings when it is not the first one (for instance
/// <c>/CSD/facilityDirectory/facility[3]/extension/careMode</c>); <see langword="null"/> when not inside an element.
/// </param>
public sealed record CsdValidationIssue(
    CsdValidationSeverity Severity,
    string Message,
    int LineNumber,
    int LinePosition,
    string? ElementPath)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Severity} ({LineNumber},{LinePosition}) {ElementPath ?? "-"}: {Message}");
}
