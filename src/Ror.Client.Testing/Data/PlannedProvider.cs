namespace Ror.Client.Testing.Data;

/// <summary>One professional (provider directory entry) of a planned establishment, working in one unit.</summary>
internal sealed record PlannedProvider(int Ordinal, string EntityId, string NationalId, CodeEntry Profession, int Unit, int Service, RecordDates Dates);
