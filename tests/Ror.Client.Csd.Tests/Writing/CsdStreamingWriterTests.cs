using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Tests.Fixtures;
using Ror.Client.Csd.Validation;

namespace Ror.Client.Csd.Tests.Writing;

public sealed class CsdStreamingWriterTests
{
    private static readonly XNamespace Csd = CsdNamespaces.Csd;

    [Fact]
    public async Task WriteAsync_EveryKindOfEntity_ProducesTheSameBytesAsTheDocumentWriter()
    {
        var document = CsdFixtures.Rich;
        using var streamed = new MemoryStream();
        using var whole = new MemoryStream();

        await using (var writer = CsdStreamingWriter.Create(streamed))
        {
            foreach (var organization in document.Organizations)
            {
                await writer.WriteOrganizationAsync(organization);
            }

            foreach (var service in document.Services)
            {
                await writer.WriteServiceAsync(service);
            }

            foreach (var facility in document.Facilities)
            {
                await writer.WriteFacilityAsync(facility);
            }

            foreach (var provider in document.Providers)
            {
                await writer.WriteProviderAsync(provider);
            }

            foreach (var device in document.Devices)
            {
                await writer.WriteDeviceAsync(device);
            }

            await writer.CompleteAsync();
        }

        CsdWriter.WriteDocument(whole, document);
        Assert.Equal(Encoding.UTF8.GetString(whole.ToArray()), Encoding.UTF8.GetString(streamed.ToArray()));
    }

    private static IEnumerable<CsdEntity> EntitiesInDocumentOrder(CsdDocument document) =>
        document.Organizations.Cast<CsdEntity>()
            .Concat(document.Services)
            .Concat(document.Facilities)
            .Concat(document.Providers)
            .Concat(document.Devices);

    [Fact]
    public void WriteEntity_EveryKindOfEntity_ProducesTheSameBytesAsTheDocumentWriter()
    {
        var document = CsdFixtures.Rich;
        using var streamed = new MemoryStream();
        using var whole = new MemoryStream();

        using (var writer = CsdStreamingWriter.Create(streamed))
        {
            foreach (var entity in EntitiesInDocumentOrder(document))
            {
                writer.WriteEntity(entity);
            }

            writer.Complete();
        }

        CsdWriter.WriteDocument(whole, document);
        Assert.Equal(Encoding.UTF8.GetString(whole.ToArray()), Encoding.UTF8.GetString(streamed.ToArray()));
    }

    [Fact]
    public async Task WriteEntityAsync_EveryKindOfEntity_ProducesTheSameBytesAsTheDocumentWriter()
    {
        var document = CsdFixtures.Rich;
        using var streamed = new MemoryStream();
        using var whole = new MemoryStream();

        await using (var writer = CsdStreamingWriter.Create(streamed))
        {
            foreach (var entity in EntitiesInDocumentOrder(document))
            {
                await writer.WriteEntityAsync(entity);
            }

            await writer.CompleteAsync();
        }

        CsdWriter.WriteDocument(whole, document);
        Assert.Equal(Encoding.UTF8.GetString(whole.ToArray()), Encoding.UTF8.GetString(streamed.ToArray()));
    }

    [Fact]
    public void WriteEntity_OtherEntityType_ThrowsArgumentException()
    {
        using var writer = CsdStreamingWriter.Create(new MemoryStream());

        var exception = Assert.Throws<ArgumentException>(() => writer.WriteEntity(new OtherEntity { EntityId = "X-1", Record = CsdFixtures.Pole.Record }));

        Assert.Contains(nameof(OtherEntity), exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, writer.EntityCount);
    }

    [Fact]
    public void WriteEntity_Null_ThrowsArgumentNullException()
    {
        using var writer = CsdStreamingWriter.Create(new MemoryStream());

        Assert.Throws<ArgumentNullException>(() => writer.WriteEntity(null!));
    }

    private sealed record OtherEntity : CsdEntity
    {
        public override required Metadata Record { get; init; }
    }

