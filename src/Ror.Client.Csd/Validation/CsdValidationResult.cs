using System.Xml;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// The outcome of <see cref="CsdSchemaValidator"/>: whether the document is valid and every issue found.
/// </summary>
public sealed record CsdValidationResult
{
    /// <summary>The issues found, in document order. Empty for a clean document. Compared by value.</summary>
    public EquatableList<CsdValidationIssue> Issues { get; init; } = [];

    /// <summary>
    /// The qualified name of the message element that was validated (the root element, or the child of the SOAP
    /// <c>Body</c>); <see langword="null"/> when none was found.
    /// </summary>
    public XmlQualifiedName? MessageElement { get; init; }

    /// <summary>
    /// <see langword="true"/> when validation stopped early because <see cref="CsdValidationOptions.MaxIssues"/>
    /// issues were collected; the rest of the document was not checked.
    /// </summary>
    public bool IsTruncated { get; init; }

    /// <summary><see langword="true"/> when no issue of severity <see cref="CsdValidationSeverity.Error"/> was found.</summary>
    public bool IsValid => !Issues.Any(static issue => issue.Severity == CsdValidationSeverity.Error);

    /// <summary>The issues of severity <see cref="CsdValidationSeverity.Error"/>.</summary>
    public IEnumerable<CsdValidationIssue> Errors => Issues.Where(static issue => issue.Severity == CsdValidationSeverity.Error);

    /// <summary>The issues of severity <see cref="CsdValidationSeverity.Warning"/>.</summary>
    public IEnumerable<CsdValidationIssue> Warnings => Issues.Where(static issue => issue.Severity == CsdValidationSeverity.Warning);

    /// <summary>Throws a <see cref="CsdValidationException"/> when the document is not valid.</summary>
    /// <returns>This result, so that the call can be chained.</returns>
    /// <exception cref="CsdValidationException">The document has at least one error.</exception>
    public CsdValidationResult ThrowIfInvalid() => IsValid ? this : throw new CsdValidationException(this);
}
