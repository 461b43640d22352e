using System.Net;
using System.Xml;
using System.Xml.Linq;
using Ror.Client.Testing.Faults;
using static Ror.Client.Testing.Tests.Simulator.SimulatorHttp;

namespace Ror.Client.Testing.Tests.Simulator;

public sealed class FaultInjectionTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IDisposable
{
    private RorSimulator Ror => fixture.Simulator;

    public void Dispose() => Ror.Faults.Reset();

    [Fact]
    public async Task Post_ScriptedServiceUnavailableTwice_ThenNormalAnswer()
    {
        Ror.Faults.For(SimulatedTransaction.EstablishmentRead).Enqueue(InjectedFault.ServiceUnavailable(TimeSpan.FromSeconds(2)), count: 2);
        using HttpClient client = CreateClient(Ror);

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 3; i++)
        {
            using HttpResponseMessage response = await PostEstablishmentReadAsync(client);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
    }

    [Theory]
    [InlineData(2.0, "2")]
    [InlineData(0.2, "1")]
    public async Task Post_ServiceUnavailableWithRetryAfter_SendsWholeSeconds(double seconds, string expected)
    {
        Ror.Faults.Soap.Enqueue(InjectedFault.ServiceUnavailable(TimeSpan.FromSeconds(seconds)));
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostEstablishmentReadAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(expected, response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Post_ServiceUnavailableWithoutRetryAfter_HasNoRetryAfterHeader()
    {
        Ror.Faults.Soap.Enqueue(InjectedFault.ServiceUnavailable());
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostEstablishmentReadAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Post_HtmlServerError_Returns500WithHtml()
    {
        Ror.Faults.Soap.Enqueue(InjectedFault.HtmlServerError());
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostEstablishmentReadAsync(client);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedXml_Returns200WithBodyThatDoesNotParse()
    {
        Ror.Faults.Soap.Enqueue(InjectedFault.MalformedXml());
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostEstablishmentReadAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.ThrowsAny<XmlException>(() => XDocument.Parse(body));
    }

    [Fact]
    public async Task Post_ConnectionReset_ReadingTheBodyFails()
    {
        Ror.Faults.Soap.Enqueue(InjectedFault.ConnectionReset(bytesBeforeReset: 20));
        using HttpClient client = CreateClient(Ror);

        Exception exception = await Record.ExceptionAsync(async () =>
        {
            using HttpResponseMessage response = await PostEstablishmentReadAsync(client);
            await response.Content.ReadAsByteArrayAsync();
        });

        Assert.True(exception is HttpRequestException or IOException, $"expected a transport failure, got {exception?.GetType().Name ?? "none"}");
    }

    [Fact]
    public async Task Post_TruncatedBody_DeclaredLengthIsNotDelivered()
    {
        Ror.Faults.Soap.Enqueue(InjectedFault.TruncatedBody(bytesSent: 30));
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await client.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, Ror.SoapEndpoint) { Content = SoapContent(EstablishmentReadBody()) },
            HttpCompletionOption.ResponseHeadersRead);
        long? declared = response.Content.Headers.ContentLength;
        Exception? exception = await Record.ExceptionAsync(() => response.Content.ReadAsByteArrayAsync());

        Assert.True(declared > 30, $"the full length must be declared, got {declared}");
        Assert.True(exception is HttpRequestException or IOException, $"expected a premature end of body, got {exception?.GetType().Name ?? "none"}");
    }

    [Fact]
    public async Task Post_SlowDrip_DeliversTheCompleteNormalAnswer()
    {
        using HttpClient client = CreateClient(Ror);
        using HttpResponseMessage normal = await PostEstablishmentReadAsync(client);
        string expected = await normal.Content.ReadAsStringAsync();
        Ror.Faults.Soap.Enqueue(InjectedFault.SlowDrip(chunkSize: 64, TimeSpan.FromMilliseconds(1)));

        using HttpResponseMessage dripped = await PostEstablishmentReadAsync(client);

        Assert.Equal(HttpStatusCode.OK, dripped.StatusCode);
        Assert.Equal(expected, await dripped.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_LatencyLongerThanClientTimeout_ClientTimesOut()
    {
        Ror.Faults.Soap.Enqueue(InjectedFault.Latency(TimeSpan.FromSeconds(30)));
        using HttpClient client = CreateClient(Ror);
        client.Timeout = TimeSpan.FromMilliseconds(500);

        await Assert.ThrowsAsync<TaskCanceledException>(() => PostEstablishmentReadAsync(client));
    }

    [Fact]
    public async Task Post_ShortLatency_ThenNormalAnswer()
    {
        Ror.Faults.Soap.Enqueue(InjectedFault.Latency(TimeSpan.FromMilliseconds(50)));
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostEstablishmentReadAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Ror.Faults.InjectedCount);
    }

    [Fact]
    public async Task Post_FaultPlannedForAnotherTransaction_DoesNotApply()
    {
        Ror.Faults.For(SimulatedTransaction.Notification).Enqueue(InjectedFault.ServiceUnavailable());
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage response = await PostEstablishmentReadAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, Ror.Faults.For(SimulatedTransaction.Notification).PendingCount);
    }

    [Fact]
    public async Task Post_ScriptedSuccessOnTransaction_SharedSoapPlanNotConsulted()
    {
        Ror.Faults.For(SimulatedTransaction.EstablishmentRead).EnqueueSuccess();
        Ror.Faults.Soap.Enqueue(InjectedFault.ServiceUnavailable());
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage first = await PostEstablishmentReadAsync(client);
        using HttpResponseMessage second = await PostEstablishmentReadAsync(client);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
    }

    [Fact]
    public async Task Post_RateOne_EveryRequestFaulted()
    {
        Ror.Faults.Soap.SetRate(InjectedFault.ServiceUnavailable(), 1.0);
        using HttpClient client = CreateClient(Ror);

        for (int i = 0; i < 3; i++)
        {
            using HttpResponseMessage response = await PostEstablishmentReadAsync(client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
    }

    [Fact]
    public async Task Post_RateHalfWithSeed_FaultsSomeButNotAll()
    {
        Ror.Faults.Soap.SetRate(InjectedFault.ServiceUnavailable(), 0.5);
        using HttpClient client = CreateClient(Ror);

        int faulted = 0;
        for (int i = 0; i < 20; i++)
        {
            using HttpResponseMessage response = await PostEstablishmentReadAsync(client);
            faulted += response.StatusCode == HttpStatusCode.ServiceUnavailable ? 1 : 0;
        }

        Assert.InRange(faulted, 1, 19);
        Assert.Equal(faulted, Ror.Faults.InjectedCount);
    }

    [Fact]
    public void SetRate_RatesAddingUpToMoreThanOne_Throws()
    {
        FaultPlan plan = Ror.Faults.Extraction.SetRate(InjectedFault.ServiceUnavailable(), 0.7);

        Assert.Throws<ArgumentOutOfRangeException>(() => plan.SetRate(InjectedFault.HtmlServerError(), 0.5));
        plan.SetRate(InjectedFault.ServiceUnavailable(), 0.4).SetRate(InjectedFault.HtmlServerError(), 0.5);
    }

    [Fact]
    public async Task Post_FaultedRequests_AreCounted()
    {
        Ror.Counters.Reset();
        Ror.Faults.Soap.Enqueue(InjectedFault.ServiceUnavailable());
        using HttpClient client = CreateClient(Ror);

        using HttpResponseMessage faulted = await PostEstablishmentReadAsync(client);
        using HttpResponseMessage normal = await PostEstablishmentReadAsync(client);

        Assert.Equal(2, Ror.Counters.Get(SimulatedTransaction.EstablishmentRead));
    }

    private Task<HttpResponseMessage> PostEstablishmentReadAsync(HttpClient client) =>
        PostSoapAsync(client, Ror.SoapEndpoint, Envelope(EstablishmentReadBody()), SearchAction);

    private static StringContent SoapContent(string body)
    {
        var content = new StringContent(Envelope(body), System.Text.Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"application/soap+xml; charset=utf-8; action=\"{SearchAction}\"");
        return content;
    }
}
