using Ror.Client.Csd;

namespace Ror.Client.Sync.Storage;

/// <summary>A stored internal organisation (OI): pôle, service, UF or elementary unit (UE, level 4).</summary>
public sealed record StoredInternalOrganization
{
    /// <summary>identifiantOI (<c>region/id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The <c>entityID</c> it had in the last document it came from (opaque, secondary).</summary>
    public required string EntityId { get; init; }

    /// <summary>idNat_Struct of its establishment.</summary>
    public required string EstablishmentId { get; init; }

    /// <summary>identifiantOI of its parent OI; null when it hangs directly under the establishment.</summary>
    public string? ParentId { get; init; }

    /// <summary>TRE_R207 level: 1 pôle, 2 structure interne / service, 3 UF, 4 UE; null when not given.</summary>
    public int? Level { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Champs d'activité (TRE_R227: 01 MCO … 05 ville); a UE has exactly one.</summary>
    public EquatableList<string> ActivityFields { get; init; } = [];

    /// <summary>Care mode code (mode de prise en charge, TRE_R213); null for non-UE levels.</summary>
    public string? CareMode { get; init; }

    /// <summary>Minimum patient age.</summary>
    public int? MinimumAge { get; init; }

    /// <summary>Maximum patient age.</summary>
    public int? MaximumAge { get; init; }

    /// <summary>Whether the unit is sensitive (hidden from most profiles).</summary>
    public bool IsSensitive { get; init; }

    /// <summary>Département of its own location, else of its establishment.</summary>
    public string? Department { get; init; }

    /// <summary>Permanent closing date.</summary>
    public DateOnly? ClosingDate { get; init; }

    /// <summary>Operational activity codes (TRE_R211) of its services.</summary>
    public EquatableList<string> ActivityCodes { get; init; } = [];

    /// <summary>Equipment codes (TRE_R212) of its devices, filtered for the caller's profile.</summary>
    public EquatableList<string> EquipmentCodes { get; init; } = [];

    /// <summary>Its capacities, filtered for the caller's profile.</summary>
    public EquatableList<StoredCapacity> Capacities { get; init; } = [];

    /// <summary>Its contacts, filtered for the caller's profile.</summary>
    public EquatableList<StoredContact> Contacts { get; init; } = [];
}
