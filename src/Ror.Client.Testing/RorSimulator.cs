using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Diagnostics;
using Ror.Client.Testing.Errors;
using Ror.Client.Testing.Extraction;
using Ror.Client.Testing.Faults;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing;

/// <summary>
/// A local ROR CSD MEV 2.4 server for tests: in-process Kestrel on 127.0.0.1, HTTPS only (TLS 1.2+), mutual TLS with
/// certificates from a <see cref="TestCertificateAuthority"/>, the SOAP 1.2 endpoint of the three SOAP transactions, the
/// REST extraction endpoint, access profiles, error shapes, forced errors, fault injection and request counters.
/// </summary>
/// <example>
/// <code>
/// await using var ror = await RorSimulator.StartAsync(new RorSimulatorOptions(), cancellationToken);
/// var handler = new SocketsHttpHandler();
/// handler.SslOptions.ClientCertificates = [ror.ClientCertificate];
/// handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, CustomTrustStore = { ror.ServerCaCertificate } };
/// using var http = new HttpClient(handler);
/// // POST SOAP 1.2 envelopes to ror.SoapEndpoint, GET ror.ExtractionEndpoint.
/// </code>
/// </example>
public sealed class RorSimulator : IAsyncDisposable
{
    private readonly WebApplication _application;
    private readonly SoapDispatcher _soap;
    private readonly ExtractionResponder _extraction;
    private readonly bool _ownsAuthority;
    private readonly X509Certificate2 _serverCertificate;
    private int _disposed;

    private RorSimulator(
        WebApplication application,
        Uri baseAddress,
        RorSimulatorOptions options,
        TestCertificateAuthority authority,
        bool ownsAuthority,
        X509Certificate2 serverCertificate,
        X509Certificate2 clientCertificate,
        SoapDispatcher soap,
        ExtractionResponder extraction,
        RorSimulatorCounters counters,
        RorSimulatorFaults faults,
        ForcedErrorRules forcedErrors)
    {
        _application = application;
        _soap = soap;
        _extraction = extraction;
        _ownsAuthority = ownsAuthority;
        _serverCertificate = serverCertificate;
        BaseAddress = baseAddress;
        SoapEndpoint = new Uri(baseAddress, options.SoapPath.TrimStart('/'));
        ExtractionEndpoint = new Uri(baseAddress, options.ExtractionPath.TrimStart('/'));
        CertificateAuthority = authority;
        ServerCaCertificate = authority.RootCertificate;
        ClientCertificate = clientCertificate;
        Counters = counters;
        Faults = faults;
        ForcedErrors = forcedErrors;
    }

    /// <summary>The base address, <c>https://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The SOAP 1.2 endpoint of TR-Notif, Lecture EG and Lecture OI (default path <c>/ROR/CSD</c>).</summary>
    public Uri SoapEndpoint { get; }

    /// <summary>The REST extraction endpoint (default path <c>/ROR/extraction</c>).</summary>
    public Uri ExtractionEndpoint { get; }

    /// <summary>The authority of the server certificate and of accepted client certificates.</summary>
    public TestCertificateAuthority CertificateAuthority { get; }

    /// <summary>The root certificate (public part) a client trusts to validate the server certificate.</summary>
    public X509Certificate2 ServerCaCertificate { get; }

    /// <summary>A valid client certificate with its private key, accepted by the simulator (owned by it).</summary>
    public X509Certificate2 ClientCertificate { get; }

    /// <summary>The requests received, per transaction and in total.</summary>
    public RorSimulatorCounters Counters { get; }

    /// <summary>Fault injection, per transaction and for the extraction, changeable while running.</summary>
    public RorSimulatorFaults Faults { get; }

    /// <summary>The forced business errors, changeable while running.</summary>
    public ForcedErrorRules ForcedErrors { get; }

    /// <summary>Starts a simulator with the default options.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running simulator, which the caller disposes.</returns>
    public static Task<RorSimulator> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(new RorSimulatorOptions(), cancellationToken);

