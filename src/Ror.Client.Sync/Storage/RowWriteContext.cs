namespace Ror.Client.Sync.Storage;

/// <summary>
/// What the row writer must remember while it walks one CSD document: the <c>entityID</c> → business-key
/// maps that turn in-document links into stored keys. For a Lecture EG answer it lives for one
/// document; for an extraction it lives for the whole stream (a few strings per organisation and per
/// facility: services and devices are staged in SQLite instead).
/// </summary>
internal sealed class RowWriteContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="obtainedUnderProfile">The access profile the data was obtained under (stored with each establishment).</param>
    /// <param name="singleEstablishment">For a Lecture EG answer, the establishment every facility belongs to when its link does not resolve; null for an extraction.</param>
    /// <param name="intoEmptyStore">Whether the rows go into an empty database (an extraction import), where nothing written before this document needs replacing.</param>
    public RowWriteContext(int obtainedUnderProfile, string? singleEstablishment, bool intoEmptyStore = false)
    {
        ObtainedUnderProfile = obtainedUnderProfile;
        SingleEstablishment = singleEstablishment;
        IntoEmptyStore = intoEmptyStore;
    }

    /// <summary>Whether the rows go into an empty database.</summary>
    public bool IntoEmptyStore { get; }

    /// <summary>Keys of the EJs written into an empty store so far (a repeated EJ replaces its earlier rows).</summary>
    public HashSet<string> WrittenLegalEntities { get; } = new(StringComparer.Ordinal);

    /// <summary>The access profile the data was obtained under.</summary>
    public int ObtainedUnderProfile { get; }

    /// <summary>The establishment of a one-establishment document, or null for an extraction.</summary>
    public string? SingleEstablishment { get; }

    /// <summary>entityID of an EJ → its idNat_Struct.</summary>
    public Dictionary<string, string> LegalEntities { get; } = new(StringComparer.Ordinal);

    /// <summary>entityID of an EG → its idNat_Struct.</summary>
    public Dictionary<string, string> Establishments { get; } = new(StringComparer.Ordinal);

    /// <summary>idNat_Struct of an establishment → its département (null when unknown), inherited by its OIs.</summary>
    public Dictionary<string, string?> EstablishmentDepartments { get; } = new(StringComparer.Ordinal);

    /// <summary>entityID of a facility → (identifiantOI, establishment idNat_Struct).</summary>
    public Dictionary<string, (string InternalOrganization, string Establishment)> Facilities { get; } = new(StringComparer.Ordinal);

    /// <summary>Facilities skipped because their establishment is not in the document.</summary>
    public long OrphanFacilities { get; set; }

    /// <summary>Professionals skipped because none of their links reaches a stored establishment.</summary>
    public long OrphanProviders { get; set; }

    /// <summary>Entities written so far.</summary>
    public long Entities { get; set; }
}
