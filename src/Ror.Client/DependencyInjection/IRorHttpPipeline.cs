using Ror.Client.Configuration;

namespace Ror.Client.DependencyInjection;

/// <summary>
/// The HTTP pipeline of one configured ROR client: environment, client certificate, trust anchors, resilience and the
/// handlers added by the application. Another backend of the ROR (e.g. a FHIR one) reuses it to send its own requests
/// with exactly the same settings.
/// </summary>
public interface IRorHttpPipeline
{
    /// <summary>Name of the ROR client (empty for the default client).</summary>
    string ClientName { get; }

    /// <summary>Name of the underlying <see cref="HttpClient"/> in <c>IHttpClientFactory</c>.</summary>
    string HttpClientName { get; }

    /// <summary>Name of the environment in use.</summary>
    string EnvironmentName { get; }

    /// <summary>The environment in use (endpoints, trust anchors).</summary>
    RorEnvironment Environment { get; }

    /// <summary>Loads the client certificate if needed, then returns an <see cref="HttpClient"/> of the pipeline.</summary>
    /// <param name="cancellationToken">Cancels the loading of the certificate.</param>
    /// <returns>A client to use for a short while (do not keep it forever: handlers are renewed).</returns>
    ValueTask<HttpClient> CreateHttpClientAsync(CancellationToken cancellationToken = default);

    /// <summary>Loads the client certificate if needed, then returns the handler chain of the pipeline (for a transport that builds its own client).</summary>
    /// <param name="cancellationToken">Cancels the loading of the certificate.</param>
    /// <returns>The outermost handler of the chain.</returns>
    ValueTask<HttpMessageHandler> CreateHttpMessageHandlerAsync(CancellationToken cancellationToken = default);
}
