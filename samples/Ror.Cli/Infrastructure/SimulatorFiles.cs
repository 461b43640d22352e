using Ror.Client.Testing;

namespace Ror.Cli.Infrastructure;

/// <summary>The client certificate and CA files written for a running simulator.</summary>
internal sealed record SimulatorFiles(string Directory, string Pfx, string PfxPassword, string CertificatePem, string KeyPem, string CaBundle)
{
    public static async Task<SimulatorFiles> WriteAsync(RorSimulator simulator, string directory, string password, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(directory);
        var files = new SimulatorFiles(
            directory,
            Path.Combine(directory, "client.pfx"),
            password,
            Path.Combine(directory, "client.pem"),
            Path.Combine(directory, "client.key"),
            Path.Combine(directory, "ca.pem"));
        simulator.CertificateAuthority.ExportPfxFile(simulator.ClientCertificate, files.Pfx, password);
        await File.WriteAllTextAsync(files.Pfx + ".password.txt", password, cancellationToken);
        simulator.CertificateAuthority.ExportPem(simulator.ClientCertificate, files.CertificatePem, files.KeyPem);
        simulator.CertificateAuthority.ExportCaPemBundleFile(files.CaBundle);
        return files;
    }
}
