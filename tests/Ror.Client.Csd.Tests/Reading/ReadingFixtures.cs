using System.IO.Compression;
using System.Text;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Tests.Reading;

/// <summary>Access to the hand-written reader fixtures, and the archives built from them at test time.</summary>
internal static class ReadingFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reading", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static MemoryStream Open(string name) => new(Bytes(name), writable: false);

    public static MemoryStream FromText(string xml) => new(Encoding.UTF8.GetBytes(xml), writable: false);

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    public static async Task<List<CsdEntity>> ReadAllAsync(Stream stream, CsdReaderOptions? options = null)
    {
        var entities = new List<CsdEntity>();
        await foreach (var entity in CsdReader.ReadEntitiesAsync(stream, options))
        {
            entities.Add(entity);
        }

        return entities;
    }

    /// <summary>Options that collect every deviation into <paramref name="deviations"/>.</summary>
    public static CsdReaderOptions Collecting(List<CsdReadDeviation> deviations, CsdReaderOptions? options = null) =>
        (options ?? CsdReaderOptions.Default) with { OnDeviation = deviations.Add };

    /// <summary>A read-only stream that cannot seek, like a network stream: derived classes only read.</summary>
    public abstract class ReadOnlyForwardStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that only reads forward, like a network stream, handing over at most <paramref name="chunk"/> bytes per read.</summary>
    public sealed class ForwardOnlyStream(byte[] content, int chunk = 1000) : ReadOnlyForwardStream
    {
        private readonly MemoryStream _inner = new(content, writable: false);

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, chunk));
    }
}
