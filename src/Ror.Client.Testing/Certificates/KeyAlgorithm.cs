namespace Ror.Client.Testing.Certificates;

/// <summary>
/// The key type and size of a certificate issued by a <see cref="TestCertificateAuthority"/>.
/// </summary>
public enum KeyAlgorithm
{
    /// <summary>RSA, 2048-bit modulus, signed with SHA-256 and PKCS#1 v1.5 padding (the IGC-Santé default).</summary>
    Rsa2048 = 0,

    /// <summary>RSA, 3072-bit modulus, signed with SHA-256 and PKCS#1 v1.5 padding.</summary>
    Rsa3072 = 1,

    /// <summary>ECDSA on the NIST P-256 curve, signed with SHA-256.</summary>
    EcdsaP256 = 2,
}
