using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdReaderRoundTripTests
{
    [Theory]
    [InlineData("csd-complete.xml")]
    [InlineData("tolerant.xml")]
    public async Task ReadWriteRead_Document_GivesAnEqualDocument(string fixture)
    {
        var first = await CsdReader.ReadDocumentAsync(ReadingFixtures.Open(fixture));
        using var written = new MemoryStream();

        await CsdWriter.WriteDocumentAsync(written, first);
        written.Position = 0;
        var second = await CsdReader.ReadDocumentAsync(written);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("care-services-response-envelope.xml")]
    [InlineData("care-services-response-error.xml")]
    public async Task ReadWriteRead_CareServicesResponse_GivesAnEqualResponse(string fixture)
    {
        var first = await CsdReader.ReadCareServicesResponseAsync(ReadingFixtures.Open(fixture));

        var second = await CsdReader.ReadCareServicesResponseAsync(await WriteAsync(first));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ReadWriteRead_NotifResponse_GivesAnEqualResponse()
    {
        var first = await CsdReader.ReadEstablishmentsUpdatedSinceResponseAsync(ReadingFixtures.Open("notif-response.xml"));

        var second = await CsdReader.ReadEstablishmentsUpdatedSinceResponseAsync(await WriteAsync(first));

        Assert.Equal(first with { Entries = [.. first.Entries.Select(e => e with { SupportedPatients = [] })] }, second);
    }

    [Theory]
    [InlineData("care-services-request-establishment.xml")]
    [InlineData("care-services-request-internal-organization.xml")]
    public async Task ReadWriteRead_CareServicesRequest_GivesAnEqualRequest(string fixture)
    {
        var first = await CsdReader.ReadCareServicesRequestAsync(ReadingFixtures.Open(fixture));

        var second = await CsdReader.ReadCareServicesRequestAsync(await WriteAsync(first));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ReadWriteRead_NotifRequest_GivesAnEqualRequest()
    {
        var first = await CsdReader.ReadEstablishmentsUpdatedSinceRequestAsync(ReadingFixtures.Open("notif-request.xml"));

        var second = await CsdReader.ReadEstablishmentsUpdatedSinceRequestAsync(await WriteAsync(first));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ReadWriteRead_Error_GivesAnEqualFault()
    {
        var first = await CsdReader.ReadFaultAsync(ReadingFixtures.Open("bare-erreur.xml"));
        var error = new CsdError { Code = first.Code, Text = first.Message };

        var second = await CsdReader.ReadFaultAsync(await WriteAsync(error));

        Assert.Equal(first, second);
    }

    private static async Task<MemoryStream> WriteAsync(object message)
    {
        var written = new MemoryStream();
        await CsdWriter.WriteMessageAsync(written, message);
        written.Position = 0;
        return written;
    }
}