    [Fact]
    public void Complete_NoEntity_WritesTheFiveEmptyDirectories()
    {
        using var stream = new MemoryStream();
        using (var writer = CsdStreamingWriter.Create(stream, new CsdWriterOptions { OmitXmlDeclaration = true }))
        {
            writer.Complete();
        }

        Assert.Equal(
            "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory /><serviceDirectory /><facilityDirectory /><providerDirectory /><deviceDirectory /></CSD>",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Dispose_NotCompleted_CompletesTheDocument()
    {
        using var stream = new MemoryStream();

        using (var writer = CsdStreamingWriter.Create(stream))
        {
            writer.WriteFacility(CsdFixtures.Pole);
        }

        stream.Position = 0;
        WrittenXml.AssertValid("disposed writer output", CsdSchemaValidator.Validate(stream));
    }

    [Fact]
    public async Task DisposeAsync_NotCompleted_CompletesTheDocument()
    {
        using var stream = new MemoryStream();

        await using (var writer = CsdStreamingWriter.Create(stream))
        {
            await writer.WriteDeviceAsync(CsdFixtures.MainDevice);
        }

        stream.Position = 0;
        var root = XDocument.Load(stream).Root!;
        Assert.Equal(5, root.Elements().Count());
        Assert.Single(root.Element(Csd + "deviceDirectory")!.Elements());
    }

    [Fact]
    public void WriteService_AfterAFacility_ThrowsBecauseServiceDirectoryIsClosed()
    {
        using var stream = new MemoryStream();
        using var writer = CsdStreamingWriter.Create(stream);
        writer.WriteFacility(CsdFixtures.Pole);

        var exception = Assert.Throws<InvalidOperationException>(() => writer.WriteService(CsdFixtures.MainService));

        Assert.Contains("serviceDirectory was closed", exception.Message, StringComparison.Ordinal);
        Assert.Contains("directory order", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteOrganization_AfterComplete_Throws()
    {
        using var stream = new MemoryStream();
        using var writer = CsdStreamingWriter.Create(stream);
        writer.Complete();

        var exception = Assert.Throws<InvalidOperationException>(() => writer.WriteOrganization(CsdFixtures.LegalEntity));

        Assert.Contains("already complete", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDevice_AfterDispose_Throws()
    {
        using var stream = new MemoryStream();
        var writer = CsdStreamingWriter.Create(stream);
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.WriteDevice(CsdFixtures.MainDevice));
    }

    [Fact]
    public void WriteFacility_InvalidEntity_FaultsTheWriterAndDisposeLeavesTheOutputIncomplete()
    {
        using var stream = new MemoryStream();
        var writer = CsdStreamingWriter.Create(stream);
        writer.WriteFacility(CsdFixtures.Pole);

        Assert.Throws<ArgumentException>(() => writer.WriteFacility(CsdFixtures.Pole with { Codes = [] }));
        var exception = Assert.Throws<InvalidOperationException>(() => writer.WriteFacility(CsdFixtures.Pole));
        writer.Dispose();

        Assert.Contains("failed earlier", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("</CSD>", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OnAnXmlWriter_WritesIntoItAndLeavesItOpen()
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("export", "urn:example");
            using (var writer = CsdStreamingWriter.Create(xml))
            {
                writer.WriteOrganization(CsdFixtures.LegalEntity);
                writer.WriteProvider(CsdFixtures.Nurse);
            }

            xml.WriteEndElement();
        }

        var csd = XElement.Parse(text.ToString()).Elements().Single();
        Assert.Equal(Csd + "CSD", csd.Name);
        Assert.Single(csd.Element(Csd + "providerDirectory")!.Elements());
    }

    [Fact]
    public async Task Create_CareServicesResponseRoot_WrapsWithFacilityNumberAndValidates()
    {
        using var stream = new MemoryStream();
        var options = new CsdWriterOptions { DocumentRoot = CsdDocumentRoot.CareServicesResponse, FacilityNumber = CsdFixtures.PublicFileElementaryUnitCount };

        await using (var writer = CsdStreamingWriter.Create(stream, options))
        {
            foreach (var organization in CsdFixtures.PublicFile.Organizations)
            {
                await writer.WriteOrganizationAsync(organization);
            }

            foreach (var facility in CsdFixtures.PublicFile.Facilities)
            {
                await writer.WriteFacilityAsync(facility);
            }
        }

        stream.Position = 0;
        var result = CsdSchemaValidator.Validate(stream);
        WrittenXml.AssertValid("wrapped streamed document", result);
        Assert.Equal("careServicesResponse", result.MessageElement?.Name);
    }

    [Fact]
    public async Task WriteFacilityAsync_HundredThousandEntities_StreamsInBoundedBlocks()
    {
        const int entities = 100_000;
        var options = new CsdWriterOptions { FlushThresholdBytes = 16 * 1024 };
        var facility = CsdFixtures.Minimal.Facilities[0];
        var stream = new CountingStream();
        long bytesBeforeCompletion;

        await using (var writer = CsdStreamingWriter.Create(stream, options))
        {
            for (var i = 0; i < entities; i++)
            {
                await writer.WriteFacilityAsync(facility);
            }

            bytesBeforeCompletion = stream.BytesWritten;
            await writer.CompleteAsync();
            Assert.Equal(entities, writer.EntityCount);
        }

        var entitySize = Encoding.UTF8.GetByteCount(CsdWriter.WriteToString(new CsdDocument { Facilities = [facility] }));
        Assert.True(stream.BytesWritten > (long)entities * (entitySize - 200), $"All entities should reach the stream ({stream.BytesWritten} bytes).");
        Assert.True(bytesBeforeCompletion > stream.BytesWritten - (2 * options.FlushThresholdBytes), "Bytes must reach the stream while entities are written, not at the end.");
        Assert.True(
            stream.LargestWrite <= options.FlushThresholdBytes + (2 * entitySize),
            $"Each block handed to the stream should stay near the flush threshold; the largest was {stream.LargestWrite} bytes.");
    }

    [Fact]
    public void WriteFacility_HundredThousandEntities_AllocatesAlmostNothingPerEntity()
    {
        const int entities = 100_000;
        var facility = CsdFixtures.Minimal.Facilities[0];
        var stream = new CountingStream();
        using var writer = CsdStreamingWriter.Create(stream);
        writer.WriteFacility(facility);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < entities; i++)
        {
            writer.WriteFacility(facility);
        }

        var perEntity = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)entities;
        writer.Complete();

        Assert.True(perEntity < 256, $"Writing an entity should allocate (almost) nothing; measured {perEntity:F1} bytes per entity.");
    }

    [Fact]
    public async Task WriteAsync_ThousandsOfMixedEntities_Validates()
    {
        using var stream = new MemoryStream();
        var document = CsdFixtures.Rich;

        await using (var writer = CsdStreamingWriter.Create(stream, new CsdWriterOptions { FlushThresholdBytes = 4096 }))
        {
            for (var i = 0; i < 300; i++)
            {
                await writer.WriteOrganizationAsync(document.Organizations[i % document.Organizations.Count]);
            }

            for (var i = 0; i < 300; i++)
            {
                await writer.WriteServiceAsync(document.Services[i % document.Services.Count]);
            }

            for (var i = 0; i < 1500; i++)
            {
                await writer.WriteFacilityAsync(document.Facilities[i % document.Facilities.Count]);
            }

            for (var i = 0; i < 300; i++)
            {
                await writer.WriteProviderAsync(document.Providers[i % document.Providers.Count]);
            }

            for (var i = 0; i < 300; i++)
            {
                await writer.WriteDeviceAsync(document.Devices[i % document.Devices.Count]);
            }
        }

        stream.Position = 0;
        WrittenXml.AssertValid("2,700 streamed entities", await CsdSchemaValidator.ValidateAsync(stream, CancellationToken.None));
    }

    [Fact]
    public async Task CloseOutputOption_DisposesTheStream()
    {
        var stream = new MemoryStream();

        await using (var writer = CsdStreamingWriter.Create(stream, new CsdWriterOptions { CloseOutput = true }))
        {
            await writer.CompleteAsync();
        }

        Assert.False(stream.CanWrite, "With CloseOutput the stream should be disposed with the writer.");
    }

    [Fact]
    public async Task WriteFacilityAsync_CancelledTokenWhenABlockIsDue_Throws()
    {
        var stream = new CountingStream();
        await using var writer = CsdStreamingWriter.Create(stream, new CsdWriterOptions { FlushThresholdBytes = 1024 });
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await writer.WriteFacilityAsync(CsdFixtures.MedicalUnit, cancellation.Token);
            }
        });
    }

    [Fact]
    public async Task DisposeAsync_AfterACancelledBlock_DoesNotCompleteTheDocument()
    {
        var stream = new CountingStream();
        var writer = CsdStreamingWriter.Create(stream, new CsdWriterOptions { FlushThresholdBytes = 1024 });
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await writer.WriteFacilityAsync(CsdFixtures.MedicalUnit, cancellation.Token);
            }
        });

        await writer.DisposeAsync();

        Assert.Equal(0, stream.BytesWritten);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.CompleteAsync());
    }
}
