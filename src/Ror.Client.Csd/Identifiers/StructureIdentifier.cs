using System.Diagnostics.CodeAnalysis;

namespace Ror.Client.Csd.Identifiers;

/// <summary>
/// A national structure identifier, <c>idNat_Struct</c> in ROR terms: one prefix digit naming the register
/// (0 ADELI-rang, 1 FINESS, 2 SIREN, 3 SIRET, 4 RPPS-rang) followed by the number in that register
/// (rule RG_ALIM_014). It identifies legal entities (EJ) and establishments (EG), and is the
/// <c>id_etablissement</c> of the ROR transactions.
/// </summary>
/// <remarks>
/// The value stays opaque: <see cref="Value"/> is what goes on the wire and what the ROR matches on.
/// <see cref="Kind"/> and <see cref="Number"/> are a reading aid, never a validation: a value with an
/// unknown prefix is still a valid identifier (<see cref="StructureIdentifierKind.Unknown"/>).
/// </remarks>
public readonly record struct StructureIdentifier
{
    private StructureIdentifier(string value)
    {
        _value = value;
    }

    /// <summary>The full identifier as exchanged with the ROR, prefix digit included (e.g. <c>1510000032</c>).</summary>
    public string Value => _value ?? string.Empty;

    private readonly string? _value;

    /// <summary>The register named by the prefix digit.</summary>
    public StructureIdentifierKind Kind => Value.Length == 0 ? StructureIdentifierKind.Unknown : Value[0] switch
    {
        '0' => StructureIdentifierKind.Adeli,
        '1' => StructureIdentifierKind.Finess,
        '2' => StructureIdentifierKind.Siren,
        '3' => StructureIdentifierKind.Siret,
        '4' => StructureIdentifierKind.Rpps,
        _ => StructureIdentifierKind.Unknown,
    };

    /// <summary>The number in its register, without the prefix digit (e.g. the FINESS <c>510000032</c>).</summary>
    public string Number => Kind == StructureIdentifierKind.Unknown ? Value : Value[1..];

    /// <summary>Reads an idNat_Struct value.</summary>
    /// <param name="value">The identifier as found in <c>otherID/@code</c> or <c>id_etablissement/@code</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The value is empty or contains white space.</exception>
    public static StructureIdentifier Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var identifier)
            ? identifier
            : throw new FormatException($"'{value}' is not a structure identifier (idNat_Struct): it must be a non-empty value without white space.");
    }

    /// <summary>Reads an idNat_Struct value without throwing.</summary>
    /// <param name="value">The identifier as found on the wire.</param>
    /// <param name="identifier">The identifier when the value is usable.</param>
    /// <returns><see langword="true"/> when the value is a non-empty string without white space.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out StructureIdentifier identifier)
    {
        identifier = default;
        if (string.IsNullOrEmpty(value) || value.AsSpan().ContainsAny(" \t\r\n"))
        {
            return false;
        }

        identifier = new StructureIdentifier(value);
        return true;
    }

    /// <summary>Builds the identifier of a structure known by its number in one register.</summary>
    /// <param name="kind">The register.</param>
    /// <param name="number">The number in that register, without prefix (e.g. a 9-character FINESS).</param>
    /// <returns>The identifier with the register's prefix digit.</returns>
    public static StructureIdentifier Create(StructureIdentifierKind kind, string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        if (kind == StructureIdentifierKind.Unknown || !Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A known register is needed to build an idNat_Struct.");
        }

        return Parse(((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + number);
    }

    /// <summary>Builds the identifier of a structure registered in FINESS (prefix <c>1</c>).</summary>
    /// <param name="finess">The 9-character FINESS number.</param>
    /// <returns>The identifier.</returns>
    public static StructureIdentifier FromFiness(string finess) => Create(StructureIdentifierKind.Finess, finess);

    /// <summary>Builds the identifier of a structure known by its SIRET (prefix <c>3</c>).</summary>
    /// <param name="siret">The 14-digit SIRET number.</param>
    /// <returns>The identifier.</returns>
    public static StructureIdentifier FromSiret(string siret) => Create(StructureIdentifierKind.Siret, siret);

    /// <inheritdoc />
    public override string ToString() => Value;
}
