namespace Ror.Client.Csd.Tests.Reading;

/// <summary>
/// Tests that measure the process's memory, or that allocate much of it: they run one after the other, after the
/// parallel tests, so that none of them sees another's allocations.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemorySensitiveCollection
{
    public const string Name = "Memory-sensitive";
}
