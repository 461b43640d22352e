namespace Ror.Client.Testing.Errors;

/// <summary>
/// How the simulator answers a business error (forced error, transaction not provided), matching the shapes
/// observed on ROR servers (specification §4.1).
/// </summary>
public enum RorErrorShape
{
    /// <summary>
    /// The shape the WSDL intends for the transaction: <see cref="CareServicesError"/> for the Lecture transactions,
    /// <see cref="SoapFault"/> for TR-Notif (whose response type has no error element).
    /// </summary>
    TransactionDefault = 0,

    /// <summary>
    /// Shape A, HTTP 200: <c>csd:careServicesResponse/csd:error</c> with <c>@code</c> and <c>@message</c>.
    /// Only meaningful for the Lecture transactions; TR-Notif gets <see cref="SoapFault"/> instead.
    /// </summary>
    CareServicesError = 1,

    /// <summary>
    /// Shape B, HTTP 500: SOAP 1.2 <c>env:Fault</c>, <c>env:Code/env:Value</c> = <c>env:Receiver</c>,
    /// <c>env:Reason/env:Text xml:lang="fr"</c>, <c>env:Detail/ror:erreur @code @message</c>.
    /// </summary>
    SoapFault = 2,

    /// <summary>
    /// The non-conformant variant seen in the wild, HTTP 500: a SOAP 1.2 fault whose <c>env:Code/env:Value</c> is the
    /// numeric error code instead of a QName, with the same reason and detail as <see cref="SoapFault"/>.
    /// </summary>
    LegacyNumericSoapFault = 3,

    /// <summary>Shape C, HTTP 200: a bare <c>ror:erreur @code @message</c> as the Body child.</summary>
    BareErreur = 4,
}
