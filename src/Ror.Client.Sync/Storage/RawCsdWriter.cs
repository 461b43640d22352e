using System.Buffers;
using System.Text;
using System.Xml;
using CsdEntity = Ror.Client.Csd.Models.CsdEntity;
using Ror.Client.Csd.Models;
using Ror.Client.Csd;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// Writes one entity as a small CSD document (UTF-8), stored in its row's <c>raw_csd</c> column so that
/// the fields not mapped to columns survive; an establishment's subtree is the union of its rows'
/// documents. One instance per thread (not thread-safe: it reuses its XML writer and buffer).
/// </summary>
/// <remarks>
/// An extraction import writes hundreds of thousands of these documents: one XML writer (and its buffers, some
/// 20 KB) serves them all, writing each document as a top-level fragment of the same output. The bytes are those
/// of a stand-alone document (no XML declaration, the CSD namespace declared on each root).
/// </remarks>
internal sealed class RawCsdWriter : IDisposable
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = false,
        CloseOutput = false,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    private readonly MemoryStream _buffer = new(16384);
    private XmlWriter _xml;

    public RawCsdWriter()
    {
        _xml = XmlWriter.Create(_buffer, Settings);
    }

    public byte[] Write(CsdEntity entity)
    {
        WriteToBuffer(entity);
        return _buffer.ToArray();
    }

    /// <summary>Writes the document into an array rented from <paramref name="pool"/> (to be returned to it); its first <paramref name="length"/> bytes are the document.</summary>
    public byte[] Write(CsdEntity entity, ArrayPool<byte> pool, out int length)
    {
        WriteToBuffer(entity);
        length = (int)_buffer.Length;
        var rented = pool.Rent(length);
        _buffer.GetBuffer().AsSpan(0, length).CopyTo(rented);
        return rented;
    }

    private void WriteToBuffer(CsdEntity entity)
    {
        _buffer.SetLength(0);
        try
        {
            WriteDocument(entity);
        }
        catch
        {
            // A document that failed half-way leaves the XML writer in error: the next one starts on a fresh writer.
            _xml.Dispose();
            _buffer.SetLength(0);
            _xml = XmlWriter.Create(_buffer, Settings);
            throw;
        }
    }

    private void WriteDocument(CsdEntity entity)
    {
        using (var writer = CsdStreamingWriter.Create(_xml))
        {
            switch (entity)
            {
                case Organization organization:
                    writer.WriteOrganization(organization);
                    break;
                case Service service:
                    writer.WriteService(service);
                    break;
                case Facility facility:
                    writer.WriteFacility(facility);
                    break;
                case Provider provider:
                    writer.WriteProvider(provider);
                    break;
                case Device device:
                    writer.WriteDevice(device);
                    break;
                default:
                    throw new ArgumentException($"'{entity.GetType().Name}' is not an entity of a CSD directory.", nameof(entity));
            }

            // Closes the document root and flushes the XML writer into the buffer.
            writer.Complete();
        }
    }

    public void Dispose()
    {
        _xml.Dispose();
        _buffer.Dispose();
    }
}
