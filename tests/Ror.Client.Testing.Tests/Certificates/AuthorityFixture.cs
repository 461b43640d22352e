using Ror.Client.Testing.Certificates;

namespace Ror.Client.Testing.Tests.Certificates;

/// <summary>One RSA root authority shared by a test class (key generation is the slow part).</summary>
public sealed class AuthorityFixture : IDisposable
{
    public TestCertificateAuthority Authority { get; } = TestCertificateAuthority.Create("Fixture Root CA");

    public void Dispose() => Authority.Dispose();
}
