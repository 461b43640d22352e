using Microsoft.Extensions.Configuration;
using Ror.Cli.Infrastructure;

namespace Ror.Cli.Commands;

/// <summary>
/// The connection settings <c>ror check</c> needs, read from the <c>Ror</c> section with the same keys as the client
/// options: <c>Environment</c>, <c>Environments:&lt;name&gt;:SoapEndpoint</c>, <c>…:TrustAnchors:CaBundlePath</c>,
/// <c>ClientCertificate:Path|KeyPath|Password</c> (the environment's own certificate first).
/// </summary>
internal sealed record ConnectionSettings(
    string Environment,
    Uri? SoapEndpoint,
    string? CaBundlePath,
    string? CertificatePath,
    string? KeyPath,
    string? CertificatePassword)
{
    public static ConnectionSettings FromConfiguration(IConfiguration configuration)
    {
        var ror = configuration.GetSection(CliConfiguration.SectionName);
        var environment = ror["Environment"] ?? string.Empty;
        var environmentSection = ror.GetSection("Environments").GetSection(environment);
        var endpoint = environmentSection["SoapEndpoint"];
        var certificate = environmentSection.GetSection("ClientCertificate");
        if (string.IsNullOrWhiteSpace(certificate["Path"]))
        {
            certificate = ror.GetSection("ClientCertificate");
        }

        return new ConnectionSettings(
            environment,
            Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri : null,
            environmentSection.GetSection("TrustAnchors")["CaBundlePath"],
            certificate["Path"],
            certificate["KeyPath"],
            certificate["Password"]);
    }
}
