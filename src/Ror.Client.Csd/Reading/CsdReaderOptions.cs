namespace Ror.Client.Csd;

/// <summary>
/// Limits and tolerance settings of <see cref="CsdReader"/>. Immutable: derive a variant with a
/// <c>with</c> expression, e.g. <c>CsdReaderOptions.Default with { MaxDocumentBytes = 64 * 1024 * 1024 }</c>.
/// </summary>
/// <remarks>
/// The defaults suit the largest expected input, the national extraction or the public weekly file
/// (hundreds of MB, possibly a few GB of XML once decompressed). Callers reading a SOAP answer should
/// set lower limits, see <see cref="ForMessages"/>.
/// </remarks>
public sealed record CsdReaderOptions
{
    /// <summary>The default options: file-sized limits (see each property), Europe/Paris local time.</summary>
    public static CsdReaderOptions Default { get; } = new();

    /// <summary>
    /// Options for one SOAP answer: documents up to 256 MiB, everything else as <see cref="Default"/>.
    /// </summary>
    public static CsdReaderOptions ForMessages { get; } = new() { MaxDocumentBytes = 256L * 1024 * 1024 };

    /// <summary>
    /// The largest XML document accepted, in bytes after decompression (and, for an
    /// <see cref="System.Xml.XmlReader"/> handed over by the caller, in characters). Default 8 GiB.
    /// For a zip archive the limit applies to each XML entry; <see cref="MaxArchiveUncompressedBytes"/>
    /// bounds their sum.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    /// <summary>The deepest element nesting accepted (the root element is at depth 1). Default 64.</summary>
    /// <remarks>A ROR document nests about 15 levels, 18 inside a SOAP envelope.</remarks>
    public int MaxElementDepth { get; init; } = 64;

    /// <summary>The longest attribute value or element text accepted, in characters. Default 1 MiB.</summary>
    public int MaxValueLength { get; init; } = 1024 * 1024;

    /// <summary>The largest number of entries a zip archive may hold (directories included). Default 1,000.</summary>
    public int MaxArchiveEntries { get; init; } = 1000;

    /// <summary>The largest sum of the uncompressed sizes of the XML entries of a zip archive. Default 16 GiB.</summary>
    public long MaxArchiveUncompressedBytes { get; init; } = 16L * 1024 * 1024 * 1024;

    /// <summary>
    /// The highest compression ratio (uncompressed / compressed bytes) accepted for a zip entry or a gzip
    /// stream once more than 1 MiB has been decompressed; above it the input is treated as a
    /// decompression bomb. Default 200 (ROR XML compresses about 10 to 30 times).
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>
    /// The time zone of <c>xs:dateTime</c> values that carry no offset (real ROR answers mix both forms).
    /// Such values are read, not rejected. Default Europe/Paris.
    /// </summary>
    public TimeZoneInfo LocalTimeZone { get; init; } = ParisTimeZone.Value;

    /// <summary>
    /// Called for every tolerated deviation from the ROR CSD 2.4 schema (unknown element skipped,
    /// misspelling alias, missing mandatory element…). <see langword="null"/> (the default) ignores them.
    /// </summary>
    /// <remarks>Called synchronously on the reading thread; keep it fast and never throw from it.</remarks>
    public Action<CsdReadDeviation>? OnDeviation { get; init; }

    /// <summary>
    /// Whether <see cref="CsdReader.ReadEntitiesAsync"/> and <see cref="CsdReader.ReadEntitiesFromFileAsync"/> keep each
    /// entity's XML exactly as read, for <see cref="CsdReader.TryGetEntityXml"/>. Default <see langword="false"/>.
    /// </summary>
    /// <remarks>
    /// For a store that keeps the CSD of each entity (the SQLite store's <c>raw_csd</c>): a copy of the bytes costs far
    /// less than writing the model again, and keeps what the model does not (unknown elements, the source's own
    /// spelling). Each captured entity holds its XML (about as many bytes as it took in the source) until it is collected.
    /// Only UTF-8 sources are captured.
    /// </remarks>
    public bool CaptureEntityXml { get; init; }

    /// <summary>
    /// With <see cref="CaptureEntityXml"/>: whether the reader writes each entity's XML into one buffer it reuses from
    /// entity to entity, instead of an array of the entity's own. Default <see langword="false"/>.
    /// </summary>
    /// <remarks>
    /// For a consumer that copies or writes each entity's XML before asking for the next entity, as the SQLite store's
    /// import does: it saves allocating a copy of every entity (about as many bytes as the entity took in the source),
    /// and the collections those allocations bring. The XML is then readable only until the reader moves on to the next
    /// entity or ends: <see cref="CsdReader.TryGetEntityXml"/> throws <see cref="InvalidOperationException"/> when asked
    /// for it later, never hands out another entity's bytes. Keep it off when entities or their XML outlive the loop body.
    /// </remarks>
    public bool ReuseEntityXmlBuffer { get; init; }

    /// <summary>Checks that every limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDocumentBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxElementDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxValueLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxArchiveEntries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxArchiveUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxCompressionRatio);
        ArgumentNullException.ThrowIfNull(LocalTimeZone);
    }

    private static class ParisTimeZone
    {
        // IANA id first (Linux, macOS, Windows with ICU), then the Windows id.
        public static readonly TimeZoneInfo Value = Find();

        private static TimeZoneInfo Find()
        {
            foreach (var id in (string[])["Europe/Paris", "Romance Standard Time"])
            {
                if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
                {
                    return zone;
                }
            }

            // Without time-zone data: central European rules (UTC+1, UTC+2 from the last Sunday of March to the last Sunday of October).
            var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
            var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Paris", TimeSpan.FromHours(1), "Europe/Paris", "CET", "CEST", [rule]);
        }
    }
}
