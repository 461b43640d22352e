using Ror.Client.Csd;

namespace Ror.Client.Sync.Storage;

/// <summary>A stored ROR contact with its telecoms. Telecoms outside any contact (MSS mailboxes) come as a contact with ordinal 0.</summary>
public sealed record StoredContact
{
    /// <summary>Position of the contact on its owner, from 1; 0 gathers the telecoms outside any contact.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Contact name.</summary>
    public string? Name { get; init; }

    /// <summary>Function code (TRE_R251).</summary>
    public string? FunctionCode { get; init; }

    /// <summary>Nature code (TRE_R287).</summary>
    public string? NatureCode { get; init; }

    /// <summary>Free description.</summary>
    public string? Description { get; init; }

    /// <summary>Confidentiality level (TRE_R283): 1 public, 2 restricted, 3 very restricted.</summary>
    public required int ConfidentialityLevel { get; init; }

    /// <summary>The contact's telecoms.</summary>
    public EquatableList<StoredContactPoint> ContactPoints { get; init; } = [];
}
