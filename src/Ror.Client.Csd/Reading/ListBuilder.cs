using System.Buffers;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// Collects the items of a repeated element into an <see cref="EquatableList{T}"/> with one exact-size
/// array: the growing buffer is pooled, so the only allocation left is the list the model keeps.
/// </summary>
/// <remarks>A mutable struct: keep it in a local and never copy it.</remarks>
internal struct ListBuilder<T>
{
    private T[]? _items;
    private int _count;

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = ArrayPool<T>.Shared.Rent(4);
        }
        else if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(larger);
            Return(_items);
            _items = larger;
        }

        _items[_count++] = item;
    }

    /// <summary>Returns the items as a list (empty lists allocate nothing) and releases the buffer.</summary>
    public EquatableList<T> Build()
    {
        if (_items is null)
        {
            return default;
        }

        var result = _items.AsSpan(0, _count).ToArray();
        Return(_items);
        _items = null;
        _count = 0;
        return EquatableList<T>.Wrap(result);
    }

    private void Return(T[] items) => ArrayPool<T>.Shared.Return(items, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
