using FsCheck;
using FsCheck.Fluent;

namespace Ror.Client.ReliabilityTests.Fuzzing;

/// <summary>FsCheck generators of valid CSD documents and of mutations of real fixtures (registered by <see cref="FuzzPropertyAttribute"/>).</summary>
public static class CsdArbitraries
{
    /// <summary>Pieces of field values: XML-special characters and sequences, accents, combining marks, non-BMP characters, whitespace.</summary>
    private static readonly string[] ValuePieces =
    [
        "<", ">", "&", "\"", "'", "]]>", "&amp;", "&#x41;", "<!--", "-->", "<![CDATA[", "é", "e\u0301", "\u00A0", "\u200B",
        "\uD83D\uDE00", "\uD834\uDD1E", "\uDBFF\uDFFD", "中文", "\uFFFD", "\uFEFF", " ", "\t", "\n", "Œuvre", "ÿ", "ß",
    ];

    /// <summary>Fragments inserted into fixtures: structure, declarations, entities, hostile values.</summary>
    private static readonly string[] XmlFragments =
    [
        "<organization entityID=\"urn:x\">", "</organization>", "</CSD>", "<CSD xmlns=\"urn:ihe:iti:csd:2013\">",
        "<!DOCTYPE CSD [<!ENTITY x \"y\">]>", "&x;", "&amp;", "&#0;", "&#xD800;", "&#x10FFFF;", "<![CDATA[<]]>", "<!-- c -->",
        "<?pi x?>", "<?xml version=\"1.0\"?>", "\0", "\uFEFF", "<a:b xmlns:a=\"urn:x\"/>", "xmlns=\"urn:other\"",
        "<record created=\"2026-02-30T00:00:00\" updated=\"x\" status=\"Active\"/>", "<otherID code=\"\" assigningAuthorityName=\"\"/>",
        "<primaryName/>", "<primaryName></primaryName>", "<geocode><latitude>NaN</latitude><longitude>1e999</longitude></geocode>",
        "<extension type=\"x\" urn=\"y\"><a/></extension>", string.Concat(Enumerable.Repeat("<a>", 100)), "<", ">", "\"", "'",
        "-1", "99999999999999999999999999999", "2026-13-45", "true", "", new string('9', 400),
    ];

    /// <summary>Valid documents: generated establishments at random seeds with generated field values.</summary>
    public static Arbitrary<GeneratedDocument> Documents() =>
        (from seed in Gen.Choose(1, 1_000_000)
         from establishment in Gen.Choose(0, 1_000)
         from name in XmlValue()
         from equipment in XmlValue()
         from city in XmlValue()
         from created in Instant()
         from updated in Instant()
         from facilityName in XmlValue()
         from latitude in Coordinate(90)
         from longitude in Coordinate(180)
         select new GeneratedDocument(seed, establishment, name, equipment, city, created, updated, facilityName, latitude, longitude))
        .ToArbitrary();

    /// <summary>Mutations of the fixtures.</summary>
    public static Arbitrary<FixtureMutation> Mutations() =>
        (from fixture in Gen.Elements(Enum.GetValues<FuzzFixture>())
         from kind in Gen.Elements(Enum.GetValues<MutationKind>())
         from count in Gen.Choose(1, 8)
         from positions in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
         from bits in Gen.ArrayOf(Gen.Choose(0, 7), count)
         from fragment in Gen.Frequency((3, Gen.Elements(XmlFragments)), (1, XmlValue()))
         from length in Gen.Choose(1, 16)
         from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
         from asResponse in Gen.Elements(new[] { true, false })
         select new FixtureMutation(fixture, kind, positions, bits, fragment, bytes, asResponse))
        .ToArbitrary();

    /// <summary>A string of characters XML 1.0 can carry (no control characters but tab and line feed, no lone surrogates).</summary>
    public static Gen<string> XmlValue()
    {
        var piece = Gen.Frequency(
            (4, Gen.Elements(ValuePieces)),
            (4, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0xA0, 0xD7FF).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0xE000, 0xFFFD).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)));
        return Gen.ListOf(piece).Select(pieces => string.Concat(pieces));
    }

    /// <summary>An instant between 1900 and 2100 to the tick, with an offset of -14:00 to +14:00.</summary>
    public static Gen<DateTimeOffset> Instant() =>
        from days in Gen.Choose(0, 73_000)
        from seconds in Gen.Choose(0, 86_399)
        from ticks in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 9_999_999)))
        from offset in Gen.Choose(-14 * 60, 14 * 60)
        select new DateTimeOffset(new DateTime(1900, 1, 1).AddDays(days).AddSeconds(seconds).AddTicks(ticks), TimeSpan.FromMinutes(offset));

    /// <summary>A coordinate within ±<paramref name="bound"/> with 0 to 9 decimals.</summary>
    public static Gen<decimal> Coordinate(int bound) =>
        from scale in Gen.Choose(0, 9)
        from units in Gen.Choose(-bound * 1000, bound * 1000)
        from fraction in Gen.Choose(0, 999_999)
        select decimal.Round(units / 1000m + fraction / 1_000_000_000m * Math.Sign(units == 0 ? 1 : units), scale);
}
