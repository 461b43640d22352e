namespace Ror.Client.Csd.Reading;

/// <summary>Looks for a DOCTYPE in the prolog of a document (its bytes before the root element).</summary>
internal static class CsdProlog
{
    /// <summary>How many first bytes are scanned; a prolog is a few hundred bytes at most in practice.</summary>
    public const int ScannedBytes = 16 * 1024;

    private static ReadOnlySpan<byte> Doctype => "<!DOCTYPE"u8;

    /// <summary>
    /// The 1-based line and column of a <c>&lt;!DOCTYPE</c> found before the root element of an
    /// ASCII-compatible document (UTF-8 and its kin), or <see langword="null"/>.
    /// </summary>
    public static (int Line, int Column)? FindDoctype(ReadOnlySpan<byte> head)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < head.Length; i++)
        {
            var current = head[i];
            if (current == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (current == (byte)'<' && i + 1 < head.Length)
            {
                var next = head[i + 1];
                if (head[i..].StartsWith(Doctype))
                {
                    return (line, i - lineStart + 1);
                }

                // The root element starts: no DOCTYPE can follow.
                if (next is not ((byte)'?' or (byte)'!'))
                {
                    return null;
                }
            }
        }

        return null;
    }
}
