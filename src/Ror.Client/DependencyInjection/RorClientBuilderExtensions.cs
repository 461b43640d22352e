using Microsoft.Extensions.DependencyInjection;

namespace Ror.Client.DependencyInjection;

/// <summary>Extension points of a registered ROR client.</summary>
public static class RorClientBuilderExtensions
{
    /// <summary>
    /// Registers another backend of the ROR (e.g. a FHIR one) built on this client's environment, certificates and HTTP
    /// pipeline. <typeparamref name="TBackend"/> is created once, with its constructor dependencies resolved from the
    /// container and an <see cref="IRorHttpPipeline"/> of this client. It is registered as a keyed singleton (key = the
    /// client name) and, for the default client, also without a key.
    /// </summary>
    /// <typeparam name="TBackend">The backend type.</typeparam>
    /// <param name="builder">The ROR client builder.</param>
    /// <returns>The same builder.</returns>
    public static IRorClientBuilder AddRorBackend<TBackend>(this IRorClientBuilder builder)
        where TBackend : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = builder.Name;
        builder.Services.AddKeyedSingleton<TBackend>(
            name,
            (sp, _) => ActivatorUtilities.CreateInstance<TBackend>(sp, sp.GetRequiredService<IRorHttpPipelineProvider>().GetPipeline(name)));
        if (name.Length == 0)
        {
            builder.Services.AddSingleton(sp => sp.GetRequiredKeyedService<TBackend>(name));
        }

        return builder;
    }
}
