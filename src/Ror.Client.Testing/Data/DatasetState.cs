using System.Collections.Immutable;

namespace Ror.Client.Testing.Data;

/// <summary>
/// An immutable snapshot of the changes made to a dataset: replaced or removed generated establishments
/// (by index; <see langword="null"/> = removed) and added establishments, in order. Readers work on one
/// snapshot, so a stream never sees half a change.
/// </summary>
internal sealed record DatasetState(ImmutableDictionary<int, EstablishmentBundle?> Overrides, ImmutableList<EstablishmentBundle> Added)
{
    public static DatasetState Initial { get; } = new(ImmutableDictionary<int, EstablishmentBundle?>.Empty, []);
}
