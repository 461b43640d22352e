using Microsoft.Extensions.Logging;
using Ror.Client.Diagnostics;

namespace Ror.Client.Certificates;

/// <summary>
/// Loads the TLS settings of one client once, on first use (the certificate password may come from an asynchronous
/// secret provider), then checks on every use that the client certificate is still valid and warns before it expires.
/// </summary>
internal sealed class TlsSettingsProvider : IDisposable
{
    private static readonly TimeSpan WarningInterval = TimeSpan.FromHours(24);

    private readonly RorClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private readonly Lock _warningLock = new();
    private TlsSettings? _settings;
    private DateTimeOffset? _lastExpiryWarning;

    public TlsSettingsProvider(string clientName, RorClientOptions options, ILogger logger, TimeProvider timeProvider)
    {
        ClientName = clientName;
        _options = options;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public string ClientName { get; }

    /// <summary>The settings if they were already loaded.</summary>
    public TlsSettings? Loaded => Volatile.Read(ref _settings);

    public async ValueTask<TlsSettings> GetAsync(CancellationToken cancellationToken)
    {
        var settings = Volatile.Read(ref _settings);
        if (settings is null)
        {
            await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                settings = _settings;
                if (settings is null)
                {
                    settings = await LoadAsync(cancellationToken).ConfigureAwait(false);
                    Volatile.Write(ref _settings, settings);
                }
            }
            finally
            {
                _loadLock.Release();
            }
        }

        CheckValidity(settings);
        return settings;
    }

    /// <summary>
    /// Returns the settings for a handler being built synchronously. Loads them when the password needs no asynchronous provider.
    /// </summary>
    public TlsSettings GetForHandler()
    {
        var settings = Loaded;
        if (settings is not null)
        {
            return settings;
        }

        var pending = GetAsync(CancellationToken.None);
        if (!pending.IsCompleted)
        {
            throw new Errors.RorConfigurationException(
                "The client certificate of the ROR client '" + ClientName + "' is loaded asynchronously (PasswordProvider): create HTTP clients through IRorHttpPipeline.CreateHttpClientAsync.");
        }

        return pending.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _settings?.ClientCertificate.Dispose();
        _loadLock.Dispose();
    }

    private async ValueTask<TlsSettings> LoadAsync(CancellationToken cancellationToken)
    {
        var environment = _options.GetCurrentEnvironment();
        var bundle = await ClientCertificateLoader.LoadAsync(
            _options.GetCurrentClientCertificate(), _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        try
        {
            var anchors = TrustAnchorLoader.Load(environment.TrustAnchors);
            var validator = new ServerCertificateValidator(
                anchors,
                environment.TrustAnchors.RevocationMode,
                environment.AllowInvalidServerCertificate,
                _options.Environment,
                _logger,
                _timeProvider);
            var subject = bundle.Certificate.Subject;
            var notAfter = bundle.Certificate.NotAfter.ToUniversalTime();
            RorClientLog.ClientCertificateLoaded(_logger, ClientName, _options.Environment, subject, notAfter, bundle.Intermediates.Count);
            return new TlsSettings(bundle, validator, _options.Environment);
        }
        catch
        {
            bundle.Dispose();
            throw;
        }
    }

    private void CheckValidity(TlsSettings settings)
    {
        var certificate = settings.ClientCertificate.Certificate;
        var now = _timeProvider.GetUtcNow();
        ClientCertificateLoader.EnsureUsable(certificate, now);

        var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        var warningDays = _options.GetCurrentClientCertificate().ExpiryWarningDays;
        if (now < notAfter.AddDays(-warningDays))
        {
            return;
        }

        lock (_warningLock)
        {
            if (_lastExpiryWarning is { } last && now - last < WarningInterval)
            {
                return;
            }

            _lastExpiryWarning = now;
        }

        RorClientLog.ClientCertificateExpiresSoon(_logger, ClientName, certificate.Subject, notAfter, (int)Math.Ceiling((notAfter - now).TotalDays));
    }
}
