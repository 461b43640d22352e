namespace Ror.Client.Errors;

/// <summary>What is wrong with a certificate, in a <see cref="RorCertificateException"/>.</summary>
public enum RorCertificateProblem
{
    /// <summary>The certificate or key file does not exist.</summary>
    FileNotFound,

    /// <summary>The file could not be read as a certificate (format not recognised or damaged).</summary>
    InvalidFormat,

    /// <summary>The PKCS#12 file or the PEM key could not be decrypted: the password is wrong.</summary>
    WrongPassword,

    /// <summary>No certificate with this thumbprint in the configured store.</summary>
    NotFoundInStore,

    /// <summary>The client certificate comes without its private key.</summary>
    NoPrivateKey,

    /// <summary>The client certificate has expired.</summary>
    Expired,

    /// <summary>The client certificate is not valid yet.</summary>
    NotYetValid,

    /// <summary>The client certificate does not allow TLS client authentication (extended key usage clientAuth missing).</summary>
    NoClientAuthenticationUsage,

    /// <summary>The server certificate does not chain to the configured trust anchors, or is invalid.</summary>
    ServerNotTrusted,

    /// <summary>The server refused the TLS handshake, typically because the client certificate is not whitelisted (yet) on that environment.</summary>
    RejectedByServer,

    /// <summary>The trust anchors (CA bundle) could not be loaded.</summary>
    TrustAnchorsInvalid,
}
