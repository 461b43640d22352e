namespace Ror.Client.Testing.Data;

/// <summary>The creation and last-update instants of a generated item (created ≤ updated).</summary>
internal readonly record struct RecordDates(DateTimeOffset Created, DateTimeOffset Updated);
