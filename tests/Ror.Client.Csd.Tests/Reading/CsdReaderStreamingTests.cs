using System.Globalization;
using System.Text;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

[Collection(MemorySensitiveCollection.Name)]
public sealed class CsdReaderStreamingTests
{
    [Fact]
    public async Task ReadEntitiesAsync_GeneratedStreamOfAbout200MB_YieldsEveryEntityInBoundedMemory()
    {
        const int Count = 115_000;
        var source = new GeneratedCsdStream(Count);
        var read = 0;
        long peak = 0;

        await foreach (var entity in CsdReader.ReadEntitiesAsync(source))
        {
            Assert.Equal("OI-" + read.ToString(CultureInfo.InvariantCulture), entity.EntityId);
            read++;
            if (read % 25_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        }

        Assert.Equal(Count, read);
        Assert.True(source.Produced > 190_000_000, $"The generated document should be about 200 MB, was {source.Produced} bytes.");

        // Holding the document (or its entities) would take hundreds of MB; streaming keeps a few MB.
        Assert.True(peak < 100_000_000, $"Memory should stay bounded while streaming, peaked at {peak} bytes.");
    }

    [Fact]
    public async Task ReadEntitiesAsync_GeneratedStreamCutShort_ThrowsTruncatedAfterTheCompleteEntities()
    {
        var source = new GeneratedCsdStream(1000, stopAfterBytes: 500_000);
        var read = 0;

        var exception = await Assert.ThrowsAsync<CsdFormatException>(async () =>
        {
            await foreach (var entity in CsdReader.ReadEntitiesAsync(source))
            {
                read++;
            }
        });

        Assert.Equal(CsdFormatError.Truncated, exception.Error);
        Assert.InRange(read, 1, 999);
        Assert.StartsWith("/CSD/facilityDirectory/facility[" + (read + 1).ToString(CultureInfo.InvariantCulture) + "]", exception.ElementPath, StringComparison.Ordinal);
    }

    /// <summary>Produces a CSD document of <c>count</c> facilities (about 2 kB each) on the fly, never holding it.</summary>
    private sealed class GeneratedCsdStream(int count, long stopAfterBytes = long.MaxValue) : ReadingFixtures.ReadOnlyForwardStream
    {
        private const string Record = "<record created=\"2020-03-01T09:00:00+01:00\" updated=\"2024-11-05T14:12:00\" status=\"Ok\"/>";
        private static readonly byte[] Header = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CSD xmlns=\"urn:ihe:iti:csd:2013\"><organizationDirectory/><serviceDirectory/><facilityDirectory>\n");
        private static readonly byte[] Footer = Encoding.UTF8.GetBytes("</facilityDirectory><providerDirectory/><deviceDirectory/></CSD>\n");
        private readonly StringBuilder _text = new();
        private byte[] _pending = Header;
        private int _offset;
        private int _next;

        public long Produced { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset == _pending.Length && !Refill())
            {
                return 0;
            }

            var length = (int)Math.Min(Math.Min(buffer.Length, _pending.Length - _offset), stopAfterBytes - Produced);
            if (length <= 0)
            {
                return 0;
            }

            _pending.AsSpan(_offset, length).CopyTo(buffer);
            _offset += length;
            Produced += length;
            return length;
        }

        private bool Refill()
        {
            if (_next > count)
            {
                return false;
            }

            if (_next == count)
            {
                _pending = Footer;
            }
            else
            {
                var i = _next.ToString(CultureInfo.InvariantCulture);
                _text.Clear()
                    .Append("<facility entityID=\"OI-").Append(i).Append("\"><otherID code=\"52/").Append(i).Append("\" assigningAuthorityName=\"1.2.250.1.71.1.2.14\"/>")
                    .Append("<codedType code=\"4\" codingScheme=\"1.2.250.1.213.3.3.8\">Unité élémentaire</codedType><primaryName>UNITE ").Append(i).Append("</primaryName>")
                    .Append("<organizations><organization entityID=\"EG-1\"><service entityID=\"SRV-1\"/></organization></organizations>")
                    .Append("<extension type=\"Type1\" urn=\"Urn0\"><contact><name>Secrétariat</name><confidentialityLevel code=\"1\" codingScheme=\"1.2.250.1.213.1.1.4.344\"/>")
                    .Append("<contactPoint><codedType code=\"2\" codingScheme=\"1.2.250.1.213.3.3.1\"/><equipment>0199000000</equipment></contactPoint>").Append(Record).Append("</contact>")
                    .Append("<typeActivity code=\"01\" codingScheme=\"1.2.250.1.213.3.3.17\"/><careMode code=\"29\" codingScheme=\"1.2.250.1.213.3.3.13\"/>")
                    .Append("<patientsType><patientTypeAgeMin><value>18</value><unit code=\"a\" codingScheme=\"2.16.840.1.113883.6.8\"/></patientTypeAgeMin>")
                    .Append("<patientTypeAgeMax><value>120</value><unit code=\"a\" codingScheme=\"2.16.840.1.113883.6.8\"/></patientTypeAgeMax>").Append(Record).Append("</patientsType>")
                    .Append("<accommodationCapacity><beds total=\"20\" avaible=\"3\"/>").Append(Record).Append("</accommodationCapacity>")
                    .Append("<location><address><addressLine buildingNumber=\"1\" streetType=\"RUE\" streetName=\"DE L EXEMPLE\" postCode=\"99000\" cityName=\"EXEMPLEVILLE\"/></address>")
                    .Append("<cityNumber code=\"99001\" codingScheme=\"1.2.250.1.213.2.23\"/>").Append(Record).Append("</location>")
                    .Append("<parentFacility entityID=\"OI-10\"/><sensitiveUnit>false</sensitiveUnit></extension>").Append(Record).Append("</facility>\n");
                _pending = Encoding.UTF8.GetBytes(_text.ToString());
            }

            _next++;
            _offset = 0;
            return true;
        }
    }
}
