using System.Text;
using System.Xml;
using CsdEntity = Ror.Client.Csd.Models.CsdEntity;
using Ror.Client.Csd.Models;
using Ror.Client.Csd;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// Writes one entity as a small CSD document (UTF-8), stored in its row's <c>raw_csd</c> column so that
/// the fields not mapped to columns survive; an establishment's subtree is the union of its rows'
/// documents. One instance per write connection (not thread-safe: it reuses its buffer).
/// </summary>
internal sealed class RawCsdWriter : IDisposable
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        OmitXmlDeclaration = true,
        Indent = false,
        CloseOutput = false,
    };

    private readonly MemoryStream _buffer = new(4096);

    public byte[] Write(CsdEntity entity)
    {
        _buffer.SetLength(0);
        using (var xml = XmlWriter.Create(_buffer, Settings))
        {
            var writer = CsdStreamingWriter.Create(xml);
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

            writer.Complete();
            writer.Dispose();
        }

        return _buffer.ToArray();
    }

    public void Dispose() => _buffer.Dispose();
}
