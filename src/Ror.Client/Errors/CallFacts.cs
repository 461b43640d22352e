using System.Net;
using Ror.Client.Certificates;

namespace Ror.Client.Errors;

/// <summary>What is known about a call when it fails.</summary>
internal sealed record CallFacts(
    string Transaction,
    string Environment,
    string CorrelationId,
    DateTimeOffset StartedAt,
    HttpStatusCode? StatusCode,
    int Attempts,
    TlsSettings? Tls,
    SoapFaultDetails? Fault = null);
