namespace Ror.Client.Errors;

/// <summary>What a SOAP 1.2 fault or a ROR error element says.</summary>
/// <param name="RorErrorCode">The numeric ROR code (detail <c>@code</c>, else an integer fault code value, else an integer subcode).</param>
/// <param name="Message">The ROR message (<c>@message</c>, else the element text, else the fault reason, French preferred).</param>
/// <param name="FaultCode">The <c>env:Code/env:Value</c> text, when a SOAP fault.</param>
internal sealed record SoapFaultDetails(int? RorErrorCode, string? Message, string? FaultCode);
