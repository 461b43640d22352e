using System.Diagnostics;
using System.Net.Http.Headers;
using System.Runtime;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Ror.Client.Configuration;
using Ror.Client.Csd.Models;
using Ror.Client.DependencyInjection;
using Ror.Client.Testing;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Perf;

/// <summary>
/// The <c>soap-call</c> and <c>extraction-stream</c> figures, against a local <see cref="RorSimulator"/> serving a
/// generated <see cref="RorDataset"/> over mutual TLS on 127.0.0.1.
/// </summary>
public sealed class NetworkFigures : IAsyncDisposable
{
    /// <summary>Establishments of the simulator's dataset.</summary>
    public const int DatasetEstablishments = 300;

    private const int WarmUpCalls = 30;

    /// <summary>
    /// Timed rounds of the <c>soap-call</c> pair. With 9 rounds the ratio of one run out of six on a shared 2-core machine
    /// came out at 1.53 against 1.08–1.30 for the others; a round takes some 70 ms, so 21 rounds cost about a second more.
    /// </summary>
    private const int Rounds = 21;

    private const int CallsPerRound = 20;

    /// <summary>
    /// Warm-up rounds (of <see cref="CallsPerRound"/> calls of each side) at least: 3,000 calls of each. Measured again and
    /// again in one process, the ratio settled only after some 2,500 calls of each side.
    /// </summary>
    private const int MinimumWarmUpRounds = 150;

    /// <summary>Warm-up rounds at most, whether the JIT has settled or not.</summary>
    private const int MaximumWarmUpRounds = 300;

    /// <summary>The share of a warm-up round's time below which its compilation counts as settled (as for the sync pairs).</summary>
    private const double QuietJitShare = 0.05;

    private readonly RorSimulator _simulator;
    private readonly ServiceProvider _services;
    private readonly IRorClient _client;
    private readonly HttpClient _raw;
    private readonly EnvelopeCapture _capture;

    private NetworkFigures(RorSimulator simulator, ServiceProvider services, EnvelopeCapture capture, HttpClient raw)
    {
        _simulator = simulator;
        _services = services;
        _client = services.GetRequiredService<IRorClient>();
        _capture = capture;
        _raw = raw;
    }

    /// <summary>The client connected to the simulator.</summary>
    public IRorClient Client => _client;

    /// <summary>The SOAP call figures.</summary>
    /// <param name="ClientMicroseconds">Mean µs per IRorClient call.</param>
    /// <param name="RawMicroseconds">Mean µs per raw HttpClient call parsed with XDocument.</param>
    /// <param name="ClientToRaw">Median over the rounds of client time / raw time.</param>
    /// <param name="WarmUpRounds">Warm-up rounds run until the JIT settled, after the first warm-up calls.</param>
    public sealed record SoapResult(double ClientMicroseconds, double RawMicroseconds, double ClientToRaw, int WarmUpRounds);

    /// <summary>The extraction figures.</summary>
    /// <param name="Document">The extraction body (XML), for the parse comparison of the sync figure.</param>
    /// <param name="MegabytesPerSecond">ReadExtractionAsync throughput.</param>
    /// <param name="Entities">Entities in the extraction.</param>
    public sealed record ExtractionResult(byte[] Document, double MegabytesPerSecond, long Entities);

    /// <summary>Starts the simulator and the two clients.</summary>
    /// <returns>The figures.</returns>
    public static async Task<NetworkFigures> StartAsync()
    {
        var dataset = new RorDataset(new RorDatasetOptions { Seed = 7, EstablishmentCount = DatasetEstablishments });
        var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions().UseDataset(dataset));
        var capture = new EnvelopeCapture();
        var collection = new ServiceCollection();
        var builder = collection.AddRorClient(options =>
        {
            options.Environment = RorEnvironment.Simulator;
            var environment = new RorEnvironment { SoapEndpoint = simulator.SoapEndpoint, ExtractionEndpoint = simulator.ExtractionEndpoint };
            environment.TrustAnchors.Certificates.Add(simulator.ServerCaCertificate);
            environment.TrustAnchors.RevocationMode = X509RevocationMode.NoCheck;
            options.Environments[RorEnvironment.Simulator] = environment;
            options.ClientCertificate.Certificate = simulator.ClientCertificate;
        });
        builder.HttpClientBuilder.AddHttpMessageHandler(() => capture);
        var services = collection.BuildServiceProvider();

