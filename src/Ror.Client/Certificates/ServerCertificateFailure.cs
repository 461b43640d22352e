namespace Ror.Client.Certificates;

/// <summary>Why a server certificate was rejected, and when.</summary>
/// <param name="Reason">Description of the failure (subject, issuer and chain status; no secret).</param>
/// <param name="At">When the certificate was rejected.</param>
internal sealed record ServerCertificateFailure(string Reason, DateTimeOffset At);
