using System.Net.Http;
using Microsoft.Extensions.Logging;
using Ror.Client.Diagnostics;
using Ror.Client.Errors;
using Ror.Client.Transport;

namespace Ror.Client.Extraction;

/// <summary>
/// Downloads the extraction to a stream or a file, resuming from the byte reached (<c>Range: bytes=N-</c>) when the
/// connection breaks and the server accepts ranges, or when a partial file is left from an earlier attempt.
/// </summary>
internal sealed class RorExtractionDownloader(RorRestTransport transport, int maxResumes, ILogger logger)
{
    /// <summary>Suffix of the file being downloaded, renamed to the target once complete.</summary>
    public const string PartialSuffix = ".partial";

    public async Task<RorExtractionDownloadResult> DownloadToFileAsync(string path, CancellationToken cancellationToken)
    {
        var partialPath = path + PartialSuffix;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        RorExtractionDownloadResult result;
        var file = new FileStream(partialPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            file.Seek(0, SeekOrigin.End);
            result = await DownloadAsync(file, file.Length, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(partialPath, path, overwrite: true);
        return result;
    }

    public Task<RorExtractionDownloadResult> DownloadToStreamAsync(Stream destination, CancellationToken cancellationToken) =>
        DownloadAsync(destination, 0, cancellationToken);

    private async Task<RorExtractionDownloadResult> DownloadAsync(Stream destination, long alreadyWritten, CancellationToken cancellationToken)
    {
        var origin = destination.CanSeek ? destination.Position - alreadyWritten : 0;
        var written = alreadyWritten;
        var resumes = 0;
        var resumeCount = 0;
        var buffer = new byte[81920];
        while (true)
        {
            if (written > 0)
            {
                RorClientLog.DownloadResumed(logger, written);
            }

            var content = await transport.OpenExtractionAsync(written, cancellationToken).ConfigureAwait(false);
            await using (content.ConfigureAwait(false))
            {
                if (written > 0 && content.Offset != written)
                {
                    // The server sent the whole file again: start over.
                    if (!destination.CanSeek)
                    {
                        throw new RorUnavailableException(
                            $"{RorTransactions.Extraction}: the download broke at byte {written} and the server cannot resume it.")
                        { Transaction = RorTransactions.Extraction };
                    }

                    destination.SetLength(origin);
                    destination.Position = origin;
                    written = 0;
                }
                else if (written > 0)
                {
                    resumeCount++;
                }

                try
                {
                    int read;
                    while ((read = await content.Content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                        written += read;
                    }

                    return new RorExtractionDownloadResult(written, content.MediaType, content.ContentEncodings, resumeCount);
                }
                catch (Exception exception) when (exception is IOException or HttpRequestException
                    && !cancellationToken.IsCancellationRequested && content.AcceptsRanges && resumes < maxResumes)
                {
                    resumes++;
                }
                catch (Exception exception) when (exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                {
                    throw new RorUnavailableException(
                        $"{RorTransactions.Extraction}: the download broke at byte {written}" + (content.AcceptsRanges ? " after " + resumes + " resumption(s)." : " and the server does not accept byte ranges."),
                        exception)
                    { Transaction = RorTransactions.Extraction };
                }
            }
        }
    }
}
