namespace Ror.Client.Testing.Data;

/// <summary>One operational activity (service directory entry) of a planned establishment.</summary>
internal sealed record PlannedService(int Ordinal, string EntityId, string ActivityCode, RecordDates Dates);
