using System.Text;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

[Collection(MemorySensitiveCollection.Name)]
public sealed class CsdReaderCaptureLimitTests
{
    private const string Record = "<record created=\"2020-01-01T00:00:00+00:00\" updated=\"2020-01-02T00:00:00+00:00\" status=\"Active\" />";

    [Fact]
    public async Task ReadEntitiesAsync_DirectoryItemLargerThanTheHeldLimit_StopsCapturingAndReadsOn()
    {
        // One unknown element of 70 MB before the organizations: more than the capture keeps for one directory item
        // (many small unknown elements are released one by one, as entities are). Streamed, never held as a whole.
        var head = "<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory><unknownFiller>";
        var tail = "</unknownFiller>"
            + "<organization entityID=\"ej_1\"><primaryName>A</primaryName>" + Record + "</organization>"
            + "<organization entityID=\"eg_1\"><primaryName>B</primaryName>" + Record + "</organization>"
            + "</organizationDirectory><serviceDirectory /><facilityDirectory>"
            + "<facility entityID=\"oi_1\"><primaryName>C</primaryName>" + Record + "</facility>"
            + "</facilityDirectory><providerDirectory /></CSD>";
        using var source = new FillerStream(Encoding.UTF8.GetBytes(head), Encoding.UTF8.GetBytes("<part>0123456789012345678901234567890123456789</part>"), 70_000_000, Encoding.UTF8.GetBytes(tail));

        var entities = new List<CsdEntity>();
        await foreach (var entity in CsdReader.ReadEntitiesAsync(source, CsdReaderOptions.Default with { CaptureEntityXml = true }))
        {
            entities.Add(entity);
        }

        Assert.Equal(new[] { "ej_1", "eg_1", "oi_1" }, entities.Select(e => e.EntityId));
        Assert.All(entities, entity => Assert.False(CsdReader.TryGetEntityXml(entity, out _)));
    }

    /// <summary>A head, a filler repeated up to a size, a tail: produced on the fly.</summary>
    private sealed class FillerStream(byte[] head, byte[] filler, long fillerBytes, byte[] tail) : ReadingFixtures.ReadOnlyForwardStream
    {
        private long _position;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var fillerEnd = head.Length + (fillerBytes / filler.Length * filler.Length);
            var written = 0;
            while (written < buffer.Length)
            {
                ReadOnlySpan<byte> source;
                long offset;
                if (_position < head.Length)
                {
                    source = head;
                    offset = _position;
                }
                else if (_position < fillerEnd)
                {
                    source = filler;
                    offset = (_position - head.Length) % filler.Length;
                }
                else if (_position < fillerEnd + tail.Length)
                {
                    source = tail;
                    offset = _position - fillerEnd;
                }
                else
                {
                    break;
                }

                var chunk = source[(int)offset..];
                var count = Math.Min(chunk.Length, buffer.Length - written);
                chunk[..count].CopyTo(buffer[written..]);
                written += count;
                _position += count;
            }

            return written;
        }
    }
}
