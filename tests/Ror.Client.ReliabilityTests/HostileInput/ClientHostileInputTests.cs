using Ror.Client.Errors;
using Ror.Client.ReliabilityTests.Infrastructure;

namespace Ror.Client.ReliabilityTests.HostileInput;

/// <summary>A server over mutual TLS answers hostile bodies to the client's SOAP transactions and extraction read.</summary>
public sealed class ClientHostileInputTests : IAsyncLifetime
{
    private const string Soap12 = "application/soap+xml; charset=utf-8";

    private HostileServer _server = null!;

    public static TheoryData<string> SoapCases => new()
    {
        "soap11-envelope", "wrong-content-type", "xxe", "billion-laughs", "deep-nesting", "past-size-limit", "invalid-utf8", "html-page",
    };

    public static TheoryData<string> ExtractionCases => new()
    {
        "xxe", "billion-laughs", "zip-bomb", "zip-path-traversal", "wrong-namespace", "invalid-utf8",
    };

    public async Task InitializeAsync() => _server = await HostileServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(SoapCases))]
    public async Task GetEstablishmentOfferAsync_HostileAnswer_ThrowsTypedErrorInBoundedTime(string name)
    {
        var (body, contentType) = SoapBody(name);
        _server.Serve(body, contentType);
        await using var scope = _server.CreateClient(o => o.MaxReceivedMessageSize = 64 * 1024);

        var error = await Guard.CaptureAsync(ct => scope.Client.GetEstablishmentOfferAsync("1990000019", cancellationToken: ct));

        // WCF's text decoder replaces invalid UTF-8 in text content (the empty answer then ends in RorNotFoundException):
        // still typed and not retried (docs/reliability.md).
        var strict = name is not "invalid-utf8";
        Assert.True(
            strict ? error is RorResponseInvalidException or RorConfigurationException : error is RorException,
            $"{name}: expected {(strict ? "RorResponseInvalidException" : "a RorException")}, got {error}");
        Assert.Equal(1, _server.Requests);
    }

    [Theory]
    [MemberData(nameof(ExtractionCases))]
    public async Task ReadExtractionAsync_HostileBody_ThrowsTypedErrorInBoundedTime(string name)
    {
        var (body, contentType) = ExtractionBody(name);
        _server.Serve(body, contentType);
        await using var scope = _server.CreateClient();

        var error = await Guard.CaptureAsync(async ct =>
        {
            await foreach (var entity in scope.Client.ReadExtractionAsync(ct))
            {
                GC.KeepAlive(entity);
            }
        });

        Assert.True(error is RorResponseInvalidException, $"{name}: expected RorResponseInvalidException, got {error}");
        Assert.Equal(1, _server.Requests);
    }

    private static (byte[] Body, string ContentType) SoapBody(string name) => name switch
    {
        "soap11-envelope" => (Fixtures.SoapResponse(Fixtures.CareServicesResponse(), soap11: true), "text/xml; charset=utf-8"),
        "wrong-content-type" => (Fixtures.SoapResponse(Fixtures.CareServicesResponse()), "application/json"),
        "xxe" => (Fixtures.Utf8("<?xml version=\"1.0\"?><!DOCTYPE env:Envelope [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
            .Concat(Fixtures.SoapResponse(Fixtures.CareServicesResponse("&x;"))).ToArray(), Soap12),
        "billion-laughs" => (Fixtures.BillionLaughs, Soap12),
        "deep-nesting" => (Fixtures.SoapResponse(Fixtures.CareServicesResponse(string.Concat(Enumerable.Repeat("<a>", 50_000)) + string.Concat(Enumerable.Repeat("</a>", 50_000)))), Soap12),
        "past-size-limit" => (Fixtures.SoapResponse(Fixtures.CareServicesResponse(new string(' ', 1024 * 1024))), Soap12),
        "invalid-utf8" => (Fixtures.SoapResponse(Fixtures.CareServicesResponse("\u00e9")).Select(b => b == 0xC3 ? (byte)0xFF : b).ToArray(), Soap12),
        "html-page" => (Fixtures.Utf8("<html><body>Maintenance</body></html>"), "text/html"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static (byte[] Body, string ContentType) ExtractionBody(string name) => name switch
    {
        "xxe" => (Fixtures.Xxe, "application/xml"),
        "billion-laughs" => (Fixtures.BillionLaughs, "application/xml"),
        "zip-bomb" => (Fixtures.Zip(("offre.xml", Fixtures.Padded(32 * 1024 * 1024))), "application/zip"),
        "zip-path-traversal" => (Fixtures.Zip(("../../offre.xml", Fixtures.Valid)), "application/zip"),
        "wrong-namespace" => (Fixtures.WrongNamespace, "application/xml"),
        "invalid-utf8" => (Fixtures.InvalidUtf8, "application/xml"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
