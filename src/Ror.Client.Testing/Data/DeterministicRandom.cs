namespace Ror.Client.Testing.Data;

/// <summary>
/// A small SplitMix64 pseudo-random generator whose sequence depends on its seed only, on every
/// runtime and in every process (unlike <see cref="Random"/> without a seed, <see cref="HashCode"/>
/// or <see cref="string.GetHashCode()"/>), so that generated data is reproducible byte for byte.
/// </summary>
internal sealed class DeterministicRandom
{
    private ulong _state;

    public DeterministicRandom(ulong seed)
    {
        _state = seed;
    }

    /// <summary>Derives a seed from the dataset seed, an index and a salt naming what is generated.</summary>
    public static ulong Derive(int seed, long index, int salt)
    {
        var value = Mix(0x9E3779B97F4A7C15UL ^ (ulong)(uint)seed);
        value = Mix(value ^ (ulong)index);
        return Mix(value ^ (ulong)(uint)salt);
    }

    public static DeterministicRandom For(int seed, long index, int salt) => new(Derive(seed, index, salt));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A value in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A value in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int minInclusive, int maxInclusive) => minInclusive + Next(maxInclusive - minInclusive + 1);

    /// <summary>A value in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
