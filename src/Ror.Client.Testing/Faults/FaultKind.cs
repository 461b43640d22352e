namespace Ror.Client.Testing.Faults;

/// <summary>The kinds of transport fault the simulator can inject (see <see cref="InjectedFault"/>).</summary>
public enum FaultKind
{
    /// <summary>Wait <see cref="InjectedFault.Delay"/>, then answer normally.</summary>
    Latency = 0,

    /// <summary>HTTP 503, plain-text body, with a <c>Retry-After</c> header when <see cref="InjectedFault.RetryAfter"/> is set.</summary>
    ServiceUnavailable = 1,

    /// <summary>HTTP 500 with an HTML page (not SOAP), as a failing reverse proxy or application server answers.</summary>
    HtmlServerError = 2,

    /// <summary>
    /// HTTP 200 and the start of the real answer (<see cref="InjectedFault.ByteCount"/> bytes, no <c>Content-Length</c>),
    /// then the connection is aborted.
    /// </summary>
    ConnectionReset = 3,

    /// <summary>
    /// HTTP 200 with a <c>Content-Length</c> of the complete answer, but only <see cref="InjectedFault.ByteCount"/> bytes
    /// are sent before the connection is aborted.
    /// </summary>
    TruncatedBody = 4,

    /// <summary>HTTP 200 with the endpoint's content type and a body that is not well-formed XML.</summary>
    MalformedXml = 5,

    /// <summary>
    /// The real answer, sent in chunks of <see cref="InjectedFault.ByteCount"/> bytes with <see cref="InjectedFault.Delay"/>
    /// between chunks.
    /// </summary>
    SlowDrip = 6,
}
