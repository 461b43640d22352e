using System.Globalization;
using System.IO.Compression;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// Turns an input stream into the XML documents it holds: plain XML (any encoding the XML declaration
/// or BOM says), gzip (magic <c>1F 8B</c>) or zip (magic <c>50 4B 03 04</c>; one document per XML entry,
/// in archive order). The kind is found from the first bytes, without requiring a seekable stream.
/// Every document stream counts its bytes and enforces the limits of <see cref="CsdReaderOptions"/>.
/// </summary>
internal sealed class CsdInput : IAsyncDisposable
{
    /// <summary>Read-ahead of a document stream: entities are parsed synchronously within it.</summary>
    internal const int DocumentBufferSize = 256 * 1024;

    private const long RatioGraceBytes = 1024 * 1024;

    private readonly CsdReaderOptions _options;
    private readonly Queue<ZipArchiveEntry> _entries = new();
    private ReadAheadStream? _single;
    private ZipArchive? _archive;
    private Stream? _spool;
    private ReadAheadStream? _current;
    private long _archiveBytes;

    private CsdInput(CsdReaderOptions options)
    {
        _options = options;
    }

    /// <summary>The name of the zip entry being read, or <see langword="null"/>.</summary>
    public string? CurrentEntryName { get; private set; }

    /// <summary>Detects the input kind and prepares its documents.</summary>
    public static async Task<CsdInput> OpenAsync(Stream stream, bool leaveOpen, CsdReaderOptions options, CancellationToken cancellationToken)
    {
        var input = new CsdInput(options);
        try
        {
            await input.InitializeAsync(stream, leaveOpen, cancellationToken).ConfigureAwait(false);
            return input;
        }
        catch
        {
            await input.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Returns the next XML document stream, or <see langword="null"/> when there is none left. The previous one is disposed.</summary>
    public async ValueTask<ReadAheadStream?> NextDocumentAsync(CancellationToken cancellationToken)
    {
        if (_current is not null)
        {
            await _current.DisposeAsync().ConfigureAwait(false);
            _current = null;
        }

        if (_single is not null)
        {
            _current = _single;
            _single = null;
            return _current;
        }

        if (_archive is null || _entries.Count == 0)
        {
            return null;
        }

        var entry = _entries.Dequeue();
        CurrentEntryName = entry.FullName;
        var compressed = Math.Max(entry.CompressedLength, 1);
        var entryStream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        var startTotal = _archiveBytes;
        _current = new ReadAheadStream(entryStream, DocumentBufferSize, leaveOpen: false, total =>
        {
            CheckDocumentSize(total);
            _archiveBytes = startTotal + total;
            if (_archiveBytes > _options.MaxArchiveUncompressedBytes)
            {
                throw ArchiveLimit($"The XML entries of the zip archive exceed {_options.MaxArchiveUncompressedBytes} bytes uncompressed.", "at most " + _options.MaxArchiveUncompressedBytes.ToString(CultureInfo.InvariantCulture) + " bytes");
            }

            CheckRatio(total, compressed);
        });
        return _current;
    }

    public async ValueTask DisposeAsync()
    {
        if (_current is not null)
        {
            await _current.DisposeAsync().ConfigureAwait(false);
        }

        if (_single is not null)
        {
            await _single.DisposeAsync().ConfigureAwait(false);
        }

        _archive?.Dispose();
        if (_spool is not null)
        {
            await _spool.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task InitializeAsync(Stream stream, bool leaveOpen, CancellationToken cancellationToken)
    {
        var raw = new ReadAheadStream(stream, DocumentBufferSize, leaveOpen, checkTotal: null);
        var magic = await raw.PeekAsync(4, cancellationToken).ConfigureAwait(false);
        if (IsGzip(magic.Span))
        {
            var gzip = new GZipStream(raw, CompressionMode.Decompress, leaveOpen: false);
            _single = new ReadAheadStream(gzip, DocumentBufferSize, leaveOpen: false, total =>
            {
                CheckDocumentSize(total);
                CheckRatio(total, Math.Max(raw.TotalRead, 1));
            });
        }
        else if (IsZip(magic.Span))
        {
            await OpenArchiveAsync(stream, raw, leaveOpen, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Plain XML: the peeking stream is the document stream.
            raw.CheckTotal = CheckDocumentSize;
            CheckDocumentSize(raw.TotalRead);
            if (stream is MemoryStream)
            {
                // Already in memory: its reads never wait, and reading it ahead would only copy it once more.
                raw.ReadDirectly();
            }

            _single = raw;
        }
    }

    private async Task OpenArchiveAsync(Stream stream, ReadAheadStream raw, bool leaveOpen, CancellationToken cancellationToken)
    {
        Stream archiveStream;
        if (stream.CanSeek && raw.TotalRead == raw.Buffered)
        {
            // Seekable: rewind over the peeked bytes and let the archive seek in the caller's stream.
            stream.Seek(-raw.Buffered, SeekOrigin.Current);
            archiveStream = stream;
            if (!leaveOpen)
            {
                _spool = stream;
            }
        }
        else
        {
            // Non-seekable: spool to a temporary file deleted on close, never to memory.
            var path = Path.Combine(Path.GetTempPath(), "ror-csd-" + Guid.NewGuid().ToString("N") + ".zip");
            var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            _spool = spool;
            var buffer = new byte[81920];
            long spooled = 0;
            int read;
            while ((read = await raw.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                spooled += read;
                if (spooled > _options.MaxArchiveUncompressedBytes)
                {
                    throw ArchiveLimit($"The zip archive exceeds {_options.MaxArchiveUncompressedBytes} bytes.", "at most " + _options.MaxArchiveUncompressedBytes.ToString(CultureInfo.InvariantCulture) + " bytes");
                }

                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            await spool.FlushAsync(cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            archiveStream = spool;
            if (!leaveOpen)
            {
                await raw.DisposeAsync().ConfigureAwait(false);
            }
        }

        try
        {
            _archive = await ZipArchive.CreateAsync(archiveStream, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException exception)
        {
            throw new CsdFormatException(CsdFormatError.InvalidArchive, "The zip archive is corrupt.", string.Empty, 0, 0, "a zip archive of XML files", exception);
        }

        SelectEntries();
    }

    private void SelectEntries()
    {
        var entries = _archive!.Entries;
        if (entries.Count > _options.MaxArchiveEntries)
        {
            throw ArchiveLimit($"The zip archive holds {entries.Count} entries.", "at most " + _options.MaxArchiveEntries.ToString(CultureInfo.InvariantCulture) + " entries");
        }

        var files = new List<ZipArchiveEntry>();
        long declared = 0;
        foreach (var entry in entries)
        {
            CheckEntryName(entry.FullName);
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
            {
                continue;
            }

            files.Add(entry);
        }

        var xmlFiles = files.Where(entry => entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList();
        var selected = xmlFiles.Count > 0 ? xmlFiles : files;
        foreach (var entry in files.Except(selected))
        {
            _options.OnDeviation?.Invoke(new CsdReadDeviation(CsdDeviationKind.ArchiveEntrySkipped, string.Empty, entry.FullName, "an .xml entry", 0, 0));
        }

        if (selected.Count == 0)
        {
            throw new CsdFormatException(CsdFormatError.InvalidArchive, "The zip archive holds no file.", string.Empty, 0, 0, "one or more XML entries");
        }

        foreach (var entry in selected)
        {
            declared += entry.Length;
            if (declared > _options.MaxArchiveUncompressedBytes)
            {
                throw ArchiveLimit($"The XML entries of the zip archive declare more than {_options.MaxArchiveUncompressedBytes} bytes uncompressed.", "at most " + _options.MaxArchiveUncompressedBytes.ToString(CultureInfo.InvariantCulture) + " bytes");
            }

            if (entry.Length > RatioGraceBytes && entry.Length > (double)Math.Max(entry.CompressedLength, 1) * _options.MaxCompressionRatio)
            {
                throw ArchiveLimit($"The zip entry '{entry.FullName}' declares a compression ratio above {_options.MaxCompressionRatio}.", "a ratio of at most " + _options.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture));
            }

            _entries.Enqueue(entry);
        }
    }

    private static void CheckEntryName(string name)
    {
        var unsafeName = name.Length == 0
            || name[0] is '/' or '\\'
            || name.Contains(':', StringComparison.Ordinal)
            || name.Split('/', '\\').Any(segment => segment == "..");
        if (unsafeName)
        {
            throw new CsdFormatException(CsdFormatError.UnsafeArchiveEntry, $"The zip entry name '{name}' is absolute or leaves the archive.", string.Empty, 0, 0, "a relative entry name without '..'");
        }
    }

    private void CheckDocumentSize(long total)
    {
        if (total > _options.MaxDocumentBytes)
        {
            throw new CsdFormatException(CsdFormatError.LimitExceeded, $"The XML document exceeds {_options.MaxDocumentBytes} bytes.", string.Empty, 0, 0, "at most " + _options.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + " bytes (CsdReaderOptions.MaxDocumentBytes)");
        }
    }

    private void CheckRatio(long uncompressed, long compressed)
    {
        if (uncompressed > RatioGraceBytes && uncompressed > (double)compressed * _options.MaxCompressionRatio)
        {
            throw ArchiveLimit($"The compressed input expands more than {_options.MaxCompressionRatio} times.", "a compression ratio of at most " + _options.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static CsdFormatException ArchiveLimit(string message, string expected) =>
        new(CsdFormatError.ArchiveLimitExceeded, message, string.Empty, 0, 0, expected);

    private static bool IsGzip(ReadOnlySpan<byte> magic) => magic.Length >= 2 && magic[0] == 0x1F && magic[1] == 0x8B;

    private static bool IsZip(ReadOnlySpan<byte> magic) =>
        magic.Length >= 4 && magic[0] == 0x50 && magic[1] == 0x4B && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
}
