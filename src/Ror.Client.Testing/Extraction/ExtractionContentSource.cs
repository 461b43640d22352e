namespace Ror.Client.Testing.Extraction;

/// <summary>
/// Writes one extraction document (CSD XML, UTF-8) to a stream, asynchronously. The stream is not seekable and is the
/// HTTP response (possibly through gzip or ZIP compression): write as you produce, never buffer the whole document.
/// </summary>
/// <param name="destination">Where to write the document; do not dispose it.</param>
/// <param name="cancellationToken">Signalled when the client disconnects or the simulator stops.</param>
/// <returns>A task completing when the document is written.</returns>
public delegate Task ExtractionContentSource(Stream destination, CancellationToken cancellationToken);
