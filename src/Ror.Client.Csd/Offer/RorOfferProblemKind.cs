namespace Ror.Client.Csd.Offer;

/// <summary>What is wrong with a link of a <see cref="RorOffer"/>.</summary>
public enum RorOfferProblemKind
{
    /// <summary>A link names an <c>entityID</c> that is not in the document (a dangling reference).</summary>
    UnresolvedReference,

    /// <summary>A link names an entity of the wrong kind (e.g. an EG whose <c>parent</c> is another EG).</summary>
    InvalidReference,

    /// <summary>Two entities of the same directory share an <c>entityID</c>; the first one is kept.</summary>
    DuplicateEntityId,

    /// <summary>The <c>parentFacility</c> links form a cycle; the OI is attached directly to its establishment.</summary>
    ParentFacilityCycle,
}
