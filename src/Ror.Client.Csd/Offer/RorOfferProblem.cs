namespace Ror.Client.Csd.Offer;

/// <summary>A link of the document that could not be followed while building a <see cref="RorOffer"/>.</summary>
/// <remarks>Problems are reported, never thrown: ROR answers are partial by design (RG_EXP_002).</remarks>
public sealed record RorOfferProblem
{
    /// <summary>What is wrong.</summary>
    public required RorOfferProblemKind Kind { get; init; }

    /// <summary>The <c>entityID</c> of the entity that holds the link.</summary>
    public required string EntityId { get; init; }

    /// <summary>The link, as a path from the entity (e.g. <c>extension/parentFacility</c>).</summary>
    public required string Link { get; init; }

    /// <summary>The <c>entityID</c> the link names.</summary>
    public required string ReferencedEntityId { get; init; }

    /// <summary>A human explanation (no personal data: identifiers only).</summary>
    public required string Message { get; init; }
}
