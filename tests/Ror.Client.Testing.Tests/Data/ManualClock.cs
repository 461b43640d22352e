namespace Ror.Client.Testing.Tests.Data;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Current { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Current;

    public void Advance(TimeSpan span) => Current += span;
}
