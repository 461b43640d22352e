using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>ROR extension of a provider.</summary>
/// <remarks>XSD type <c>providerExtension</c>.</remarks>
[CsdTypeName("providerExtension")]
public sealed record ProviderExtension : CsdExtension
{
    /// <summary>The operational situation (situation opérationnelle). Wire element <c>operationalStatus</c> (required).</summary>
    [CsdElementName("operationalStatus")]
    public required OperationalStatus OperationalStatus { get; init; }

    /// <summary>Secure messaging mailbox (BAL MSSanté). Wire element <c>mailBoxMSS</c> (optional).</summary>
    [CsdElementName("mailBoxMSS")]
    public MailBoxMss? MailBox { get; init; }
}
