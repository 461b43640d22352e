namespace Ror.Client.Testing.Data;

/// <summary>
/// The cheap skeleton of one generated establishment: identifiers, kind, place, tree, links and every
/// top-level record date. Entities are materialised from it on demand, one directory at a time.
/// </summary>
internal sealed class EstablishmentPlan
{
    public required long Index { get; init; }

    public required EstablishmentKind Kind { get; init; }

    /// <summary>A sub-kind (e.g. IME, MAS or ESAT for a disability facility).</summary>
    public required int Variant { get; init; }

    public required FrenchCommune Commune { get; init; }

    public required long LegalEntityIndex { get; init; }

    /// <summary>The commune of the legal entity's head office (the group's first establishment's).</summary>
    public required FrenchCommune LegalEntityCommune { get; init; }

    public required int PositionInGroup { get; init; }

    public required string LegalEntityEntityId { get; init; }

    public required string LegalEntityStructureId { get; init; }

    public required RecordDates LegalEntityDates { get; init; }

    public required string EntityId { get; init; }

    public required string StructureId { get; init; }

    public required string Name { get; init; }

    public required RecordDates Dates { get; init; }

    public DateOnly? ClosingDate { get; init; }

    public required IReadOnlyList<PlannedUnit> Units { get; init; }

    public required IReadOnlyList<PlannedService> Services { get; init; }

    public required IReadOnlyList<PlannedDevice> Devices { get; init; }

    public required IReadOnlyList<PlannedProvider> Providers { get; init; }

    /// <summary>The union of the UE champs, ordinal order.</summary>
    public required IReadOnlyList<string> Fields { get; init; }

    /// <summary>The union of the UE publics pris en charge, ordinal order.</summary>
    public required IReadOnlyList<string> SupportedPatients { get; init; }

    /// <summary>The latest <c>record/@updated</c> of every top-level entity of the establishment bundle.</summary>
    public required DateTimeOffset LastUpdated { get; init; }
}
