namespace Ror.Client.Csd.Validation;

/// <summary>Settings of one <see cref="CsdSchemaValidator"/> call.</summary>
public sealed record CsdValidationOptions
{
    /// <summary>The default options.</summary>
    public static CsdValidationOptions Default { get; } = new();

    /// <summary>
    /// Validation stops after this many issues (<see cref="CsdValidationResult.IsTruncated"/> is then set), so that a
    /// broken national-scale file does not produce millions of issues. Default 100. Must be at least 1.
    /// </summary>
    public int MaxIssues { get; init; } = 100;

    /// <summary>Whether schema warnings are reported as <see cref="CsdValidationSeverity.Warning"/> issues. Default <see langword="true"/>.</summary>
    public bool IncludeWarnings { get; init; } = true;

    /// <summary>
    /// Upper bound on the size of the document, in characters, when the validator opens the reader itself (stream or
    /// string input); 0 (the default) means no limit, since full extractions run to hundreds of megabytes.
    /// </summary>
    public long MaxCharactersInDocument { get; init; }
}
