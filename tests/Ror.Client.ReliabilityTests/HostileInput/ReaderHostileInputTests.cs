using Ror.Client.Csd;
using Ror.Client.ReliabilityTests.Infrastructure;

namespace Ror.Client.ReliabilityTests.HostileInput;

/// <summary>Hostile documents given to the reader: each ends in a typed <see cref="CsdFormatException"/>, quickly, in bounded memory.</summary>
public sealed class ReaderHostileInputTests
{
    private const long MemoryBound = 256L * 1024 * 1024;

    public static TheoryData<string, CsdFormatError> Cases => new()
    {
        { "xxe", CsdFormatError.DtdProhibited },
        { "external-dtd", CsdFormatError.DtdProhibited },
        { "billion-laughs", CsdFormatError.DtdProhibited },
        { "deep-nesting", CsdFormatError.LimitExceeded },
        { "huge-attribute", CsdFormatError.LimitExceeded },
        { "huge-text", CsdFormatError.LimitExceeded },
        { "past-size-limit", CsdFormatError.LimitExceeded },
        { "zip-bomb-ratio", CsdFormatError.ArchiveLimitExceeded },
        { "gzip-bomb-ratio", CsdFormatError.ArchiveLimitExceeded },
        { "zip-total-size", CsdFormatError.ArchiveLimitExceeded },
        { "zip-path-traversal", CsdFormatError.UnsafeArchiveEntry },
        { "zip-absolute-path", CsdFormatError.UnsafeArchiveEntry },
        { "wrong-namespace", CsdFormatError.UnexpectedRoot },
        { "invalid-utf8", CsdFormatError.Malformed },
        { "date-out-of-range", CsdFormatError.InvalidValue },
        { "truncated", CsdFormatError.Truncated },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ReadEntitiesAsync_HostileInput_ThrowsTypedFormatErrorInBoundedTimeAndMemory(string name, CsdFormatError expected)
    {
        var (input, options) = Build(name);
        var before = GC.GetTotalAllocatedBytes(precise: false);

        var error = await Guard.CaptureAsync(async ct =>
        {
            await using var stream = new MemoryStream(input, writable: false);
            await foreach (var entity in CsdReader.ReadEntitiesAsync(stream, options, ct))
            {
                GC.KeepAlive(entity);
            }
        });

        var allocated = GC.GetTotalAllocatedBytes(precise: false) - before;
        var format = Assert.IsType<CsdFormatException>(error);
        Assert.True(format.Error == expected, $"{name}: expected {expected}, got {format.Error}: {format.Message}");
        Assert.True(allocated < MemoryBound + (input.Length * 4L), $"{name}: {allocated} bytes allocated for a {input.Length}-byte input.");
    }

    private static (byte[] Input, CsdReaderOptions Options) Build(string name) => name switch
    {
        "xxe" => (Fixtures.Xxe, CsdReaderOptions.Default),
        "external-dtd" => (Fixtures.ExternalDtd, CsdReaderOptions.Default),
        "billion-laughs" => (Fixtures.BillionLaughs, CsdReaderOptions.Default),
        "deep-nesting" => (Fixtures.DeepNesting(), CsdReaderOptions.Default),
        "huge-attribute" => (Fixtures.HugeAttribute, CsdReaderOptions.Default),
        "huge-text" => (Fixtures.HugeText, CsdReaderOptions.Default),
        "past-size-limit" => (Fixtures.Valid, CsdReaderOptions.Default with { MaxDocumentBytes = 4096 }),
        "zip-bomb-ratio" => (Fixtures.Zip(("offre.xml", Fixtures.Padded(32 * 1024 * 1024))), CsdReaderOptions.Default),
        "gzip-bomb-ratio" => (Fixtures.Gzip(Fixtures.Padded(32 * 1024 * 1024)), CsdReaderOptions.Default),
        "zip-total-size" => (Fixtures.Zip(("a.xml", Fixtures.Valid), ("b.xml", Fixtures.Valid)), CsdReaderOptions.Default with { MaxArchiveUncompressedBytes = Fixtures.Valid.Length + 100 }),
        "zip-path-traversal" => (Fixtures.Zip(("../../etc/offre.xml", Fixtures.Valid)), CsdReaderOptions.Default),
        "zip-absolute-path" => (Fixtures.Zip(("/tmp/offre.xml", Fixtures.Valid)), CsdReaderOptions.Default),
        "wrong-namespace" => (Fixtures.WrongNamespace, CsdReaderOptions.Default),
        "invalid-utf8" => (Fixtures.InvalidUtf8, CsdReaderOptions.Default),
        "date-out-of-range" => (Fixtures.DateOutOfRange, CsdReaderOptions.Default),
        "truncated" => (Fixtures.Valid[..(Fixtures.Valid.Length * 2 / 3)], CsdReaderOptions.Default),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
