using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ror.Client.Configuration;
using Ror.Client.Errors;

namespace Ror.Client.Certificates;

/// <summary>Loads the configured trust anchors, or returns <see langword="null"/> to use the operating system store.</summary>
internal static class TrustAnchorLoader
{
    public static X509Certificate2Collection? Load(RorTrustAnchorOptions options)
    {
        if (!options.HasCustomAnchors)
        {
            return null;
        }

        var anchors = new X509Certificate2Collection();
        try
        {
            if (!string.IsNullOrWhiteSpace(options.CaBundlePath))
            {
                if (!File.Exists(options.CaBundlePath))
                {
                    throw new RorCertificateException(RorCertificateProblem.FileNotFound, $"The CA bundle file '{options.CaBundlePath}' does not exist.");
                }

                var text = File.ReadAllText(options.CaBundlePath);
                if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
                {
                    anchors.ImportFromPem(text);
                }
                else
                {
                    anchors.Add(X509CertificateLoader.LoadCertificateFromFile(options.CaBundlePath));
                }
            }

            if (!string.IsNullOrWhiteSpace(options.CaBundlePem))
            {
                anchors.ImportFromPem(options.CaBundlePem);
            }
        }
        catch (CryptographicException ex)
        {
            throw new RorCertificateException(RorCertificateProblem.TrustAnchorsInvalid, "The CA bundle of the trust anchors cannot be read.", ex);
        }

        foreach (var certificate in options.Certificates)
        {
            anchors.Add(certificate);
        }

        if (anchors.Count == 0)
        {
            throw new RorCertificateException(RorCertificateProblem.TrustAnchorsInvalid, "The CA bundle of the trust anchors holds no certificate.");
        }

        return anchors;
    }
}
