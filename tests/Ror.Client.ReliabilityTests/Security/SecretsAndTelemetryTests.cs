using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ror.Client.Diagnostics;
using Ror.Client.Errors;
using Ror.Client.ReliabilityTests.Infrastructure;
using Ror.Client.Testing;
using Ror.Client.Testing.Faults;

namespace Ror.Client.ReliabilityTests.Security;

/// <summary>Every transaction, successes and faults, with canary values in the data and the certificate password: none leaks.</summary>
public sealed class SecretsAndTelemetryTests
{
    [Fact]
    public async Task Transactions_WithCanaryData_LogsAndTelemetryContainNoPersonalDataOrSecret()
    {
        await using var harness = await SimulatorHarness.StartAsync(plantCanaries: true);
        var directory = Directory.CreateTempSubdirectory("ror-reliability-");
        var pfx = Path.Combine(directory.FullName, "client.p12");
        harness.Authority.ExportPfxFile(harness.ClientCertificate, pfx, Canaries.Password, includeChain: true);
        var captured = new ConcurrentQueue<string>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RorClientTelemetry.SourceName || source.Name.StartsWith("System.Net", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                captured.Enqueue(activity.DisplayName + " " + activity.StatusDescription);
                foreach (var tag in activity.TagObjects)
                {
                    captured.Enqueue(tag.Key + "=" + tag.Value);
                }

                foreach (var e in activity.Events)
                {
                    captured.Enqueue(e.Name + string.Join(',', e.Tags.Select(t => t.Key + "=" + t.Value)));
                }
            },
        };
        ActivitySource.AddActivityListener(activities);
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RorClientTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(captured, instrument, tags));
        meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(captured, instrument, tags));
        meters.Start();
        var providerCalls = 0;

        await using (var scope = harness.CreateClient(o =>
        {
            o.ClientCertificate.Certificate = null;
            o.ClientCertificate.Path = pfx;
            o.ClientCertificate.PasswordProvider = _ =>
            {
                Interlocked.Increment(ref providerCalls);
                return ValueTask.FromResult(Canaries.Password);
            };
        }))
        {
            var transactions = new[] { SimulatedTransaction.Notification, SimulatedTransaction.EstablishmentRead, SimulatedTransaction.InternalOrganizationRead, SimulatedTransaction.Extraction };
            foreach (var transaction in transactions)
            {
                await harness.InvokeAsync(scope.Client, transaction);
                harness.Simulator.Faults.For(transaction).Enqueue(InjectedFault.ServiceUnavailable(), count: 3);
                await Assert.ThrowsAnyAsync<RorException>(() => harness.InvokeAsync(scope.Client, transaction));
                harness.Simulator.Faults.For(transaction).Enqueue(InjectedFault.MalformedXml());
                await Assert.ThrowsAnyAsync<RorException>(() => harness.InvokeAsync(scope.Client, transaction));
            }

            await Assert.ThrowsAnyAsync<RorException>(() => scope.Client.GetEstablishmentOfferAsync("1999999999"));
            meters.RecordObservableInstruments();

            foreach (var record in scope.Logs.GetSnapshot())
            {
                captured.Enqueue($"{record.Level} {record.Category} {record.Message} {record.Exception?.Message}");
                foreach (var pair in record.StructuredState ?? [])
                {
                    captured.Enqueue(pair.Key + "=" + pair.Value);
                }
            }

            var options = scope.Services.GetRequiredService<IOptionsMonitor<RorClientOptions>>().Get(Options.DefaultName);
            Assert.Null(options.ClientCertificate.Password);
            Assert.True(scope.Logs.Count > 0, "Nothing was logged: the scan would prove nothing.");
        }

        directory.Delete(recursive: true);
        Assert.True(captured.Count > 20, $"Too little captured ({captured.Count} items) for the scan to mean anything.");
        var leaks = captured.Where(text => Canaries.All.Any(canary => text.Contains(canary, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Personal data or secrets leaked:\n" + string.Join('\n', leaks));
        Assert.Equal(1, providerCalls);
    }

    private static void Record(ConcurrentQueue<string> captured, Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            captured.Enqueue(instrument.Name + " " + tag.Key + "=" + tag.Value);
        }
    }
}
