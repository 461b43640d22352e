namespace Ror.Client.Configuration;

/// <summary>
/// One ROR platform the client can talk to (PLATINES test platform, national production, a local
/// simulator...): its endpoints, the trust anchors of its server certificates and, optionally, a client
/// certificate of its own. Endpoints are given by ANS at onboarding, so none has a default.
/// </summary>
public sealed class RorEnvironment
{
    /// <summary>Well-known name of the ANS test platform (PLATINES).</summary>
    public const string Platines = "Platines";

    /// <summary>Well-known name of the national production ROR. Server certificate validation can never be disabled for it.</summary>
    public const string Production = "Production";

    /// <summary>Well-known name for a local ROR simulator.</summary>
    public const string Simulator = "Simulator";

    /// <summary>
    /// Absolute HTTPS address of the CSD SOAP 1.2 web service (one URL for every SOAP transaction). Mandatory.
    /// </summary>
    public Uri? SoapEndpoint { get; set; }

    /// <summary>
    /// Absolute HTTPS address of the REST extraction service (TR-Récupération Extraction), if this environment offers it.
    /// </summary>
    public Uri? ExtractionEndpoint { get; set; }

    /// <summary>
    /// Query parameters appended to <see cref="ExtractionEndpoint"/> (escaped by the client), for the parameters given at onboarding.
    /// </summary>
    public IDictionary<string, string> ExtractionQueryParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// The certificates the ROR server certificates must chain to (the IGC-Santé TEST or PROD chain).
    /// When nothing is configured, the operating system trust store is used.
    /// </summary>
    public RorTrustAnchorOptions TrustAnchors { get; set; } = new();

    /// <summary>
    /// A client certificate used on this environment only, replacing <see cref="RorClientOptions.ClientCertificate"/>
    /// (ANS may issue a TEST certificate for PLATINES). <see langword="null"/> to use the shared one.
    /// </summary>
    public RorClientCertificateOptions? ClientCertificate { get; set; }

    /// <summary>
    /// Accepts any server certificate. Only for a local simulator with a throw-away certificate:
    /// validation refuses it for <see cref="Production"/>, and a warning is logged on every new connection.
    /// </summary>
    public bool AllowInvalidServerCertificate { get; set; }

    /// <summary>
    /// Builds the extraction address with its query parameters, or <see langword="null"/> when no extraction endpoint is configured.
    /// </summary>
    /// <returns>The absolute extraction URI.</returns>
    public Uri? BuildExtractionUri()
    {
        if (ExtractionEndpoint is null)
        {
            return null;
        }

        if (ExtractionQueryParameters.Count == 0)
        {
            return ExtractionEndpoint;
        }

        var builder = new UriBuilder(ExtractionEndpoint);
        var query = string.Join('&', ExtractionQueryParameters.Select(
            p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var existing = builder.Query.TrimStart('?');
        builder.Query = existing.Length == 0 ? query : existing + "&" + query;
        return builder.Uri;
    }
}