        var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [simulator.ClientCertificate];
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            CustomTrustStore = { simulator.ServerCaCertificate },
        };
        return new NetworkFigures(simulator, services, capture, new HttpClient(handler));
    }

    /// <summary>Makes the first client call and captures its envelope (for <see cref="CallRawAsync"/>).</summary>
    /// <returns>A task.</returns>
    public async Task PrepareAsync()
    {
        if (_capture.Body is null)
        {
            await _client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(3));
            _capture.Stop();
        }
    }

    /// <summary>One TR-Lecture (EG) call through <see cref="IRorClient"/>.</summary>
    /// <returns>The number of facilities.</returns>
    public async Task<int> CallClientAsync() =>
        (await _client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(3))).Document.Facilities.Count;

    /// <summary>The same call as a raw HttpClient POST of the captured envelope, parsed with XDocument.</summary>
    /// <returns>The number of facilities.</returns>
    public Task<int> CallRawAsync() => RawCallAsync(_capture.Body!, _capture.ContentType!);

    /// <summary>Measures TR-Lecture (EG) calls: the client against a raw HttpClient POST of the same envelope.</summary>
    /// <returns>The figures.</returns>
    public async Task<SoapResult> MeasureSoapCallAsync()
    {
        string establishment = RorDatasetGenerator.GetStructureId(3);
        var first = await _client.GetEstablishmentOfferAsync(establishment);
        if (first.Document.Facilities.Count == 0 || _capture.Body is null)
        {
            throw new InvalidOperationException("The simulator returned no facility for the measured establishment.");
        }

        _capture.Stop();
        byte[] envelope = _capture.Body;
        var contentType = _capture.ContentType!;
        int rawFacilities = await RawCallAsync(envelope, contentType);
        if (rawFacilities != first.Document.Facilities.Count)
        {
            throw new InvalidOperationException($"The raw call read {rawFacilities} facilities, the client {first.Document.Facilities.Count}.");
        }

        for (int i = 0; i < WarmUpCalls; i++)
        {
            await _client.GetEstablishmentOfferAsync(establishment);
            await RawCallAsync(envelope, contentType);
        }

        // Then rounds like the timed ones, MinimumWarmUpRounds at least and until the JIT has settled (two rounds in a row
        // compiling for less than QuietJitShare of their time, as for the sync pairs): the simulator answers in
        // this process, and its code, the client's and the raw side's reach their optimised form over the first thousands
        // of calls. Measured after 30 calls only, the ratio was that of a process still compiling; a lull of the JIT alone
        // came after 3 rounds, before the optimised code (see docs/performance.md).
        int warmUpRounds = 0;
        int quiet = 0;
        while (warmUpRounds < MaximumWarmUpRounds && (warmUpRounds < MinimumWarmUpRounds || quiet < 2))
        {
            var before = JitInfo.GetCompilationTime();
            var client = await TimeCallsAsync(() => _client.GetEstablishmentOfferAsync(establishment));
            var raw = await TimeCallsAsync(() => RawCallAsync(envelope, contentType));
            quiet = JitInfo.GetCompilationTime() - before < (client + raw) * QuietJitShare ? quiet + 1 : 0;
            warmUpRounds++;
        }

        double clientTotal = 0;
        double rawTotal = 0;
        var ratios = new List<double>(Rounds);
        for (int round = 0; round < Rounds; round++)
        {
            // The side that goes first changes from round to round, so that neither always follows the other's garbage.
            TimeSpan client;
            TimeSpan raw;
            if (round % 2 == 0)
            {
                client = await TimeCallsAsync(() => _client.GetEstablishmentOfferAsync(establishment));
                raw = await TimeCallsAsync(() => RawCallAsync(envelope, contentType));
            }
            else
            {
                raw = await TimeCallsAsync(() => RawCallAsync(envelope, contentType));
                client = await TimeCallsAsync(() => _client.GetEstablishmentOfferAsync(establishment));
            }

            clientTotal += client.TotalMicroseconds;
            rawTotal += raw.TotalMicroseconds;
            ratios.Add(client / raw);
        }

        ratios.Sort();
        int calls = Rounds * CallsPerRound;
        return new SoapResult(clientTotal / calls, rawTotal / calls, ratios[ratios.Count / 2], warmUpRounds);
    }

    /// <summary>Runs <see cref="CallsPerRound"/> sequential calls and returns their total time.</summary>
    private static async Task<TimeSpan> TimeCallsAsync<T>(Func<Task<T>> call)
    {
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < CallsPerRound; i++)
        {
            await call();
        }

        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>Measures <see cref="IRorClient.ReadExtractionAsync"/> over the whole dataset.</summary>
    /// <returns>The figures.</returns>
    public async Task<ExtractionResult> MeasureExtractionAsync()
    {
        using var body = new MemoryStream();
        var download = await _client.DownloadExtractionAsync(body);
        byte[] document = body.ToArray();
        long entities = 0;
        var durations = new List<TimeSpan>();
        for (int run = -1; run < 3; run++)
        {
            entities = 0;
            var duration = await Measure.OnceAsync(async () =>
            {
                await foreach (CsdEntity entity in _client.ReadExtractionAsync())
                {
                    entities += entity.EntityId.Length > 0 ? 1 : 0;
                }
            });
            if (run >= 0)
            {
                durations.Add(duration);
            }
        }

        return new ExtractionResult(document, Measure.MegabytesPerSecond(download.Length, Measure.MedianOf(durations)), entities);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _raw.Dispose();
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    private async Task<int> RawCallAsync(byte[] envelope, MediaTypeHeaderValue contentType)
    {
        using var content = new ByteArrayContent(envelope);
        content.Headers.ContentType = contentType;
        using var response = await _raw.PostAsync(_simulator.SoapEndpoint, content);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        var document = await XDocument.LoadAsync(stream, LoadOptions.None, CancellationToken.None);
        XNamespace csd = "urn:ihe:iti:csd:2013";
        return document.Descendants(csd + "facility").Count(f => f.Parent?.Name == csd + "facilityDirectory");
    }

    /// <summary>Records the body and content type of the first SOAP request, then only passes requests on.</summary>
    private sealed class EnvelopeCapture : DelegatingHandler
    {
        private volatile bool _stopped;

        public byte[]? Body { get; private set; }

        public MediaTypeHeaderValue? ContentType { get; private set; }

        public void Stop() => _stopped = true;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!_stopped && Body is null && request.Method == HttpMethod.Post && request.Content is not null)
            {
                Body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
                ContentType = request.Content.Headers.ContentType;
                var copy = new ByteArrayContent(Body);
                copy.Headers.ContentType = ContentType;
                request.Content = copy;
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
