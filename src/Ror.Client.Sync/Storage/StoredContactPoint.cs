namespace Ror.Client.Sync.Storage;

/// <summary>A stored telecom (contactPoint): a phone number, e-mail or MSS address.</summary>
public sealed record StoredContactPoint
{
    /// <summary>Channel code (TRE_R200: 2 phone, 3 e-mail, 6 fax…).</summary>
    public required string ChannelCode { get; init; }

    /// <summary>The number or address (wire <c>equipment</c>).</summary>
    public string? Value { get; init; }

    /// <summary>What the telecom is for.</summary>
    public string? Purpose { get; init; }

    /// <summary>Confidentiality level (TRE_R283): 1 public, 2 restricted, 3 very restricted.</summary>
    public required int ConfidentialityLevel { get; init; }
}
