using System.Text;
using System.Xml;

namespace Ror.Client.Csd;

/// <summary>Creates the <see cref="XmlWriter"/>s of the writers from <see cref="CsdWriterOptions"/>.</summary>
internal static class XmlOutput
{
    public static CsdWriterOptions Check(CsdWriterOptions? options)
    {
        options ??= CsdWriterOptions.Default;
        ArgumentNullException.ThrowIfNull(options.Encoding, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FlushThresholdBytes, 1024, nameof(options));
        if (options.FacilityNumber is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FacilityNumber, "FacilityNumber cannot be negative.");
        }

        return options;
    }

    public static XmlWriterSettings Settings(CsdWriterOptions options) => new()
    {
        Encoding = options.Encoding,
        Indent = options.Indent,
        IndentChars = "  ",
        NewLineChars = "\n",
        OmitXmlDeclaration = options.OmitXmlDeclaration,
        CloseOutput = false,
        CheckCharacters = true,
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <summary>Whether stream output can be formatted by <see cref="Utf8XmlSink"/>: UTF-8, not indented.</summary>
    public static bool CanFormatUtf8(CsdWriterOptions options) => options.Encoding is UTF8Encoding && !options.Indent;

    /// <summary>The settings of the XML writers that format pieces of a UTF-8 document (values, entities) for <see cref="Utf8XmlSink"/>.</summary>
    public static XmlWriterSettings FragmentSettings(CsdWriterOptions options)
    {
        var settings = Settings(options);
        settings.Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        settings.OmitXmlDeclaration = true;
        settings.ConformanceLevel = ConformanceLevel.Fragment;
        return settings;
    }

    public static OutputBuffer CreateBuffer(CsdWriterOptions options) => new(options.FlushThresholdBytes + 4096);

    /// <summary>Writes a whole (bounded) piece of XML into a buffer, then hands it to the stream asynchronously.</summary>
    public static async Task WriteBufferedAsync(Stream stream, CsdWriterOptions options, Action<CsdContentWriter> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = CreateBuffer(options);
        using (var xml = XmlWriter.Create(buffer, Settings(options)))
        {
            write(new CsdContentWriter(xml, options));
        }

        await buffer.DrainToAsync(stream, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a piece of XML straight to the stream.</summary>
    public static void Write(Stream stream, CsdWriterOptions options, Action<CsdContentWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (var xml = XmlWriter.Create(stream, Settings(options)))
        {
            write(new CsdContentWriter(xml, options));
        }

        stream.Flush();
    }
}
