using System.Diagnostics.CodeAnalysis;

namespace Ror.Client.Csd.Identifiers;

/// <summary>
/// The identifier of an internal organisation (OI: pôle, service, UF or unité élémentaire),
/// <c>identifiantOI</c> in ROR terms: <c>&lt;region&gt;/&lt;ROR internal id&gt;</c>, e.g. <c>52/100042</c>.
/// </summary>
/// <remarks>
/// The region is an INSEE region code (TRE_R30). The identifier is nationally unique and permanent: it does
/// not change when a unit moves to another establishment (RG_EXP_019). It is the <c>organisationID</c> of
/// TR-Lecture-OffresSanteOrganisationInterne and the <c>otherID/@code</c> of a <c>facility</c>.
/// </remarks>
public readonly record struct InternalOrganizationIdentifier
{
    private InternalOrganizationIdentifier(string value, int separator)
    {
        _value = value;
        _separator = separator;
    }

    private readonly int _separator;

    /// <summary>The full identifier as exchanged with the ROR (e.g. <c>52/100042</c>).</summary>
    public string Value => _value ?? string.Empty;

    private readonly string? _value;

    /// <summary>The INSEE region code (TRE_R30) before the slash (e.g. <c>52</c>).</summary>
    public string Region => Value[.._separator];

    /// <summary>The identifier the ROR gave the organisation within the region, after the slash (e.g. <c>100042</c>).</summary>
    public string LocalId => Value.Length == 0 ? string.Empty : Value[(_separator + 1)..];

    /// <summary>Reads an identifiantOI value.</summary>
    /// <param name="value">The identifier, <c>region/id</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The value has no slash, or an empty region or id.</exception>
    public static InternalOrganizationIdentifier Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryParse(value, out var identifier)
            ? identifier
            : throw new FormatException($"'{value}' is not an internal organisation identifier (identifiantOI): the form is '<region>/<id>', e.g. '52/100042'.");
    }

    /// <summary>Reads an identifiantOI value without throwing.</summary>
    /// <param name="value">The identifier, <c>region/id</c>.</param>
    /// <param name="identifier">The identifier when the value has the expected form.</param>
    /// <returns><see langword="true"/> when the value is <c>region/id</c> with both parts non-empty and no white space.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out InternalOrganizationIdentifier identifier)
    {
        identifier = default;
        if (string.IsNullOrEmpty(value) || value.AsSpan().ContainsAny(" \t\r\n"))
        {
            return false;
        }

        var separator = value.IndexOf('/', StringComparison.Ordinal);
        if (separator <= 0 || separator == value.Length - 1)
        {
            return false;
        }

        identifier = new InternalOrganizationIdentifier(value, separator);
        return true;
    }

    /// <summary>Builds an identifier from its two parts.</summary>
    /// <param name="region">The INSEE region code (TRE_R30).</param>
    /// <param name="localId">The ROR internal id within the region.</param>
    /// <returns>The identifier.</returns>
    public static InternalOrganizationIdentifier Create(string region, string localId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(localId);
        return Parse(region + "/" + localId);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
