using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.IO.Pipelines;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Ror.Client.Configuration;
using Ror.Client.DependencyInjection;
using Ror.Client.Testing;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Extraction;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Perf;

/// <summary>
/// The national-scale extraction figures (<c>--national</c>): a <see cref="RorSimulator"/> serving a generated
/// <see cref="RorDataset"/> of <see cref="Establishments"/> establishments (seed 7, more than 1 GB of CSD) runs in a
/// child process (this program with <c>--child-simulator DIR N</c>), so that its peak working set is its own. The parent
/// downloads the whole extraction, gzip-packaged, with <see cref="IRorClient.DownloadExtractionAsync(Stream, CancellationToken)"/>
/// into a pipe that is decompressed and counted as it arrives (nothing stored, no CSD parsing).
/// </summary>
/// <remarks>
/// <c>extraction-national</c> is the decompressed CSD bytes divided by the wall-clock time from the request to the last
/// byte: it covers the simulator's generation, XML writing, gzip compression, Kestrel and TLS, and on the client side
/// TLS and gunzip (both processes share the machine's cores). Targets: at least 50 MB/s, simulator peak under 200 MiB.
/// <c>simulator-cpu</c> and <c>client-cpu</c> are the CPU times of the two processes during the download, and
/// <c>extraction-national-per-simulator-cpu</c> the CSD bytes per CPU-second of the simulator: a figure that depends much
/// less on the load of a shared machine than the wall-clock one.
/// </remarks>
public static class NationalFigures
{
    /// <summary>Establishments of the national-scale dataset (about 2 GB of CSD with seed 7).</summary>
    public const int Establishments = 100_000;

    /// <summary>The smallest decompressed extraction accepted as national-scale.</summary>
    public const long MinimumBytes = 1_000_000_000;

    private const double TargetMegabytesPerSecond = 50;
    private const double TargetPeakMebibytes = 200;
    private const string Password = "perf";

    /// <summary>What the national run measured.</summary>
    /// <param name="DecompressedBytes">CSD bytes served (decompressed).</param>
    /// <param name="CompressedBytes">Bytes on the wire (gzip).</param>
    /// <param name="Elapsed">From the request to the last byte.</param>
    /// <param name="SimulatorPeakWorkingSetBytes">The simulator process's peak working set.</param>
    /// <param name="SimulatorCpu">CPU time of the simulator process while it served the extraction.</param>
    /// <param name="ClientCpu">CPU time of this process (client) during the download.</param>
    public sealed record NationalResult(long DecompressedBytes, long CompressedBytes, TimeSpan Elapsed, long SimulatorPeakWorkingSetBytes, TimeSpan SimulatorCpu, TimeSpan ClientCpu);

    /// <summary>Measures and reports the national figures, failing the report when a target is missed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">A temporary folder for the simulator's certificates.</param>
    /// <param name="establishments">The dataset size.</param>
    /// <returns>A task.</returns>
    public static async Task ReportAsync(PerfReport report, string directory, int establishments = Establishments)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = await MeasureAsync(directory, establishments);
        double megabytesPerSecond = Measure.MegabytesPerSecond(result.DecompressedBytes, result.Elapsed);
        double peak = Measure.Mebibytes(result.SimulatorPeakWorkingSetBytes);
        report.Figure("extraction-national", megabytesPerSecond, "MB/s");
        report.Figure("extraction-national-bytes", result.DecompressedBytes, "bytes (CSD, decompressed)");
        report.Figure("extraction-national-gzip-bytes", result.CompressedBytes, "bytes");
        report.Figure("extraction-national-establishments", establishments, "establishments");
        report.Figure("simulator-peak-ws", peak, "MiB");
        report.Figure("simulator-cpu", result.SimulatorCpu.TotalSeconds, "s");
        report.Figure("client-cpu", result.ClientCpu.TotalSeconds, "s");
        report.Figure("extraction-national-per-simulator-cpu", Measure.MegabytesPerSecond(result.DecompressedBytes, result.SimulatorCpu), "MB per CPU-second");
        if (megabytesPerSecond < TargetMegabytesPerSecond)
        {
            report.Fail("extraction-national");
        }

        if (peak >= TargetPeakMebibytes)
        {
            report.Fail("simulator-peak-ws");
        }

