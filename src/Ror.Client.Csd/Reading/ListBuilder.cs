using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// Collects the items of a repeated element into an <see cref="EquatableList{T}"/> with one exact-size
/// array, the only allocation left: the first four items are held inline (most ROR lists are that
/// short), longer lists grow in a pooled buffer.
/// </summary>
/// <remarks>A mutable struct: keep it in a local and never copy it.</remarks>
internal struct ListBuilder<T>
{
    private const int InlineCount = 4;

    private T _item0;
    private T _item1;
    private T _item2;
    private T _item3;
    private T[]? _more;
    private int _count;

    public void Add(T item)
    {
        switch (_count)
        {
            case 0:
                _item0 = item;
                break;
            case 1:
                _item1 = item;
                break;
            case 2:
                _item2 = item;
                break;
            case 3:
                _item3 = item;
                break;
            default:
                var index = _count - InlineCount;
                if (_more is null)
                {
                    _more = ArrayPool<T>.Shared.Rent(InlineCount);
                }
                else if (index == _more.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(_more.Length * 2);
                    _more.AsSpan().CopyTo(larger);
                    Return(_more);
                    _more = larger;
                }

                _more[index] = item;
                break;
        }

        _count++;
    }

    /// <summary>Returns the items as a list (an empty list allocates nothing) and releases the buffer.</summary>
    public EquatableList<T> Build()
    {
        if (_count == 0)
        {
            return default;
        }

        var result = new T[_count];

        // The array is exactly T[] (just made): written through a reference, without the covariance check of each
        // store into an array of a reference type.
        ref var first = ref MemoryMarshal.GetArrayDataReference(result);
        first = _item0;
        if (_count > 1)
        {
            Unsafe.Add(ref first, 1) = _item1;
            if (_count > 2)
            {
                Unsafe.Add(ref first, 2) = _item2;
                if (_count > 3)
                {
                    Unsafe.Add(ref first, 3) = _item3;
                }
            }
        }

        if (_more is not null)
        {
            _more.AsSpan(0, _count - InlineCount).CopyTo(result.AsSpan(InlineCount));
            Return(_more);
        }

        this = default;
        return EquatableList<T>.Wrap(result);
    }

    private static void Return(T[] items) => ArrayPool<T>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
