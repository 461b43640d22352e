using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ror.Client.Configuration;
using Ror.Client.DependencyInjection;
using Ror.Client.Testing.Certificates;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 over mutual TLS answering every request with a fixed, possibly hostile, body and content
/// type: what a compromised or broken ROR could send.
/// </summary>
public sealed class HostileServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostileServer(WebApplication app, TestCertificateAuthority authority, X509Certificate2 server, X509Certificate2 client)
    {
        _app = app;
        Authority = authority;
        ServerCertificate = server;
        ClientCertificate = client;
    }

    public TestCertificateAuthority Authority { get; }

    public X509Certificate2 ServerCertificate { get; }

    public X509Certificate2 ClientCertificate { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public int Requests => _requests;

    public Func<HttpContext, Task> Respond { get; set; } = context => Task.CompletedTask;

    private int _requests;

    public static async Task<HostileServer> StartAsync(SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13)
    {
        var authority = TestCertificateAuthority.Create("Hostile Test Root", KeyAlgorithm.EcdsaP256);
        var serverCertificate = authority.IssueServerCertificate();
        var clientCertificate = authority.IssueClientCertificate("ROR-HOSTILE-TESTS");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = serverCertificate;
                https.SslProtocols = protocols;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                https.ClientCertificateValidation = (_, _, _) => true;
            })));
        var app = builder.Build();
        var server = new HostileServer(app, authority, serverCertificate, clientCertificate);
        app.Run(context =>
        {
            Interlocked.Increment(ref server._requests);
            return server.Respond(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    public void Configure(RorClientOptions options)
    {
        options.Environment = RorEnvironment.Simulator;
        var environment = new RorEnvironment
        {
            SoapEndpoint = new Uri(BaseAddress, "ROR/CSD"),
            ExtractionEndpoint = new Uri(BaseAddress, "ROR/extraction"),
        };
        environment.TrustAnchors.CaBundlePem = Authority.RootCertificate.ExportCertificatePem();
        environment.TrustAnchors.RevocationMode = X509RevocationMode.NoCheck;
        options.Environments[RorEnvironment.Simulator] = environment;
        options.ClientCertificate.Certificate = ClientCertificate;
        options.Resilience.MaxRetryAttempts = 1;
        options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
        options.Resilience.TotalTimeout = TimeSpan.FromSeconds(25);
        options.Resilience.CircuitBreakerEnabled = false;
    }

    public ClientScope CreateClient(Action<RorClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddRorClient(options =>
        {
            Configure(options);
            configure?.Invoke(options);
        });
        return new ClientScope(services.BuildServiceProvider());
    }

    /// <summary>Answers with the body and content type given.</summary>
    public void Serve(byte[] body, string contentType, int status = 200) => Respond = async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        ServerCertificate.Dispose();
        ClientCertificate.Dispose();
        Authority.Dispose();
    }
}
