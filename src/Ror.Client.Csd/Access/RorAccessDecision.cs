namespace Ror.Client.Csd.Access;

/// <summary>One element the access policy removed, with the rule that removed it.</summary>
public sealed record RorAccessDecision
{
    /// <summary>The rule.</summary>
    public required RorAccessRule Rule { get; init; }

    /// <summary>
    /// Where the element was in the input, as an XPath-like path of wire names from its entity, e.g.
    /// <c>facility[@entityID='F1']/extension/contact[2]</c>. Indexes start at 1 and appear only on repeated
    /// elements that occur more than once.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>The <c>entityID</c> of the entity that held the element (or of the removed entity).</summary>
    public required string EntityId { get; init; }

    /// <summary>
    /// The removed value, from the input: an entity, a <c>Contact</c>, a <c>ContactPoint</c>, a link, a code,
    /// or the value of an attribute (e.g. the number of available beds).
    /// </summary>
    public required object RemovedElement { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Rule.Id}: {Path}";
}
