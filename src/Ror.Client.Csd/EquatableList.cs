using System.Collections;
using System.Runtime.CompilerServices;

namespace Ror.Client.Csd;

/// <summary>
/// An immutable list with structural equality: two lists are equal when they hold equal items in the
/// same order. Model records use it for every repeated element so that they compare by value.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// Wraps an array that it never exposes nor mutates. Supports collection expressions
/// (<c>EquatableList&lt;CodedType&gt; codes = [code1, code2];</c>); the default value behaves as
/// <see cref="Empty"/>.
/// </remarks>
[CollectionBuilder(typeof(EquatableListBuilder), nameof(EquatableListBuilder.Create))]
public readonly struct EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[]? _items;

    private EquatableList(T[] items)
    {
        _items = items;
    }

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    public EquatableList(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items.ToArray();
    }

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    public EquatableList(ReadOnlySpan<T> items)
    {
        _items = items.ToArray();
    }

    /// <summary>The empty list.</summary>
    public static EquatableList<T> Empty => default;

    /// <summary>The number of items.</summary>
    public int Count => Items.Length;

    /// <summary><see langword="true"/> when the list holds no item.</summary>
    public bool IsEmpty => Items.Length == 0;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    public T this[int index] => Items[index];

    private T[] Items => _items ?? [];

    /// <summary>Wraps an array without copying it; the caller must never change it afterwards.</summary>
    internal static EquatableList<T> Wrap(T[] items) => new(items);

    /// <summary>The items as a read-only span.</summary>
    public ReadOnlySpan<T> AsSpan() => Items;

    /// <summary>Returns an enumerator over the items: a structure, so that <c>foreach</c> over the list allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(Items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    /// <summary>Compares the items pairwise, in order, with <see cref="EqualityComparer{T}.Default"/>.</summary>
    /// <param name="other">The list to compare with.</param>
    public bool Equals(EquatableList<T> other)
    {
        var left = Items;
        var right = other.Items;
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    /// <summary>A hash code combining the hash codes of the items.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Shows the item type and count, e.g. <c>EquatableList&lt;CodedType&gt;[3]</c>.</summary>
    public override string ToString() => $"EquatableList<{typeof(T).Name}>[{Count}]";

    /// <summary>Compares two lists item by item.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator ==(EquatableList<T> left, EquatableList<T> right) => left.Equals(right);

    /// <summary>Compares two lists item by item.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    public static bool operator !=(EquatableList<T> left, EquatableList<T> right) => !left.Equals(right);

    /// <summary>Enumerates the items of an <see cref="EquatableList{T}"/>, in order, without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <summary>The item at the current position.</summary>
        public readonly T Current => _items[_index];

        readonly object? IEnumerator.Current => Current;

        /// <summary>Moves to the next item.</summary>
        /// <returns><see langword="false"/> past the last item.</returns>
        public bool MoveNext()
        {
            var next = _index + 1;
            if (next < _items.Length)
            {
                _index = next;
                return true;
            }

            _index = _items.Length;
            return false;
        }

        void IEnumerator.Reset() => _index = -1;

        /// <summary>Releases nothing: the enumerator holds no resource.</summary>
        public readonly void Dispose()
        {
        }
    }
}
