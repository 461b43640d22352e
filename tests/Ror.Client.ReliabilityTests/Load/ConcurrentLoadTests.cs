using System.Diagnostics;
using System.Globalization;
using Ror.Client.ReliabilityTests.Infrastructure;
using Ror.Client.Testing;
using Xunit.Abstractions;

namespace Ror.Client.ReliabilityTests.Load;

/// <summary>64 concurrent callers sharing one client against the simulator. Figures are printed, never asserted.</summary>
public sealed class ConcurrentLoadTests(ITestOutputHelper output)
{
    private const int Callers = 64;

    [Fact]
    public async Task Client_SixtyFourConcurrentCallers_NoFailureConnectionsReusedMemoryStable()
    {
        var total = Soak.Scale(2_000);
        await using var harness = await SimulatorHarness.StartAsync();
        var connections = new ConnectionCounter();
        await using var scope = harness.CreateClient(o => o.Resilience.MaxRetryAttempts = 0, connections.Attach);
        var client = scope.Client;
        var transactions = new[] { SimulatedTransaction.Notification, SimulatedTransaction.EstablishmentRead, SimulatedTransaction.InternalOrganizationRead };

        // Warm-up (TLS settings, WCF channel factory), then the baseline heap.
        foreach (var transaction in transactions)
        {
            await harness.InvokeAsync(client, transaction);
        }

        var heapBefore = Heap();
        var latencies = new double[total];
        var failures = new List<Exception>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        var workers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await harness.InvokeAsync(client, transactions[index % transactions.Length], guard.Token);
                }
                catch (Exception ex)
                {
                    lock (failures)
                    {
                        failures.Add(ex);
                    }
                }

                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        clock.Stop();
        var heapAfter = Heap();

        Array.Sort(latencies);
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{total} requests, {Callers} callers: {total / clock.Elapsed.TotalSeconds:F0} req/s, p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, {connections.Opened} TCP connections, heap {heapBefore / 1024} KiB -> {heapAfter / 1024} KiB");
        output.WriteLine(figures);

        Assert.False(guard.IsCancellationRequested, "The load did not finish within the 5-minute guard.");
        Assert.True(failures.Count == 0, $"{failures.Count} calls failed, first: {failures.FirstOrDefault()}");
        Assert.Equal(total + transactions.Length, harness.Simulator.Counters.Total);
        // The pool starts a connection for a request that finds none free, and keeps it when another one frees up
        // first, so on a loaded machine a few more than one per caller are opened. Without reuse there would be one
        // per request.
        Assert.True(connections.Opened <= 2 * Callers, $"Connections are not reused: {connections.Opened} opened for {total} requests.");
        Assert.True(heapAfter < heapBefore + (64L * 1024 * 1024), $"The heap grew from {heapBefore} to {heapAfter} bytes.");
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
