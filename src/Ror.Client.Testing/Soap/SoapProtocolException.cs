using System.Xml;

namespace Ror.Client.Testing.Soap;

/// <summary>A request the SOAP layer refuses, answered with a SOAP 1.2 fault.</summary>
internal sealed class SoapProtocolException : Exception
{
    public SoapProtocolException(SoapFaultCode code, string reason, IReadOnlyList<XmlQualifiedName>? notUnderstood = null)
        : base(reason)
    {
        Code = code;
        NotUnderstood = notUnderstood ?? [];
    }

    public SoapFaultCode Code { get; }

    /// <summary>The header blocks reported in <c>env:NotUnderstood</c> headers of a MustUnderstand fault.</summary>
    public IReadOnlyList<XmlQualifiedName> NotUnderstood { get; }
}
