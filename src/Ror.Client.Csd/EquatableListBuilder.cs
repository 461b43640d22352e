namespace Ror.Client.Csd;

/// <summary>
/// Creates <see cref="EquatableList{T}"/> instances; also the builder behind collection expressions.
/// </summary>
public static class EquatableListBuilder
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    public static EquatableList<T> Create<T>(ReadOnlySpan<T> items) => new(items);

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    public static EquatableList<T> Create<T>(IEnumerable<T> items) => new(items);

    /// <summary>Copies a sequence into an <see cref="EquatableList{T}"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    public static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items) => new(items);
}
