namespace Ror.Client.ReliabilityTests.Fuzzing;

/// <summary>The real documents mutations start from: written by the library's writer from generated data, bare, wrapped or compressed.</summary>
public enum FuzzFixture
{
    /// <summary>A bare <c>CSD</c> document of one establishment.</summary>
    Document = 0,

    /// <summary>The same inside <c>careServicesResponse/result</c>.</summary>
    CareServicesResponse = 1,

    /// <summary>The <c>careServicesResponse</c> in the Body of a SOAP 1.2 envelope.</summary>
    SoapEnvelope = 2,

    /// <summary>The bare document gzip-compressed (text mutations are made before compressing, byte mutations after).</summary>
    Gzip = 3,

    /// <summary>The bare document as the one entry of a zip archive (same rule).</summary>
    Zip = 4,
}
