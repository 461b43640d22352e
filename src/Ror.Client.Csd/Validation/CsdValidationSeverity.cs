namespace Ror.Client.Csd.Validation;

/// <summary>How serious a <see cref="CsdValidationIssue"/> is.</summary>
public enum CsdValidationSeverity
{
    /// <summary>The document breaks the schema (or is not well-formed XML, or is not a ROR CSD message): it is invalid.</summary>
    Error = 0,

    /// <summary>A schema warning (for instance content that the schema lets through without checking it). The document stays valid.</summary>
    Warning = 1,
}
