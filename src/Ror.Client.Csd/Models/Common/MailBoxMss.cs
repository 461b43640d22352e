using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A secure health messaging mailbox (boîte aux lettres MSSanté).</summary>
/// <remarks>XSD type <c>mailBoxMSS</c>.</remarks>
[CsdTypeName("mailBoxMSS")]
public sealed record MailBoxMss
{
    /// <summary>The mailbox address (global element <c>csd:contactPoint</c>). Wire element <c>contactPoint</c> (optional).</summary>
    [CsdElementName("contactPoint")]
    public ContactPoint? ContactPoint { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
