namespace Ror.Client.Tests.Infrastructure;

/// <summary>Shares one test PKI between the test classes (generating RSA keys is slow).</summary>
[CollectionDefinition(Name)]
public sealed class CertificateCollection : ICollectionFixture<CertificateFixture>
{
    public const string Name = "Certificates";
}
