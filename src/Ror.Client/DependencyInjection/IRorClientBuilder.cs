using Microsoft.Extensions.DependencyInjection;

namespace Ror.Client.DependencyInjection;

/// <summary>Configures a registered ROR client further (HTTP handlers, extra backends).</summary>
public interface IRorClientBuilder
{
    /// <summary>Name of the ROR client (empty for the default client).</summary>
    string Name { get; }

    /// <summary>The service collection the client is registered in.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// The builder of the named <see cref="HttpClient"/> shared by the SOAP and REST transports: add a
    /// <see cref="DelegatingHandler"/> here and every HTTP attempt of this ROR client goes through it.
    /// </summary>
    IHttpClientBuilder HttpClientBuilder { get; }
}
