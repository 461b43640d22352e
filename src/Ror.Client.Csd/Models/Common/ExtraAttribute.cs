namespace Ror.Client.Csd.Models;

/// <summary>An XML attribute that the schema does not declare but allows through <c>xs:anyAttribute</c>, kept as read so that it can be written back.</summary>
public sealed record ExtraAttribute
{
    /// <summary>The attribute namespace URI; empty for an unqualified attribute.</summary>
    public string NamespaceUri { get; init; } = string.Empty;

    /// <summary>The attribute local name.</summary>
    public required string LocalName { get; init; }

    /// <summary>The attribute value, as read.</summary>
    public required string Value { get; init; }
}
