using System.IO.Compression;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Tests.Fixtures;

namespace Ror.Client.Csd.Tests;

/// <summary>The code shown in the README runs as written.</summary>
public class ReadmeExamplesTests
{
    [Fact]
    public async Task ReadingThePublicWeeklyFile_FiveLines_ListsEveryEstablishment()
    {
        var directory = Directory.CreateTempSubdirectory("ror-readme-");
        try
        {
            var path = Path.Combine(directory.FullName, "ror-offre-publique.zip");
            await using (var file = File.Create(path))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                await using var entry = await zip.CreateEntry("offre.xml").OpenAsync();
                await CsdWriter.WriteDocumentAsync(entry, CsdFixtures.PublicFile);
            }

            var output = new StringWriter();
            var console = output;

            // README: "Reading the public weekly file"
            await foreach (var entity in CsdReader.ReadEntitiesFromFileAsync(path))
                if (entity is Organization { Parent: not null } establishment)
                    console.WriteLine($"{establishment.OtherIds.FirstOrDefault()?.Code} {establishment.PrimaryName}");

            var expected = CsdFixtures.PublicFile.Organizations
                .Where(o => o.Parent is not null)
                .Select(o => $"{o.OtherIds.FirstOrDefault()?.Code} {o.PrimaryName}")
                .ToArray();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task EachEntitysXmlAsRead_CaptureOn_KeepsADocumentPerEntityThatReadsBackTheSame()
    {
        var directory = Directory.CreateTempSubdirectory("ror-readme-");
        try
        {
            var path = Path.Combine(directory.FullName, "extraction.xml");
            await using (var file = File.Create(path))
            {
                await CsdWriter.WriteDocumentAsync(file, CsdFixtures.PublicFile);
            }

            // README: "Each entity's XML, as read"
            var options = CsdReaderOptions.Default with { CaptureEntityXml = true };
            var documents = new Dictionary<string, byte[]>();
            await foreach (var entity in CsdReader.ReadEntitiesFromFileAsync(path, options))
                if (CsdReader.TryGetEntityXml(entity, out ReadOnlyMemory<byte> xml))
                    documents[entity.EntityId] = xml.ToArray();

            var entities = new List<CsdEntity>();
            await foreach (var entity in CsdReader.ReadEntitiesFromFileAsync(path))
            {
                entities.Add(entity);
            }

            Assert.Equal(entities.Select(e => e.EntityId).Distinct().Order(), documents.Keys.Order());
            foreach (var entity in entities)
            {
                using var stream = new MemoryStream(documents[entity.EntityId], writable: false);
                var again = new List<CsdEntity>();
                await foreach (var read in CsdReader.ReadEntitiesAsync(stream))
                {
                    again.Add(read);
                }

                Assert.Equal(entity, Assert.Single(again));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task WritingEntitiesBack_ReadStream_WritesTheSameDocument()
    {
        using var input = new MemoryStream();
        CsdWriter.WriteDocument(input, CsdFixtures.Rich);
        input.Position = 0;
        using var output = new MemoryStream();
        var ct = CancellationToken.None;

        await using (var writer = CsdStreamingWriter.Create(output))
        {
            // README: "Writing", CsdStreamingWriter.WriteEntityAsync
            await foreach (CsdEntity entity in CsdReader.ReadEntitiesAsync(input, cancellationToken: ct))
                await writer.WriteEntityAsync(entity, ct);
            await writer.CompleteAsync(ct);
        }

        Assert.Equal(input.ToArray(), output.ToArray());
    }
}
