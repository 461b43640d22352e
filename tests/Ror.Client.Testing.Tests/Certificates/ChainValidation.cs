using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ror.Client.Testing.Tests.Certificates;

/// <summary>Builds a chain the way a strict TLS peer does: custom root trust, no revocation, one required usage.</summary>
internal static class ChainValidation
{
    public static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");
    public static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");

    public static (bool Valid, X509ChainStatusFlags Status, int Length) Build(
        X509Certificate2 leaf,
        X509Certificate2 trustedRoot,
        Oid usage,
        X509Certificate2Collection? intermediates = null)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trustedRoot);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(usage);
        if (intermediates is not null)
        {
            chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        }

        bool valid = chain.Build(leaf);
        X509ChainStatusFlags status = X509ChainStatusFlags.NoError;
        foreach (X509ChainStatus element in chain.ChainStatus)
        {
            status |= element.Status;
        }

        return (valid, status, chain.ChainElements.Count);
    }

    public static string[] ExtendedKeyUsages(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>()
            .SelectMany(e => e.EnhancedKeyUsages.Cast<Oid>())
            .Select(o => o.Value!)
            .ToArray();
}
