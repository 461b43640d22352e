using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Ror.Client.Certificates;

/// <summary>A loaded client certificate with its private key, the intermediates sent with it and the TLS context built from both.</summary>
internal sealed class ClientCertificateBundle : IDisposable
{
    private readonly bool _ownsCertificates;

    public ClientCertificateBundle(X509Certificate2 certificate, X509Certificate2Collection intermediates, bool ownsCertificates)
    {
        Certificate = certificate;
        Intermediates = intermediates;
        _ownsCertificates = ownsCertificates;
        Context = SslStreamCertificateContext.Create(certificate, intermediates, offline: true);
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2Collection Intermediates { get; }

    public SslStreamCertificateContext Context { get; }

    public void Dispose()
    {
        if (!_ownsCertificates)
        {
            return;
        }

        Certificate.Dispose();
        foreach (var intermediate in Intermediates)
        {
            intermediate.Dispose();
        }
    }
}
