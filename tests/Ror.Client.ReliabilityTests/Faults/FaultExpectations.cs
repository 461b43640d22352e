using Ror.Client.Errors;
using Ror.Client.Testing;

namespace Ror.Client.ReliabilityTests.Faults;

/// <summary>
/// What the client does with a broken answer, per fault and transaction (3 faults queued, 2 retries allowed).
/// <see cref="Expected.ExactType"/> false means "this type or a subtype".
/// </summary>
public static class FaultExpectations
{
    public static Expected For(string fault, SimulatedTransaction transaction) => (fault, transaction) switch
    {
        // The extraction stream breaks after entities were yielded: not retried, the caller resumes with DownloadExtractionAsync.
        ("ConnectionReset" or "TruncatedBody", SimulatedTransaction.Extraction) => new(typeof(RorUnavailableException), true, 1),

        // SOAP: the body breaks while WCF reads it (after the HTTP pipeline returned the headers): not retried, reported
        // as the ROR being unavailable.
        ("ConnectionReset" or "TruncatedBody", _) => new(typeof(RorUnavailableException), true, 1),
        ("MalformedXml", _) => new(typeof(RorResponseInvalidException), true, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "No expectation recorded."),
    };

    public sealed record Expected(Type Error, bool ExactType, long Requests);
}
