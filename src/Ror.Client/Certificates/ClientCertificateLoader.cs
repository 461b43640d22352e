using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ror.Client.Configuration;
using Ror.Client.Errors;

namespace Ror.Client.Certificates;

/// <summary>
/// Loads the client certificate from its configured source and checks it can authenticate a TLS client:
/// private key present, inside its validity period, extended key usage clientAuth.
/// </summary>
internal static class ClientCertificateLoader
{
    private const string ClientAuthenticationOid = "1.3.6.1.5.5.7.3.2";

    public static async ValueTask<ClientCertificateBundle> LoadAsync(
        RorClientCertificateOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (options.SourceCount != 1)
        {
            throw new RorConfigurationException(
                "Exactly one client certificate source must be configured (Path, Thumbprint or Certificate); found " + options.SourceCount + ".");
        }

        ClientCertificateBundle bundle;
        if (options.Certificate is not null)
        {
            bundle = new ClientCertificateBundle(
                options.Certificate, new X509Certificate2Collection(options.AdditionalCertificates.ToArray()), ownsCertificates: false);
        }
        else if (!string.IsNullOrWhiteSpace(options.Thumbprint))
        {
            bundle = LoadFromStore(options);
        }
        else
        {
            var path = options.Path!;
            if (!File.Exists(path))
            {
                throw new RorCertificateException(RorCertificateProblem.FileNotFound, $"The client certificate file '{path}' does not exist.");
            }

            if (options.KeyPath is not null && !File.Exists(options.KeyPath))
            {
                throw new RorCertificateException(RorCertificateProblem.FileNotFound, $"The client certificate key file '{options.KeyPath}' does not exist.");
            }

            var password = options.PasswordProvider is not null
                ? await options.PasswordProvider(cancellationToken).ConfigureAwait(false)
                : options.Password;
            bundle = IsPem(path) ? LoadFromPem(path, options.KeyPath, password) : LoadFromPkcs12(path, password);
        }

        try
        {
            EnsureUsable(bundle.Certificate, now);
        }
        catch
        {
            bundle.Dispose();
            throw;
        }

        return bundle;
    }

    /// <summary>Checks the certificate can authenticate a TLS client at <paramref name="now"/>.</summary>
    public static void EnsureUsable(X509Certificate2 certificate, DateTimeOffset now)
    {
        var subject = certificate.Subject;
        if (!certificate.HasPrivateKey)
        {
            throw new RorCertificateException(RorCertificateProblem.NoPrivateKey,
                $"The client certificate '{subject}' comes without its private key: use the PKCS#12 file (.p12) or give the PEM key.");
        }

        if (now.UtcDateTime > certificate.NotAfter.ToUniversalTime())
        {
            throw new RorCertificateException(RorCertificateProblem.Expired,
                $"The client certificate '{subject}' expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm} UTC: order a new one on the IGC-Santé platform.");
        }

        if (now.UtcDateTime < certificate.NotBefore.ToUniversalTime())
        {
            throw new RorCertificateException(RorCertificateProblem.NotYetValid,
                $"The client certificate '{subject}' is not valid before {certificate.NotBefore.ToUniversalTime():yyyy-MM-dd HH:mm} UTC.");
        }

        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        var allowsClientAuthentication = usages is not null
            && usages.EnhancedKeyUsages.Cast<Oid>().Any(oid => oid.Value == ClientAuthenticationOid);
        if (!allowsClientAuthentication)
        {
            throw new RorCertificateException(RorCertificateProblem.NoClientAuthenticationUsage,
                $"The client certificate '{subject}' does not allow TLS client authentication (extended key usage clientAuth {ClientAuthenticationOid} missing): an IGC-Santé ORG AUTH_CLI certificate is needed.");
        }
    }

