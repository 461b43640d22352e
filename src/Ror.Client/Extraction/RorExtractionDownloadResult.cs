namespace Ror.Client.Extraction;

/// <summary>The outcome of a completed extraction download.</summary>
/// <param name="Length">Length of the whole extraction written, in bytes.</param>
/// <param name="MediaType">The media type announced by the server.</param>
/// <param name="ContentEncodings">The <c>Content-Encoding</c> values announced by the server (the bytes are written as received).</param>
/// <param name="ResumeCount">How many times the download resumed from a byte offset (a partial file, or a broken connection).</param>
public sealed record RorExtractionDownloadResult(long Length, string? MediaType, IReadOnlyList<string> ContentEncodings, int ResumeCount);