        if (result.DecompressedBytes < MinimumBytes && establishments >= Establishments)
        {
            report.Fail("extraction-national-bytes");
        }
    }

    /// <summary>Runs only the national figures (<c>--national-only</c>), with an optional dataset size in <c>ROR_PERF_NATIONAL_ESTABLISHMENTS</c>.</summary>
    /// <returns>The exit code of the report.</returns>
    public static async Task<int> RunAloneAsync()
    {
        int establishments = int.TryParse(Environment.GetEnvironmentVariable("ROR_PERF_NATIONAL_ESTABLISHMENTS"), CultureInfo.InvariantCulture, out int count) && count > 0
            ? count
            : Establishments;
        var total = Stopwatch.StartNew();
        var report = new PerfReport();
        string directory = Directory.CreateTempSubdirectory("ror-perf-national-").FullName;
        try
        {
            await ReportAsync(report, directory, establishments);
            report.Figure("elapsed", total.Elapsed.TotalSeconds, "s");
            return report.Complete();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Starts the simulator child, downloads the extraction once and stops the child.</summary>
    /// <param name="directory">A temporary folder for the simulator's certificates.</param>
    /// <param name="establishments">The dataset size.</param>
    /// <returns>The figures.</returns>
    public static async Task<NationalResult> MeasureAsync(string directory, int establishments)
    {
        var start = ChildProcess.StartInfo(redirectInput: true, "--child-simulator", directory, establishments.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start) ?? throw new InvalidOperationException("The simulator process did not start.");
        var error = child.StandardError.ReadToEndAsync();
        try
        {
            string ready = await child.StandardOutput.ReadLineAsync()
                ?? throw new InvalidOperationException($"The simulator process ended before it was ready: {await error}");
            string[] parts = ready.Split(' ');
            if (parts.Length != 3 || parts[0] != "ready")
            {
                throw new InvalidOperationException($"Unexpected simulator output: {ready}");
            }

            child.Refresh();
            var simulatorCpu = child.TotalProcessorTime;
            using var self = Process.GetCurrentProcess();
            var clientCpu = self.TotalProcessorTime;
            var (decompressed, compressed, elapsed) = await DownloadAsync(directory, new Uri(parts[1]), new Uri(parts[2]));
            child.Refresh();
            simulatorCpu = child.TotalProcessorTime - simulatorCpu;
            self.Refresh();
            clientCpu = self.TotalProcessorTime - clientCpu;
            await child.StandardInput.WriteLineAsync("stop");
            await child.StandardInput.FlushAsync();
            string peakLine = await child.StandardOutput.ReadLineAsync()
                ?? throw new InvalidOperationException($"The simulator process did not report its working set: {await error}");
            await child.WaitForExitAsync();
            return new NationalResult(decompressed, compressed, elapsed, long.Parse(peakLine, CultureInfo.InvariantCulture), simulatorCpu, clientCpu);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }
        }
    }

    /// <summary>The child side: runs the simulator until a line arrives on the standard input, then prints its peak working set.</summary>
    /// <param name="directory">Where the client certificate (PFX) and the CA bundle are written.</param>
    /// <param name="establishments">The dataset size.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunChildAsync(string directory, int establishments)
    {
        var dataset = new RorDataset(new RorDatasetOptions { Seed = 7, EstablishmentCount = establishments });
        var options = new RorSimulatorOptions { ExtractionPackaging = ExtractionPackaging.Gzip }.UseDataset(dataset);
        await using (var simulator = await RorSimulator.StartAsync(options))
        {
            simulator.CertificateAuthority.ExportPfxFile(simulator.ClientCertificate, Path.Combine(directory, "client.pfx"), Password);
            simulator.CertificateAuthority.ExportCaPemBundleFile(Path.Combine(directory, "ca.pem"));
            Console.WriteLine($"ready {simulator.ExtractionEndpoint} {simulator.SoapEndpoint}");
            await Console.In.ReadLineAsync();
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(process.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    private static async Task<(long Decompressed, long Compressed, TimeSpan Elapsed)> DownloadAsync(string directory, Uri extraction, Uri soap)
    {
        var trust = new X509Certificate2Collection();
        trust.ImportFromPemFile(Path.Combine(directory, "ca.pem"));
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(directory, "client.pfx"), Password);
        var collection = new ServiceCollection();
        collection.AddRorClient(options =>
        {
            options.Environment = RorEnvironment.Simulator;
            var environment = new RorEnvironment { SoapEndpoint = soap, ExtractionEndpoint = extraction };
            foreach (X509Certificate2 anchor in trust)
            {
                environment.TrustAnchors.Certificates.Add(anchor);
            }
            environment.TrustAnchors.RevocationMode = X509RevocationMode.NoCheck;
            options.Environments[RorEnvironment.Simulator] = environment;
            options.ClientCertificate.Certificate = certificate;
        });
        await using var services = collection.BuildServiceProvider();
        var client = services.GetRequiredService<IRorClient>();

        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 4 << 20, resumeWriterThreshold: 2 << 20));
        long started = Stopwatch.GetTimestamp();
        var inflate = Task.Run(() => CountDecompressedAsync(pipe.Reader));
        long compressed;
        try
        {
            await using var sink = pipe.Writer.AsStream(leaveOpen: true);
            compressed = (await client.DownloadExtractionAsync(sink)).Length;
        }
        finally
        {
            await pipe.Writer.CompleteAsync();
        }

        long decompressed = await inflate;
        return (decompressed, compressed, Stopwatch.GetElapsedTime(started));
    }

    private static async Task<long> CountDecompressedAsync(PipeReader reader)
    {
        await using var gzip = new GZipStream(reader.AsStream(), CompressionMode.Decompress);
        byte[] buffer = new byte[1 << 20];
        long total = 0;
        int read;
        byte last = 0;
        while ((read = await gzip.ReadAsync(buffer)) > 0)
        {
            if (total == 0 && (read < 5 || buffer[0] != (byte)'<'))
            {
                throw new InvalidOperationException("The extraction does not start as an XML document.");
            }

            total += read;
            last = buffer[read - 1];
        }

        if (last != (byte)'>')
        {
            throw new InvalidOperationException("The extraction does not end with an element end.");
        }

        return total;
    }
}
