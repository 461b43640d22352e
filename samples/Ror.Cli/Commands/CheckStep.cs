namespace Ror.Cli.Commands;

/// <summary>The outcome of one step of <c>ror check</c>.</summary>
internal enum CheckOutcome
{
    Passed,
    Warning,
    Failed,
    Skipped,
}

/// <summary>One step of <c>ror check</c>: what was checked, how it went, and what to do when it failed.</summary>
internal sealed record CheckStep(string Name, CheckOutcome Outcome, string Detail, string? Hint = null)
{
    public string Symbol => Outcome switch
    {
        CheckOutcome.Passed => "✓",
        CheckOutcome.Warning => "!",
        CheckOutcome.Failed => "✗",
        _ => "–",
    };
}
