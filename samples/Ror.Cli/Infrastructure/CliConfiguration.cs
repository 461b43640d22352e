using Microsoft.Extensions.Configuration;

namespace Ror.Cli.Infrastructure;

/// <summary>
/// Builds the tool's configuration, later sources winning: <c>appsettings.json</c> next to the tool, then in the
/// current directory, then the <c>--config</c> file, then environment variables <c>ROR_*</c> (bound under the
/// <c>Ror</c> section: <c>ROR_ENVIRONMENT</c> is <c>Ror:Environment</c>, <c>ROR_CLIENTCERTIFICATE__PATH</c> is
/// <c>Ror:ClientCertificate:Path</c>), then the <c>--environment</c> flag.
/// </summary>
internal static class CliConfiguration
{
    public const string SectionName = "Ror";

    public static IConfiguration Build(string? configFile, string? environment)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        if (configFile is not null)
        {
            var path = Path.GetFullPath(configFile);
            if (!File.Exists(path))
            {
                throw CliException.Usage($"Configuration file not found: {path}");
            }

            builder.AddJsonFile(path, optional: false, reloadOnChange: false);
        }

        var fromEnvironment = new ConfigurationBuilder().AddEnvironmentVariables("ROR_").Build();
        var prefixed = fromEnvironment.AsEnumerable(makePathsRelative: true)
            .Where(static pair => pair.Value is not null)
            .Select(static pair => new KeyValuePair<string, string?>($"{SectionName}:{pair.Key}", pair.Value));
        builder.AddInMemoryCollection(prefixed);
        if (!string.IsNullOrWhiteSpace(environment))
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>($"{SectionName}:Environment", environment)]);
        }

        return builder.Build();
    }

    /// <summary>Whether the user targets a real environment (a <c>Ror:Environment</c> is set); otherwise the embedded simulator is used.</summary>
    public static bool TargetsRealEnvironment(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SectionName}:Environment"]);
}
