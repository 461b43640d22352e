namespace Ror.Client.Testing.Data;

/// <summary>One code of a nomenclature with its display label.</summary>
internal sealed record CodeEntry(string Code, string Label);
