namespace Ror.Client.Testing.Soap;

/// <summary>The SOAP 1.2 fault codes the simulator sends (<c>env:Code/env:Value</c>).</summary>
internal enum SoapFaultCode
{
    /// <summary><c>env:Sender</c>: the request is at fault (HTTP 400).</summary>
    Sender,

    /// <summary><c>env:Receiver</c>: the server failed or refuses (HTTP 500).</summary>
    Receiver,

    /// <summary><c>env:MustUnderstand</c>: a mandatory header was not understood (HTTP 500).</summary>
    MustUnderstand,
}
