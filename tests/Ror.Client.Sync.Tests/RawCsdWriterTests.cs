using System.Text;
using System.Xml;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Sync.Storage;
using Ror.Client.Testing.Data;

namespace Ror.Client.Sync.Tests;

public sealed class RawCsdWriterTests
{
    private static readonly XmlWriterSettings ReferenceSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = false,
        CloseOutput = false,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    private static IEnumerable<CsdEntity> GeneratedEntities()
    {
        var generator = new RorDatasetGenerator(new RorDatasetOptions { Seed = 5, EstablishmentCount = 25 });
        var document = generator.GenerateDocument();
        return document.Organizations.Cast<CsdEntity>()
            .Concat(document.Services)
            .Concat(document.Facilities)
            .Concat(document.Providers)
            .Concat(document.Devices);
    }

    // The document an XmlWriter writes for one entity: the reference the stored bytes must not drift from.
    private static byte[] ThroughXmlWriter(CsdEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, ReferenceSettings))
        using (var writer = CsdStreamingWriter.Create(xml))
        {
            writer.WriteEntity(entity);
            writer.Complete();
        }

        return buffer.ToArray();
    }

    [Fact]
    public void Write_GeneratedEntities_BytesEqualAnXmlWriterDocument()
    {
        using var raw = new RawCsdWriter();
        var count = 0;
        foreach (var entity in GeneratedEntities())
        {
            var expected = ThroughXmlWriter(entity);
            var actual = raw.Write(entity);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"The raw CSD of {entity.GetType().Name} '{entity.EntityId}' differs from the XmlWriter document:\n{Encoding.UTF8.GetString(actual)}\n---\n{Encoding.UTF8.GetString(expected)}");
            count++;
        }

        Assert.True(count > 100, $"Only {count} entities were generated.");
    }

    [Fact]
    public async Task Write_GeneratedEntities_ReadBackAsTheSameEntity()
    {
        using var raw = new RawCsdWriter();
        foreach (var entity in GeneratedEntities().Take(200))
        {
            using var stream = new MemoryStream(raw.Write(entity));
            var read = new List<CsdEntity>();
            await foreach (var item in CsdReader.ReadEntitiesAsync(stream))
            {
                read.Add(item);
            }

            Assert.Equal(entity, Assert.Single(read));
        }
    }

    [Fact]
    public void WriteToBuffer_HoldsTheSameBytesAsTheArrayOverload()
    {
        using var raw = new RawCsdWriter();
        using var other = new RawCsdWriter();
        foreach (var entity in GeneratedEntities().Take(50))
        {
            var expected = other.Write(entity);
            var written = raw.WriteToBuffer(entity);
            Assert.True(expected.AsSpan().SequenceEqual(written.Span), $"The raw CSD of '{entity.EntityId}' written into the buffer differs.");
        }
    }
}
