using System.Text;

namespace Ror.Client.Testing.Extraction;

/// <summary>One document served by the extraction endpoint: its entry name (in a ZIP) and how to produce its bytes.</summary>
/// <param name="EntryName">The file name of the ZIP entry (e.g. <c>ror-extraction.xml</c>).</param>
/// <param name="Content">Writes the document.</param>
/// <param name="IsDeterministic">
/// Whether <paramref name="Content"/> writes the same bytes on every call. Only then does the endpoint announce and
/// honour HTTP Range requests (by producing the package again and skipping to the requested offset).
/// </param>
public sealed record ExtractionDocument(string EntryName, ExtractionContentSource Content, bool IsDeterministic = true)
{
    /// <summary>A document read from a file at each request (deterministic while the file does not change).</summary>
    /// <param name="path">The XML file.</param>
    /// <param name="entryName">The ZIP entry name; the file name when <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    public static ExtractionDocument FromFile(string path, string? entryName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = Path.GetFullPath(path);
        return new ExtractionDocument(
            entryName ?? Path.GetFileName(fullPath),
            async (destination, cancellationToken) =>
            {
                var file = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                await using (file.ConfigureAwait(false))
                {
                    await file.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
                }
            });
    }

    /// <summary>A document held as text, written as UTF-8 without byte order mark (for small fixtures).</summary>
    /// <param name="entryName">The ZIP entry name.</param>
    /// <param name="xml">The XML text.</param>
    /// <returns>The document.</returns>
    public static ExtractionDocument FromXml(string entryName, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        byte[] bytes = new UTF8Encoding(false).GetBytes(xml);
        return new ExtractionDocument(entryName, (destination, cancellationToken) => destination.WriteAsync(bytes, cancellationToken).AsTask());
    }
}
