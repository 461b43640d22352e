using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Ror.Client.Certificates;
using Ror.Client.Configuration;
using Ror.Client.Tests.Infrastructure;

namespace Ror.Client.Tests.Certificates;

[Collection(CertificateCollection.Name)]
public sealed class TlsSettingsProviderTests(CertificateFixture certificates)
{
    private (TlsSettingsProvider Provider, FakeLogger Logger) Create(FakeTimeProvider time)
    {
        var options = new RorClientOptions { Environment = RorEnvironment.Simulator };
        options.Environments[RorEnvironment.Simulator] = new RorEnvironment { SoapEndpoint = new Uri("https://127.0.0.1/") };
        options.ClientCertificate.Certificate = certificates.ClientCertificate;
        var logger = new FakeLogger();
        return (new TlsSettingsProvider("test", options, logger, time), logger);
    }

    private static int ExpiryWarnings(FakeLogger logger) =>
        logger.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Warning && r.Message.Contains("expires on", StringComparison.Ordinal));

    [Fact]
    public async Task GetAsync_CertificateExpiresInTenDays_LogsAWarning()
    {
        var notAfter = new DateTimeOffset(certificates.ClientCertificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var (provider, logger) = Create(new FakeTimeProvider(notAfter.AddDays(-10)));
        using var _ = provider;

        await provider.GetAsync(CancellationToken.None);

        Assert.Equal(1, ExpiryWarnings(logger));
    }

    [Fact]
    public async Task GetAsync_CertificateExpiresInFortyDays_LogsNoWarning()
    {
        var notAfter = new DateTimeOffset(certificates.ClientCertificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var (provider, logger) = Create(new FakeTimeProvider(notAfter.AddDays(-40)));
        using var _ = provider;

        await provider.GetAsync(CancellationToken.None);

        Assert.Equal(0, ExpiryWarnings(logger));
    }

    [Fact]
    public async Task GetAsync_CalledTwiceTheSameDay_WarnsOnceThenAgainNextDay()
    {
        var notAfter = new DateTimeOffset(certificates.ClientCertificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var time = new FakeTimeProvider(notAfter.AddDays(-20));
        var (provider, logger) = Create(time);
        using var _ = provider;

        await provider.GetAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        await provider.GetAsync(CancellationToken.None);
        Assert.Equal(1, ExpiryWarnings(logger));

        time.Advance(TimeSpan.FromDays(1));
        await provider.GetAsync(CancellationToken.None);
        Assert.Equal(2, ExpiryWarnings(logger));
    }

    [Fact]
    public async Task GetAsync_CertificateExpiredSinceLoading_ThrowsExpired()
    {
        var notAfter = new DateTimeOffset(certificates.ClientCertificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var time = new FakeTimeProvider(notAfter.AddDays(-1));
        var (provider, _) = Create(time);
        using var disposable = provider;
        await provider.GetAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromDays(2));

        var error = await Assert.ThrowsAsync<Ror.Client.Errors.RorCertificateException>(async () => await provider.GetAsync(CancellationToken.None));
        Assert.Equal(Ror.Client.Errors.RorCertificateProblem.Expired, error.Problem);
    }
}
