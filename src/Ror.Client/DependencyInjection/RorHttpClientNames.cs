namespace Ror.Client.DependencyInjection;

/// <summary>Names of the <see cref="System.Net.Http.HttpClient"/> registered for each ROR client with <c>IHttpClientFactory</c>.</summary>
public static class RorHttpClientNames
{
    /// <summary>Name of the HTTP client of the default ROR client.</summary>
    public const string Default = "Ror.Client";

    /// <summary>Returns the name of the HTTP client of a ROR client.</summary>
    /// <param name="clientName">Name of the ROR client (empty for the default client).</param>
    /// <returns>The HTTP client name.</returns>
    public static string For(string clientName) =>
        string.IsNullOrEmpty(clientName) ? Default : Default + "." + clientName;
}
