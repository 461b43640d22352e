using System.Globalization;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// One ROR business rule broken by a document, found by <see cref="RorRuleChecker"/>.
/// </summary>
/// <param name="RuleId">The ROR rule, e.g. <c>RG_EXP_010</c> (see <see cref="RorRuleChecker"/> for the list).</param>
/// <param name="Severity">
/// <see cref="CsdValidationSeverity.Error"/> when the rule is broken for sure; <see cref="CsdValidationSeverity.Warning"/>
/// when the document may legitimately be partial (e.g. a UE not sent because it misses a mandatory element).
/// </param>
/// <param name="EntityId">The <c>entityID</c> of the entity concerned.</param>
/// <param name="Path">
/// Where, from the entity: <c>facility[@entityID='F1']/extension/contact[2]/contactPoint[1]</c> (1-based positions).
/// </param>
/// <param name="Message">What is wrong, without quoting personal data (no names, no phone numbers).</param>
public sealed record RorRuleCheckerFinding(
    string RuleId,
    CsdValidationSeverity Severity,
    string EntityId,
    string Path,
    string Message)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Severity} {RuleId} {Path}: {Message}");
}
