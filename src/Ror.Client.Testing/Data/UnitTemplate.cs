namespace Ror.Client.Testing.Data;

/// <summary>The shape of one kind of elementary unit (UE): its champ, care mode, activities, patientèle and resources.</summary>
internal sealed record UnitTemplate(
    string Name,
    string Field,
    string CareMode,
    string[] Activities,
    int AgeMin,
    int AgeMax,
    string? SupportedPatient,
    CapacityKind Capacity,
    string[] Equipment,
    bool CrisisCapable = false,
    double SensitiveChance = 0);
