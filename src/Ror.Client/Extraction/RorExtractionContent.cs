namespace Ror.Client.Extraction;

/// <summary>
/// The body of an extraction answer, streamed as received (not decompressed: the CSD reader detects gzip and ZIP),
/// with its content headers. Dispose it to release the connection.
/// </summary>
public sealed class RorExtractionContent : IAsyncDisposable, IDisposable
{
    private readonly IDisposable? _owner;

    /// <summary>Creates a content over a stream (e.g. in tests).</summary>
    /// <param name="content">The body stream; disposed with this instance.</param>
    /// <param name="mediaType">The media type of the body (<c>Content-Type</c> without parameters).</param>
    /// <param name="contentEncodings">The <c>Content-Encoding</c> values, in order.</param>
    /// <param name="length">The length of this body in bytes, when announced.</param>
    public RorExtractionContent(Stream content, string? mediaType, IReadOnlyList<string>? contentEncodings = null, long? length = null)
        : this(content, mediaType, contentEncodings ?? [], length, null, 0, false, null)
    {
    }

    internal RorExtractionContent(
        Stream content,
        string? mediaType,
        IReadOnlyList<string> contentEncodings,
        long? length,
        string? fileName,
        long offset,
        bool acceptsRanges,
        IDisposable? owner)
    {
        Content = content;
        MediaType = mediaType;
        ContentEncodings = contentEncodings;
        Length = length;
        FileName = fileName;
        Offset = offset;
        AcceptsRanges = acceptsRanges;
        _owner = owner;
    }

    /// <summary>The body, read once from the network.</summary>
    public Stream Content { get; }

    /// <summary>The media type of the body (e.g. <c>application/xml</c>, <c>application/gzip</c>, <c>application/zip</c>).</summary>
    public string? MediaType { get; }

    /// <summary>The <c>Content-Encoding</c> values (e.g. <c>gzip</c>), in the order they were applied.</summary>
    public IReadOnlyList<string> ContentEncodings { get; }

    /// <summary>The length of this body in bytes, when the server announced it.</summary>
    public long? Length { get; }

    /// <summary>The file name proposed by the server (<c>Content-Disposition</c>), if any.</summary>
    public string? FileName { get; }

    /// <summary>Position of the first byte of this body in the whole extraction (non-zero for a resumed download).</summary>
    public long Offset { get; }

    /// <summary>Whether the server accepts byte ranges (<c>Accept-Ranges: bytes</c>), so that a broken download can resume.</summary>
    public bool AcceptsRanges { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _owner?.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _owner?.Dispose();
    }
}
