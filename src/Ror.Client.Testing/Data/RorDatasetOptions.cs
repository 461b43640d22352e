using Ror.Client.Csd.Identifiers;

namespace Ror.Client.Testing.Data;

/// <summary>
/// Settings of the synthetic ROR dataset. The same options always produce the same data, byte for byte.
/// </summary>
public sealed record RorDatasetOptions
{
    /// <summary>The largest supported <see cref="EstablishmentCount"/> (the fictional FINESS range holds 7 digits).</summary>
    public const int MaximumEstablishmentCount = 4_000_000;

    /// <summary>The seed every generated value derives from. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How many establishments (EG) the dataset holds, from 0 to <see cref="MaximumEstablishmentCount"/>. Default 100.</summary>
    public int EstablishmentCount { get; init; } = 100;

    /// <summary>
    /// The reference "now" of the generated history: every <c>record/@created</c> and <c>@updated</c> is at or
    /// before it. Fixed by default (2025-12-01T00:00:00Z) so that output does not depend on the clock.
    /// </summary>
    public DateTimeOffset ReferenceNow { get; init; } = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How many years of history the record dates span before <see cref="ReferenceNow"/>. Default 8.</summary>
    public int HistoryYears { get; init; } = 8;

    /// <summary>Share of elementary units marked <c>sensitiveUnit</c> on top of the units sensitive by nature (e.g. units for difficult patients). Default 0.02.</summary>
    public double SensitiveUnitShare { get; init; } = 0.02;

    /// <summary>Share of establishments with a past closing date (<c>closingDate</c>). Default 0.01.</summary>
    public double ClosedEstablishmentShare { get; init; } = 0.01;

    /// <summary>Share of establishments with no internal organisation at all (a valid answer, RG_ALIM_018). Default 0.015.</summary>
    public double EmptyEstablishmentShare { get; init; } = 0.015;

    /// <summary>
    /// The authority written in the <c>otherID/@assigningAuthorityName</c> of idNat_Struct identifiers.
    /// Default <see cref="IdentifierAuthorities.NationalStructureIdentifier"/>.
    /// </summary>
    public string StructureIdentifierAuthority { get; init; } = IdentifierAuthorities.NationalStructureIdentifier;

    /// <summary>Checks the options and throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid one.</summary>
    public void Validate()
    {
        if (EstablishmentCount is < 0 or > MaximumEstablishmentCount)
        {
            throw new ArgumentOutOfRangeException(nameof(EstablishmentCount), EstablishmentCount, $"The establishment count must be between 0 and {MaximumEstablishmentCount}.");
        }

        if (HistoryYears is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(HistoryYears), HistoryYears, "The history must span 1 to 50 years.");
        }

        CheckShare(SensitiveUnitShare, nameof(SensitiveUnitShare));
        CheckShare(ClosedEstablishmentShare, nameof(ClosedEstablishmentShare));
        CheckShare(EmptyEstablishmentShare, nameof(EmptyEstablishmentShare));
        if (string.IsNullOrWhiteSpace(StructureIdentifierAuthority))
        {
            throw new ArgumentOutOfRangeException(nameof(StructureIdentifierAuthority), StructureIdentifierAuthority, "The structure identifier authority must not be empty.");
        }
    }

    private static void CheckShare(double value, string name)
    {
        if (double.IsNaN(value) || value is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(name, value, "A share must be between 0 and 1.");
        }
    }
}
