using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A telecommunication address (adresse de télécommunication): phone, fax, e-mail, web site, secure mailbox…</summary>
/// <remarks>XSD type <c>contactPoint</c>.</remarks>
[CsdTypeName("contactPoint")]
public sealed record ContactPoint
{
    /// <summary>The communication channel (canal de communication), TRE_R200-CanalCommunication. Wire element <c>codedType</c> (required).</summary>
    [CsdElementName("codedType")]
    public required CodedType Channel { get; init; }

    /// <summary>The address itself: phone number, e-mail address, URL (adresse de télécommunication). Wire element <c>equipment</c> (optional).</summary>
    [CsdElementName("equipment")]
    public string? Equipment { get; init; }

    /// <summary>What the address is used for (utilisation). Wire element <c>purpose</c> (optional).</summary>
    [CsdElementName("purpose")]
    public string? Purpose { get; init; }

    /// <summary>A certificate associated with the address. Wire element <c>certificate</c> (optional).</summary>
    [CsdElementName("certificate")]
    public string? Certificate { get; init; }

    /// <summary>ROR extension: confidentiality level and metadata. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<ContactPointExtension> Extensions { get; init; } = [];
}
