using System.Net.Mime;
using System.ServiceModel.Channels;
using System.Xml;
using Ror.Client.Csd;

namespace Ror.Client.Transport;

/// <summary>
/// WCF's SOAP 1.2 text encoding, but for the answers whose content type names UTF-8 (the ROR's encoding): those are read
/// with the CSD reader's own UTF-8 reader (<see cref="CsdReader.CreateUtf8XmlReader"/>) rather than WCF's, so that the
/// body's CSD content is parsed by name bytes, and the reader is left in the reply's properties
/// (<see cref="ReaderProperty"/>) for the body to be read with it. Requests, and answers in another charset or without
/// one, go through WCF's text encoder unchanged.
/// </summary>
internal sealed class Utf8ReplyEncodingBindingElement : MessageEncodingBindingElement
{
    /// <summary>The reply property that holds the UTF-8 reader the reply was read with.</summary>
    public const string ReaderProperty = "Ror.Client.Utf8Reader";

    private readonly TextMessageEncodingBindingElement _text;
    private readonly CsdReaderOptions _readerOptions;

    /// <summary>Wraps <paramref name="text"/>; answers are read under <paramref name="readerOptions"/>'s limits.</summary>
    public Utf8ReplyEncodingBindingElement(TextMessageEncodingBindingElement text, CsdReaderOptions readerOptions)
    {
        _text = text;
        _readerOptions = readerOptions;
    }

    /// <inheritdoc />
    public override MessageVersion MessageVersion
    {
        get => _text.MessageVersion;
        set => _text.MessageVersion = value;
    }

    /// <inheritdoc />
    public override MessageEncoderFactory CreateMessageEncoderFactory() =>
        new Factory(_text.CreateMessageEncoderFactory(), _readerOptions);

    /// <inheritdoc />
    public override BindingElement Clone() => new Utf8ReplyEncodingBindingElement((TextMessageEncodingBindingElement)_text.Clone(), _readerOptions);

    /// <inheritdoc />
    public override T GetProperty<T>(BindingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _text.GetProperty<T>(context);
    }

    /// <inheritdoc />
    public override IChannelFactory<TChannel> BuildChannelFactory<TChannel>(BindingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The transport takes its encoder from the binding parameters.
        context.BindingParameters.Add(this);
        return context.BuildInnerChannelFactory<TChannel>();
    }

    /// <inheritdoc />
    public override bool CanBuildChannelFactory<TChannel>(BindingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CanBuildInnerChannelFactory<TChannel>();
    }

    private sealed class Factory(MessageEncoderFactory text, CsdReaderOptions readerOptions) : MessageEncoderFactory
    {
        private readonly Encoder _encoder = new(text.Encoder, readerOptions);

        public override MessageEncoder Encoder => _encoder;

        public override MessageVersion MessageVersion => text.MessageVersion;
    }

    private sealed class Encoder(MessageEncoder text, CsdReaderOptions readerOptions) : MessageEncoder
    {
        public override string ContentType => text.ContentType;

        public override string MediaType => text.MediaType;

        public override MessageVersion MessageVersion => text.MessageVersion;

        public override bool IsContentTypeSupported(string contentType) => text.IsContentTypeSupported(contentType);

        public override T GetProperty<T>() => text.GetProperty<T>();

        public override Message ReadMessage(ArraySegment<byte> buffer, BufferManager bufferManager, string contentType) =>
            text.ReadMessage(buffer, bufferManager, contentType);

        public override Message ReadMessage(Stream stream, int maxSizeOfHeaders, string contentType) =>
            IsUtf8(contentType) ? ReadUtf8(stream, maxSizeOfHeaders) : text.ReadMessage(stream, maxSizeOfHeaders, contentType);

        public override ValueTask<Message> ReadMessageAsync(Stream stream, int maxSizeOfHeaders, string contentType) =>
            IsUtf8(contentType) ? new(ReadUtf8(stream, maxSizeOfHeaders)) : text.ReadMessageAsync(stream, maxSizeOfHeaders, contentType);

        public override ValueTask<Message> ReadMessageAsync(ArraySegment<byte> buffer, BufferManager bufferManager, string contentType) =>
            text.ReadMessageAsync(buffer, bufferManager, contentType);

        public override void WriteMessage(Message message, Stream stream) => text.WriteMessage(message, stream);

        public override ValueTask WriteMessageAsync(Message message, Stream stream) => text.WriteMessageAsync(message, stream);

        public override ArraySegment<byte> WriteMessage(Message message, int maxMessageSize, BufferManager bufferManager, int messageOffset) =>
            text.WriteMessage(message, maxMessageSize, bufferManager, messageOffset);

        public override ValueTask<ArraySegment<byte>> WriteMessageAsync(Message message, int maxMessageSize, BufferManager bufferManager, int messageOffset) =>
            text.WriteMessageAsync(message, maxMessageSize, bufferManager, messageOffset);

        /// <summary>The answer read with the CSD reader's UTF-8 reader, which the message's properties keep.</summary>
        private Message ReadUtf8(Stream stream, int maxSizeOfHeaders)
        {
            var reader = CsdReader.CreateUtf8XmlReader(stream, readerOptions);
            var message = Message.CreateMessage(XmlDictionaryReader.CreateDictionaryReader(reader), maxSizeOfHeaders, MessageVersion);
            message.Properties[ReaderProperty] = reader;
            return message;
        }

        /// <summary>
        /// Whether an answer's content type names UTF-8. Without a charset the document's own byte order mark or declaration
        /// says its encoding, which WCF's encoder reads.
        /// </summary>
        private static bool IsUtf8(string? contentType)
        {
            if (string.IsNullOrEmpty(contentType))
            {
                return false;
            }

            try
            {
                var charset = new ContentType(contentType).CharSet;
                return charset is not null && (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
            }
            catch (FormatException)
            {
                // WCF's encoder says what is wrong with it.
                return false;
            }
        }
    }
}
