using Ror.Client.Csd;

namespace Ror.Client.Sync.Storage;

/// <summary>An establishment with its EJ and its internal organisations, as a caller with a given profile may see them.</summary>
public sealed record StoredEstablishmentTree
{
    /// <summary>The EJ, when stored.</summary>
    public StoredLegalEntity? LegalEntity { get; init; }

    /// <summary>The EG.</summary>
    public required StoredEstablishment Establishment { get; init; }

    /// <summary>Its internal organisations, parents before children (by level, then identifier).</summary>
    public EquatableList<StoredInternalOrganization> InternalOrganizations { get; init; } = [];
}
