using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Ror.Client.Csd.Access;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Errors;
using Ror.Client.Testing.Extraction;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing;

/// <summary>
/// The configuration of a <see cref="RorSimulator"/>, read once at start (the simulator's <see cref="RorSimulator.Faults"/>,
/// <see cref="RorSimulator.ForcedErrors"/> and <see cref="RorSimulator.Counters"/> are the parts changeable while it runs).
/// </summary>
public sealed class RorSimulatorOptions
{
    /// <summary>The path of the SOAP endpoint serving the three SOAP transactions (default <c>/ROR/CSD</c>).</summary>
    public string SoapPath { get; set; } = "/ROR/CSD";

    /// <summary>The path of the REST extraction endpoint (default <c>/ROR/extraction</c>).</summary>
    public string ExtractionPath { get; set; } = "/ROR/extraction";

    /// <summary>The TCP port on 127.0.0.1; 0 (default) picks a free one, read back in <see cref="RorSimulator.BaseAddress"/>.</summary>
    public int Port { get; set; }

    /// <summary>
    /// The authority issuing the server certificate and the ready client certificate, and trusted for client
    /// certificates. When <see langword="null"/> (default) the simulator creates its own and disposes it; one given here
    /// stays the caller's.
    /// </summary>
    public TestCertificateAuthority? CertificateAuthority { get; set; }

    /// <summary>
    /// More root certificates trusted for client certificates, besides the root of <see cref="CertificateAuthority"/>
    /// (e.g. the authority of certificates made with another tool).
    /// </summary>
    public X509Certificate2Collection AdditionalClientTrustAnchors { get; } = [];

    /// <summary>The key algorithm of the certificates the simulator creates (authority, server, ready client).</summary>
    public KeyAlgorithm KeyAlgorithm { get; set; } = KeyAlgorithm.Rsa2048;

    /// <summary>The common name of the ready client certificate (<see cref="RorSimulator.ClientCertificate"/>).</summary>
    public string ClientCommonName { get; set; } = "ROR-CLIENT-TEST";

    /// <summary>
    /// The access profile of requests without a VIHF token whose client certificate is not in
    /// <see cref="CertificateProfiles"/> (default profile 1, <see cref="RorAccessProfile.UnscheduledCareRegulation"/>).
    /// </summary>
    public RorAccessProfile DefaultAccessProfile { get; set; } = RorAccessProfile.UnscheduledCareRegulation;

    /// <summary>
    /// The access profile bound to a client certificate, keyed by SHA-1 thumbprint (hex) or subject common name
    /// (case-insensitive), as the integration committee binds it at onboarding. A VIHF token in the request wins.
    /// </summary>
    public IDictionary<string, RorAccessProfile> CertificateProfiles { get; } =
        new Dictionary<string, RorAccessProfile>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The shape of business errors (forced errors, code 444); <see cref="RorErrorShape.TransactionDefault"/> by default.</summary>
    public RorErrorShape ErrorShape { get; set; } = RorErrorShape.TransactionDefault;

    /// <summary>Errors returned instead of the normal answer from the start (see <see cref="RorSimulator.ForcedErrors"/> to change them later).</summary>
    public IList<ForcedError> ForcedErrors { get; } = [];

    /// <summary>
    /// Transactions answered "not provided" (code 444 "Non prévu sur la plateforme", in the transaction's error shape) even
    /// when a handler exists, as a platform that does not offer them. Transactions without a handler answer so anyway.
    /// </summary>
    public ISet<SimulatedTransaction> UnsupportedTransactions { get; } = new HashSet<SimulatedTransaction>();

    /// <summary>
    /// The documents served by the extraction endpoint: the first one for plain XML and gzip, every one (one ZIP entry
    /// each) for ZIP. Without any, the endpoint answers 404.
    /// </summary>
    public IList<ExtractionDocument> ExtractionDocuments { get; } = [];

    /// <summary>The packaging of the extraction when the request has no <c>format</c> query parameter (default plain XML).</summary>
    public ExtractionPackaging ExtractionPackaging { get; set; } = ExtractionPackaging.Xml;

    /// <summary>
    /// The file name in the extraction's <c>Content-Disposition</c>, without extension (<c>.xml</c>, <c>.xml.gz</c>,
    /// <c>.zip</c> are added); default <c>ror-extraction</c>.
    /// </summary>
    public string ExtractionFileName { get; set; } = "ror-extraction";

    /// <summary>The largest SOAP request body accepted, in bytes (HTTP 413 above); default 1 MiB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The seed of the random generator behind fault rates, for reproducible runs (default 0).</summary>
    public int FaultRandomSeed { get; set; }

    /// <summary>The logger factory of the simulator's host; none (silent) by default. Bodies are never logged.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The handlers of the SOAP transactions, registered before start (see <see cref="ISoapTransactionHandler"/>).</summary>
    internal IDictionary<SimulatedTransaction, ISoapTransactionHandler> TransactionHandlers { get; } =
        new Dictionary<SimulatedTransaction, ISoapTransactionHandler>();
}
