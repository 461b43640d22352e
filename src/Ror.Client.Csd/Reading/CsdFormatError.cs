namespace Ror.Client.Csd;

/// <summary>Why a document could not be read (<see cref="CsdFormatException.Error"/>).</summary>
public enum CsdFormatError
{
    /// <summary>The input is not well-formed XML (or not text in its declared encoding).</summary>
    Malformed,

    /// <summary>The root element (or the SOAP Body child) is not a ROR CSD message of the expected kind or namespace.</summary>
    UnexpectedRoot,

    /// <summary>The input ended before the document was complete.</summary>
    Truncated,

    /// <summary>The document holds a DTD (DOCTYPE), refused to prevent entity expansion and external entities.</summary>
    DtdProhibited,

    /// <summary>A limit of <see cref="CsdReaderOptions"/> was exceeded (document size, depth, value length).</summary>
    LimitExceeded,

    /// <summary>A message lacks the mandatory element without which it means nothing (e.g. a <c>careServicesResponse</c> with neither <c>result</c> nor <c>error</c>).</summary>
    MissingContent,

    /// <summary>A value cannot be read as its schema type (boolean, integer, decimal, date, time, date-time).</summary>
    InvalidValue,

    /// <summary>A zip entry name is absolute or climbs out of the archive (<c>..</c>).</summary>
    UnsafeArchiveEntry,

    /// <summary>A zip archive exceeds an archive limit (entry count, total size, compression ratio): a decompression bomb.</summary>
    ArchiveLimitExceeded,

    /// <summary>The compressed data (zip or gzip) is corrupt, or the archive holds no XML entry.</summary>
    InvalidArchive,
}
