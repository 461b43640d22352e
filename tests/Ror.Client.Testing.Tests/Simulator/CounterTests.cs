using System.Net;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Extraction;
using static Ror.Client.Testing.Tests.Simulator.SimulatorHttp;

namespace Ror.Client.Testing.Tests.Simulator;

public sealed class CounterTests
{
    [Fact]
    public async Task Counters_MixedRequests_CountedPerTransactionAndInTotal()
    {
        var options = new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 };
        options.ExtractionDocuments.Add(ExtractionDocument.FromXml("a.xml", "<CSD xmlns=\"urn:ihe:iti:csd:2013\"/>"));
        await using RorSimulator ror = await RorSimulator.StartAsync(options);
        using HttpClient client = CreateClient(ror);

        (await PostSoapAsync(client, ror.SoapEndpoint, Envelope(NotificationBody()), UpdateAction)).Dispose();
        (await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction)).Dispose();
        (await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction)).Dispose();
        (await PostSoapAsync(client, ror.SoapEndpoint, Envelope(InternalOrganizationReadBody()), SearchAction)).Dispose();
        (await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction, "text/xml")).Dispose();
        (await client.GetAsync(ror.ExtractionEndpoint)).Dispose();

        Assert.Equal(1, ror.Counters.Get(SimulatedTransaction.Notification));
        Assert.Equal(2, ror.Counters.Get(SimulatedTransaction.EstablishmentRead));
        Assert.Equal(1, ror.Counters.Get(SimulatedTransaction.InternalOrganizationRead));
        Assert.Equal(1, ror.Counters.Get(SimulatedTransaction.Extraction));
        Assert.Equal(6, ror.Counters.Total);
    }

    [Fact]
    public async Task Reset_AfterRequests_EveryCounterIsZero()
    {
        await using RorSimulator ror = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 });
        using HttpClient client = CreateClient(ror);
        (await PostSoapAsync(client, ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction)).Dispose();

        ror.Counters.Reset();

        Assert.Equal(0, ror.Counters.Total);
        Assert.All(Enum.GetValues<SimulatedTransaction>(), t => Assert.Equal(0, ror.Counters.Get(t)));
    }
}
