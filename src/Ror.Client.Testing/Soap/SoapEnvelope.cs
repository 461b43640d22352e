using System.Xml;

namespace Ror.Client.Testing.Soap;

/// <summary>What the SOAP layer learned from a request envelope, before any business processing.</summary>
internal sealed record SoapEnvelope
{
    /// <summary>The qualified name of the single Body child.</summary>
    public required XmlQualifiedName BodyElement { get; init; }

    /// <summary>The <c>wsa:Action</c> header, if any.</summary>
    public string? AddressingAction { get; init; }

    /// <summary>The <c>@code</c> of <c>hl7:Profil_Utilisateur</c> in the VIHF assertion, if any (raw, untrimmed).</summary>
    public string? VihfProfileCode { get; init; }

    /// <summary>For a <c>careServicesRequest</c>: the local name of the choice element under <c>csd:function</c>.</summary>
    public string? FunctionChoice { get; init; }

    /// <summary>The requested identifier: <c>id_etablissement/@code</c> (Lecture EG) or <c>organisationID/@code</c> (Lecture OI).</summary>
    public string? RequestedIdentifier { get; init; }
}