    private static bool IsPem(string path)
    {
        Span<byte> start = stackalloc byte[64];
        using var stream = File.OpenRead(path);
        var read = stream.Read(start);
        var text = System.Text.Encoding.ASCII.GetString(start[..read]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("-----BEGIN", StringComparison.Ordinal);
    }

    private static ClientCertificateBundle LoadFromPkcs12(string path, string? password)
    {
        X509Certificate2Collection collection;
        try
        {
            collection = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password, KeyStorageFlags);
        }
        catch (CryptographicException ex)
        {
            if (IsPkcs12(path))
            {
                throw new RorCertificateException(RorCertificateProblem.WrongPassword,
                    $"The PKCS#12 file '{path}' could not be decrypted: the password is wrong.", ex);
            }

            throw new RorCertificateException(RorCertificateProblem.InvalidFormat,
                $"The file '{path}' is neither a PKCS#12 file nor a PEM certificate.", ex);
        }

        var leaf = collection.FirstOrDefault(c => c.HasPrivateKey) ?? collection.FirstOrDefault();
        if (leaf is null)
        {
            throw new RorCertificateException(RorCertificateProblem.InvalidFormat, $"The PKCS#12 file '{path}' holds no certificate.");
        }

        var intermediates = new X509Certificate2Collection();
        foreach (var certificate in collection)
        {
            if (!ReferenceEquals(certificate, leaf))
            {
                intermediates.Add(certificate);
            }
        }

        return new ClientCertificateBundle(leaf, intermediates, ownsCertificates: true);
    }

    private static ClientCertificateBundle LoadFromPem(string path, string? keyPath, string? password)
    {
        var chain = new X509Certificate2Collection();
        try
        {
            chain.ImportFromPemFile(path);
        }
        catch (CryptographicException ex)
        {
            throw new RorCertificateException(RorCertificateProblem.InvalidFormat, $"The PEM file '{path}' holds no readable certificate.", ex);
        }

        if (chain.Count == 0)
        {
            throw new RorCertificateException(RorCertificateProblem.InvalidFormat, $"The PEM file '{path}' holds no certificate.");
        }

        var keyText = File.ReadAllText(keyPath ?? path);
        var encrypted = keyText.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal);
        if (!keyText.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            var subject = chain[0].Subject;
            DisposeAll(chain);
            throw new RorCertificateException(RorCertificateProblem.NoPrivateKey,
                $"The client certificate '{subject}' comes without its private key: give the PEM key file (KeyPath).");
        }

        X509Certificate2 leaf;
        try
        {
            leaf = encrypted
                ? X509Certificate2.CreateFromEncryptedPemFile(path, password ?? string.Empty, keyPath)
                : X509Certificate2.CreateFromPemFile(path, keyPath);
        }
        catch (CryptographicException ex)
        {
            DisposeAll(chain);
            throw encrypted
                ? new RorCertificateException(RorCertificateProblem.WrongPassword, $"The PEM key '{keyPath ?? path}' could not be decrypted: the password is wrong.", ex)
                : new RorCertificateException(RorCertificateProblem.InvalidFormat, $"The PEM key '{keyPath ?? path}' does not match the certificate or cannot be read.", ex);
        }

        if (OperatingSystem.IsWindows())
        {
            // SChannel cannot use the ephemeral key of a PEM import: round-trip through PKCS#12.
            using var ephemeral = leaf;
            leaf = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null, KeyStorageFlags);
        }

        var intermediates = new X509Certificate2Collection();
        for (var i = 1; i < chain.Count; i++)
        {
            intermediates.Add(chain[i]);
        }

        chain[0].Dispose();
        return new ClientCertificateBundle(leaf, intermediates, ownsCertificates: true);
    }

    private static ClientCertificateBundle LoadFromStore(RorClientCertificateOptions options)
    {
        var thumbprint = options.Thumbprint!.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(":", string.Empty, StringComparison.Ordinal);
        using var store = new X509Store(options.StoreName, options.StoreLocation);
        X509Certificate2Collection found;
        try
        {
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
        }
        catch (CryptographicException)
        {
            // The store does not exist: nothing can be found in it.
            found = [];
        }

        if (found.Count == 0)
        {
            throw new RorCertificateException(RorCertificateProblem.NotFoundInStore,
                $"No certificate with thumbprint {thumbprint} in the store {options.StoreLocation}/{options.StoreName}.");
        }

        for (var i = 1; i < found.Count; i++)
        {
            found[i].Dispose();
        }

        return new ClientCertificateBundle(found[0], new X509Certificate2Collection(), ownsCertificates: true);
    }

    private static bool IsPkcs12(string path)
    {
        try
        {
            return X509Certificate2.GetCertContentType(path) == X509ContentType.Pkcs12;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static void DisposeAll(X509Certificate2Collection certificates)
    {
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }

    private static X509KeyStorageFlags KeyStorageFlags =>
        OperatingSystem.IsWindows() ? X509KeyStorageFlags.UserKeySet : X509KeyStorageFlags.EphemeralKeySet;
}
