using System.Collections.Concurrent;
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

namespace Ror.Client.Tests.Infrastructure;

/// <summary>
/// A small Kestrel HTTPS server on 127.0.0.1 that requires a client certificate chaining to the test root and
/// whitelisted by thumbprint, then answers with canned responses, recording every request it receives.
/// </summary>
public sealed class TestRorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _responses = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private TestRorServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri SoapEndpoint => new(BaseAddress, "/ROR/CSD");

    public Uri ExtractionEndpoint => new(BaseAddress, "/ROR/extraction");

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>What to answer when no canned response is queued.</summary>
    public Func<HttpContext, Task> DefaultResponse { get; set; } = context => TestResponses.Soap(context, "<ok xmlns=\"urn:test\"/>");

    public static async Task<TestRorServer> StartAsync(
        CertificateFixture certificates,
        IEnumerable<X509Certificate2>? whitelist = null,
        X509Certificate2? serverCertificate = null)
    {
        var allowed = (whitelist ?? [certificates.ClientCertificate]).Select(c => c.Thumbprint).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = serverCertificate ?? certificates.ServerCertificate;
                https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                https.ClientCertificateValidation = (certificate, chain, _) =>
                {
                    using var own = new X509Chain();
                    own.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    own.ChainPolicy.CustomTrustStore.Add(certificates.Root.RootCertificate);
                    own.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    if (chain is not null)
                    {
                        // Only what the client sent: intermediates are not known to the server otherwise.
                        own.ChainPolicy.ExtraStore.AddRange(chain.ChainPolicy.ExtraStore);
                    }

                    return own.Build(certificate) && allowed.Contains(certificate.Thumbprint);
                };
            }));
        });
        var app = builder.Build();
        var server = new TestRorServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public TestRorServer Enqueue(params Func<HttpContext, Task>[] responses)
    {
        foreach (var response in responses)
        {
            _responses.Enqueue(response);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var clientCertificate = context.Connection.ClientCertificate;
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.ContentType,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            clientCertificate?.Thumbprint));
        var respond = _responses.TryDequeue(out var next) ? next : DefaultResponse;
        await respond(context);
    }
}

/// <summary>A request received by the <see cref="TestRorServer"/>.</summary>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    string? ContentType,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string? ClientCertificateThumbprint);
