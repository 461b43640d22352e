using System.Net;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Ror.Client.Certificates;
using Ror.Client.Configuration;
using Ror.Client.Extraction;
using Ror.Client.Transport;

namespace Ror.Client.DependencyInjection;

/// <summary>Everything one named ROR client is made of: its options, TLS settings, transports and HTTP pipeline.</summary>
internal sealed class RorClientRuntime : IRorHttpPipeline, IDisposable
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IHttpMessageHandlerFactory _handlerFactory;
    private readonly Lazy<RorSoapTransport> _soap;

    public RorClientRuntime(
        string clientName,
        RorClientOptions options,
        IHttpClientFactory httpClientFactory,
        IHttpMessageHandlerFactory handlerFactory,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider)
    {
        ClientName = clientName;
        HttpClientName = RorHttpClientNames.For(clientName);
        Options = options;
        _httpClientFactory = httpClientFactory;
        _handlerFactory = handlerFactory;
        var logger = loggerFactory.CreateLogger("Ror.Client");
        Logger = logger;
        TimeProvider = timeProvider;
        Tls = new TlsSettingsProvider(clientName, options, logger, timeProvider);
        _soap = new Lazy<RorSoapTransport>(
            () => new RorSoapTransport(clientName, HttpClientName, options, Tls, handlerFactory, logger, timeProvider),
            LazyThreadSafetyMode.ExecutionAndPublication);
        Rest = new RorRestTransport(clientName, HttpClientName, options, Tls, httpClientFactory, logger, timeProvider);
        Downloader = new RorExtractionDownloader(Rest, Math.Max(options.Resilience.MaxRetryAttempts, 1), logger);
    }

    public string ClientName { get; }

    public string HttpClientName { get; }

    public string EnvironmentName => Options.Environment;

    public RorEnvironment Environment => Options.GetCurrentEnvironment();

    public RorClientOptions Options { get; }

    public ILogger Logger { get; }

    public TimeProvider TimeProvider { get; }

    public TlsSettingsProvider Tls { get; }

    public RorSoapTransport Soap => _soap.Value;

    public RorRestTransport Rest { get; }

    public RorExtractionDownloader Downloader { get; }

    public async ValueTask<HttpClient> CreateHttpClientAsync(CancellationToken cancellationToken = default)
    {
        await Tls.GetAsync(cancellationToken).ConfigureAwait(false);
        return _httpClientFactory.CreateClient(HttpClientName);
    }

    public async ValueTask<HttpMessageHandler> CreateHttpMessageHandlerAsync(CancellationToken cancellationToken = default)
    {
        await Tls.GetAsync(cancellationToken).ConfigureAwait(false);
        return _handlerFactory.CreateHandler(HttpClientName);
    }

    /// <summary>Creates the primary handler of the named HTTP client: sockets, TLS 1.2/1.3, client certificate, server validation.</summary>
    public SocketsHttpHandler CreatePrimaryHandler()
    {
        var tls = Tls.GetForHandler();
        return new SocketsHttpHandler
        {
            PooledConnectionLifetime = Options.PooledConnectionLifetime,
            SslOptions = tls.CreateSslOptions(),
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = true,
            PlaintextStreamFilter = static (context, _) => ValueTask.FromResult<Stream>(
                context.PlaintextStream is System.Net.Security.SslStream tls
                    ? new TlsRejectionDetectingStream(tls, context.InitialRequestMessage)
                    : context.PlaintextStream),
        };
    }

    public void Dispose()
    {
        if (_soap.IsValueCreated)
        {
            _soap.Value.Dispose();
        }

        Tls.Dispose();
    }
}
