namespace Ror.Client.Csd.Access;

/// <summary>One rule of the ROR access policy: what a profile does not see, and why.</summary>
public sealed record RorAccessRule
{
    /// <summary>The identifier: the ANS rule of the profile, then the topic, e.g. <c>RG_ALIM_050/contact-level-2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The profile the rule restricts.</summary>
    public required RorAccessProfile Profile { get; init; }

    /// <summary>The kind of data, one of <see cref="RorAccessTopics"/>.</summary>
    public required string Topic { get; init; }

    /// <summary>A human explanation, suitable to show to a user who wonders why data is hidden.</summary>
    public required string Explanation { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
