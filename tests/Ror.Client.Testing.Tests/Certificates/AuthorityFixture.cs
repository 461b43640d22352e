using Ror.Client.Testing.Certificates;

namespace Ror.Client.Testing.Tests.Certificates;

/// <summary>One ECDSA root authority shared by a test class (key generation is the slow part; RSA is covered by dedicated tests).</summary>
public sealed class AuthorityFixture : IDisposable
{
    public TestCertificateAuthority Authority { get; } = TestCertificateAuthority.Create("Fixture Root CA", KeyAlgorithm.EcdsaP256);

    public void Dispose() => Authority.Dispose();
}
