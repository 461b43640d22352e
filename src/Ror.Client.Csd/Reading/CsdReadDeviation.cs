namespace Ror.Client.Csd;

/// <summary>
/// One tolerated deviation from the ROR CSD 2.4 schema met while reading, reported through
/// <see cref="CsdReaderOptions.OnDeviation"/>. Carries names and positions only, never values (a
/// value may be personal data).
/// </summary>
/// <param name="Kind">What kind of deviation.</param>
/// <param name="ElementPath">Where: the element path, e.g. <c>/CSD/facilityDirectory/facility[12]/extension/patientsType</c>.</param>
/// <param name="Name">The element or attribute name concerned (as found, or as expected when missing).</param>
/// <param name="Expected">For an alias, the schema spelling; for a missing or misplaced item, what was expected; otherwise <see langword="null"/>.</param>
/// <param name="LineNumber">The 1-based line, or 0 when the reader gives no line information.</param>
/// <param name="LinePosition">The 1-based position in the line, or 0 when unknown.</param>
public sealed record CsdReadDeviation(
    CsdDeviationKind Kind,
    string ElementPath,
    string Name,
    string? Expected,
    int LineNumber,
    int LinePosition)
{
    /// <summary>A one-line description, e.g. <c>AliasUsed 'annualOpening' (expected 'annualOpenning') at /CSD/… (line 12, position 5)</c>.</summary>
    public override string ToString() =>
        $"{Kind} '{Name}'{(Expected is null ? string.Empty : $" (expected '{Expected}')")} at {ElementPath} (line {LineNumber}, position {LinePosition})";
}
