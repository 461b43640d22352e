using System.IO.Compression;

namespace Ror.Client.Testing.Extraction;

/// <summary>Writes the extraction documents to a stream as plain XML, gzip or ZIP, streaming (nothing held in memory).</summary>
internal static class ExtractionPackager
{
    /// <summary>The fixed modification time of ZIP entries, so that a package is byte-identical from one request to the next.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(Stream destination, IReadOnlyList<ExtractionDocument> documents, ExtractionPackaging packaging, CancellationToken cancellationToken)
    {
        switch (packaging)
        {
            case ExtractionPackaging.Gzip:
                var gzip = new GZipStream(destination, CompressionLevel.Fastest, leaveOpen: true);
                await using (gzip.ConfigureAwait(false))
                {
                    await documents[0].Content(gzip, cancellationToken).ConfigureAwait(false);
                }

                break;

            case ExtractionPackaging.Zip:
                // On a non-seekable stream ZipArchive writes data descriptors after each entry: no seeking, no buffering.
                using (var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true))
                {
                    foreach (ExtractionDocument document in documents)
                    {
                        ZipArchiveEntry entry = archive.CreateEntry(document.EntryName, CompressionLevel.Fastest);
                        entry.LastWriteTime = EntryTimestamp;
                        Stream entryStream = entry.Open();
                        await using (entryStream.ConfigureAwait(false))
                        {
                            await document.Content(entryStream, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }

                break;

            default:
                await documents[0].Content(destination, cancellationToken).ConfigureAwait(false);
                break;
        }

        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The documents that a packaging uses: the first for XML and gzip, all for ZIP.</summary>
    public static IReadOnlyList<ExtractionDocument> Select(IReadOnlyList<ExtractionDocument> documents, ExtractionPackaging packaging) =>
        packaging == ExtractionPackaging.Zip ? documents : [documents[0]];
}
