namespace Ror.Client.Csd;

/// <summary>
/// An error answered by the ROR instead of data: a SOAP 1.2 Fault, a bare <c>ror:erreur</c> element, or
/// the <c>csd:error</c> of a <c>careServicesResponse</c>.
/// </summary>
/// <param name="Code">
/// The numeric ROR error code (e.g. 405, 444), taken from, first match wins: the <c>@code</c> of the
/// <c>erreur</c>/<c>error</c> element, an integer <c>env:Code/env:Value</c>, an integer
/// <c>env:Subcode/env:Value</c>; <see langword="null"/> when none.
/// </param>
/// <param name="Message">The message: <c>@message</c>, then the error element text, then the fault reason (French preferred).</param>
/// <param name="SoapCode">The SOAP fault code as sent (e.g. <c>env:Receiver</c>); <see langword="null"/> when the error is not a SOAP Fault.</param>
/// <param name="SoapSubcode">The SOAP fault subcode value as sent, or <see langword="null"/>.</param>
public sealed record CsdFault(int? Code, string? Message, string? SoapCode, string? SoapSubcode)
{
    /// <summary>A one-line description: code, SOAP code and message.</summary>
    public override string ToString() =>
        $"ROR error {(Code is { } code ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(no code)")}"
        + (SoapCode is null ? string.Empty : $" [{SoapCode}]")
        + (string.IsNullOrEmpty(Message) ? string.Empty : $": {Message}");
}
