namespace Ror.Client;

/// <summary>Gives the ROR clients registered by name (<c>AddRorClient("regionA", ...)</c>).</summary>
public interface IRorClientFactory
{
    /// <summary>Returns the client registered under <paramref name="name"/> (empty for the default client). Clients are shared.</summary>
    /// <param name="name">The client name.</param>
    /// <returns>The client.</returns>
    /// <exception cref="Errors.RorConfigurationException">No client has this name.</exception>
    IRorClient CreateClient(string name);
}
