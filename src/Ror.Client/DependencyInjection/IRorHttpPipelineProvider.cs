namespace Ror.Client.DependencyInjection;

/// <summary>Gives the HTTP pipeline of each registered ROR client by name.</summary>
public interface IRorHttpPipelineProvider
{
    /// <summary>Returns the pipeline of a registered ROR client.</summary>
    /// <param name="clientName">Name given to <c>AddRorClient</c> (empty for the default client).</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="Errors.RorConfigurationException">No ROR client has this name.</exception>
    IRorHttpPipeline GetPipeline(string clientName);
}
