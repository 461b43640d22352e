using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Ror.Client.Testing.Diagnostics;

namespace Ror.Client.Testing.Certificates;

/// <summary>
/// Validates client certificates during the TLS handshake as the ROR does: chain to a configured root only (custom
/// root trust, no system store), valid now, extended key usage <c>clientAuth</c>. A refusal fails the handshake.
/// </summary>
internal sealed class ClientCertificateValidator(X509Certificate2Collection trustAnchors, X509Certificate2Collection intermediates, ILogger logger)
{
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    public bool Validate(X509Certificate2? certificate, X509Chain? presentedChain)
    {
        if (certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustAnchors);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuthentication);
        chain.ChainPolicy.VerificationTime = DateTime.Now;
        chain.ChainPolicy.ExtraStore.AddRange(intermediates);
        if (presentedChain is not null)
        {
            // The certificates the client sent along with its own (its intermediates).
            chain.ChainPolicy.ExtraStore.AddRange(presentedChain.ChainPolicy.ExtraStore);
            for (int i = 1; i < presentedChain.ChainElements.Count; i++)
            {
                chain.ChainPolicy.ExtraStore.Add(presentedChain.ChainElements[i].Certificate);
            }
        }

        if (chain.Build(certificate))
        {
            return true;
        }

        X509ChainStatusFlags status = X509ChainStatusFlags.NoError;
        foreach (X509ChainStatus element in chain.ChainStatus)
        {
            status |= element.Status;
        }

        SimulatorLog.ClientCertificateRefused(logger, status);
        return false;
    }
}
