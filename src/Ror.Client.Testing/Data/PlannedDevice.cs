namespace Ror.Client.Testing.Data;

/// <summary>One specific equipment (device directory entry) of a planned establishment, held by one unit.</summary>
internal sealed record PlannedDevice(int Ordinal, string EntityId, string EquipmentCode, int Unit, RecordDates Dates);
