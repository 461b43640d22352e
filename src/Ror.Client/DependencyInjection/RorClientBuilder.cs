using Microsoft.Extensions.DependencyInjection;

namespace Ror.Client.DependencyInjection;

/// <summary>The builder returned by <c>AddRorClient</c>.</summary>
internal sealed record RorClientBuilder(string Name, IServiceCollection Services, IHttpClientBuilder HttpClientBuilder) : IRorClientBuilder;