    /// <summary>Starts a simulator: creates its certificates if needed, binds 127.0.0.1 and starts listening.</summary>
    /// <param name="options">The configuration, read once.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running simulator, which the caller disposes.</returns>
    /// <exception cref="ArgumentException">An option is invalid (paths, sizes, port).</exception>
    public static async Task<RorSimulator> StartAsync(RorSimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        bool ownsAuthority = options.CertificateAuthority is null;
        TestCertificateAuthority authority = options.CertificateAuthority ?? TestCertificateAuthority.Create(algorithm: options.KeyAlgorithm);
        X509Certificate2? serverCertificate = null;
        X509Certificate2? clientCertificate = null;
        WebApplication? application = null;
        try
        {
            serverCertificate = authority.IssueServerCertificate(algorithm: options.KeyAlgorithm);
            clientCertificate = authority.IssueClientCertificate(options.ClientCommonName, algorithm: options.KeyAlgorithm);
            ILoggerFactory loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
            ILogger logger = loggerFactory.CreateLogger(typeof(RorSimulator).FullName!);

            var counters = new RorSimulatorCounters();
            var faults = new RorSimulatorFaults(options.FaultRandomSeed);
            var forcedErrors = new ForcedErrorRules(options.ForcedErrors);
            var soap = new SoapDispatcher(options, counters, faults, forcedErrors, logger);
            var extraction = new ExtractionResponder(options, counters, faults, logger);

            X509Certificate2Collection trustAnchors = [authority.RootCertificate, .. options.AdditionalClientTrustAnchors];
            X509Certificate2Collection intermediates = authority.GetIntermediateCertificates();
            var validator = new ClientCertificateValidator(trustAnchors, intermediates, logger);
            application = Build(options, loggerFactory, serverCertificate, intermediates, validator);
            string soapPath = "/" + options.SoapPath.Trim('/');
            string extractionPath = "/" + options.ExtractionPath.Trim('/');
            application.Run(context => Route(context, soapPath, extractionPath, soap, extraction, counters));

            await application.StartAsync(cancellationToken).ConfigureAwait(false);
            Uri baseAddress = ReadBoundAddress(application);
            SimulatorLog.Started(logger, baseAddress);
            return new RorSimulator(
                application, baseAddress, options, authority, ownsAuthority, serverCertificate, clientCertificate, soap, extraction, counters, faults, forcedErrors);
        }
        catch
        {
            if (application is not null)
            {
                await application.DisposeAsync().ConfigureAwait(false);
            }

            serverCertificate?.Dispose();
            clientCertificate?.Dispose();
            if (ownsAuthority)
            {
                authority.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// Issues a client certificate from the simulator's authority (valid, or with a defect the TLS layer refuses).
    /// </summary>
    /// <param name="commonName">The common name (application name).</param>
    /// <param name="kind">Valid, or the defect.</param>
    /// <returns>The certificate with its private key, which the caller disposes.</returns>
    public X509Certificate2 IssueClientCertificate(string commonName, ClientCertificateKind kind = ClientCertificateKind.Valid) =>
        CertificateAuthority.IssueClientCertificate(commonName, kind);

    /// <summary>Stops listening; requests in progress get until <paramref name="cancellationToken"/> to finish.</summary>
    /// <param name="cancellationToken">Ends the graceful stop.</param>
    /// <returns>A task completing when the server has stopped.</returns>
    public Task StopAsync(CancellationToken cancellationToken = default) => _application.StopAsync(cancellationToken);

    /// <summary>Stops the server (allowing two seconds for requests in progress) and releases the certificates it owns.</summary>
    /// <returns>A task completing when everything is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            try
            {
                await _application.StopAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Requests still running after the grace period are abandoned.
            }
        }

        await _application.DisposeAsync().ConfigureAwait(false);
        _serverCertificate.Dispose();
        ClientCertificate.Dispose();
        if (_ownsAuthority)
        {
            CertificateAuthority.Dispose();
        }
    }

    /// <summary>Registers, replaces or (with <see langword="null"/>) removes the handler of a SOAP transaction.</summary>
    internal void SetTransactionHandler(SimulatedTransaction transaction, ISoapTransactionHandler? handler) =>
        _soap.SetHandler(transaction, handler);

    /// <summary>Replaces the documents served by the extraction endpoint.</summary>
    internal void SetExtractionDocuments(IEnumerable<ExtractionDocument> documents) =>
        _extraction.SetDocuments(documents);

    private static WebApplication Build(
        RorSimulatorOptions options,
        ILoggerFactory loggerFactory,
        X509Certificate2 serverCertificate,
        X509Certificate2Collection serverChain,
        ClientCertificateValidator validator)
    {
        // The empty builder reads no appsettings, environment variables or command line: nothing outside can rebind it.
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(RorSimulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.UseHttps(new HttpsConnectionAdapterOptions
                {
                    ServerCertificate = serverCertificate,
                    ServerCertificateChain = serverChain,
                    SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    ClientCertificateMode = ClientCertificateMode.RequireCertificate,
                    CheckCertificateRevocation = false,
                    ClientCertificateValidation = (certificate, chain, _) => validator.Validate(certificate, chain),
                });
            });
        });
        return builder.Build();
    }

    private static Task Route(
        HttpContext context,
        string soapPath,
        string extractionPath,
        SoapDispatcher soap,
        ExtractionResponder extraction,
        RorSimulatorCounters counters)
    {
        PathString path = context.Request.Path;
        if (path.Equals(soapPath, StringComparison.OrdinalIgnoreCase))
        {
            return soap.HandleAsync(context);
        }

        if (path.Equals(extractionPath, StringComparison.OrdinalIgnoreCase))
        {
            return extraction.HandleAsync(context);
        }

        counters.CountRequest();
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static Uri ReadBoundAddress(WebApplication application)
    {
        IServerAddressesFeature? addresses = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        string address = addresses?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel did not report the address it is bound to.");
        var bound = new Uri(address);
        return new UriBuilder(Uri.UriSchemeHttps, IPAddress.Loopback.ToString(), bound.Port, "/").Uri;
    }

    private static void Validate(RorSimulatorOptions options)
    {
        static void RequirePath(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value) || !value.StartsWith('/') || value.Trim('/').Length == 0)
            {
                throw new ArgumentException($"{name} must be an absolute path such as '/ROR/CSD' (got '{value}').", nameof(options));
            }
        }

        RequirePath(options.SoapPath, nameof(RorSimulatorOptions.SoapPath));
        RequirePath(options.ExtractionPath, nameof(RorSimulatorOptions.ExtractionPath));
        if (string.Equals(options.SoapPath.Trim('/'), options.ExtractionPath.Trim('/'), StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("SoapPath and ExtractionPath must differ.", nameof(options));
        }

        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException($"Port must be 0 to 65535 (got {options.Port}).", nameof(options));
        }

        if (options.MaxRequestBodyBytes < 1024)
        {
            throw new ArgumentException($"MaxRequestBodyBytes must be at least 1024 (got {options.MaxRequestBodyBytes}).", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.ClientCommonName) || string.IsNullOrWhiteSpace(options.ExtractionFileName))
        {
            throw new ArgumentException("ClientCommonName and ExtractionFileName must not be empty.", nameof(options));
        }
    }
}
