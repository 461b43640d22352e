namespace Ror.Client.Csd;

/// <summary>
/// The XML namespaces of the ROR CSD MEV 2.4 wire format.
/// </summary>
public static class CsdNamespaces
{
    /// <summary>The IHE CSD namespace as extended by ANS for the ROR (prefix <c>csd</c>).</summary>
    public const string Csd = "urn:ihe:iti:csd:2013";

    /// <summary>The WSDL target namespace of the ROR web service (Notif wrappers and the <c>erreur</c> fault element).</summary>
    public const string Ror = "urn:asip:ror:2015";

    /// <summary>The SOAP 1.2 envelope namespace.</summary>
    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";
}
