using System.ServiceModel.Channels;
using System.Xml;

namespace Ror.Client.Transport;

/// <summary>
/// A WS-Addressing 1.0 header with a text value, written without <c>mustUnderstand</c> (WCF's own addressing headers
/// carry <c>mustUnderstand="1"</c>, which a server that ignores WS-Addressing would fault on).
/// </summary>
internal sealed class WsAddressingHeader(string name, string value) : MessageHeader
{
    public const string AddressingNamespace = "http://www.w3.org/2005/08/addressing";

    public override string Name => name;

    public override string Namespace => AddressingNamespace;

    public override bool MustUnderstand => false;

    protected override void OnWriteStartHeader(XmlDictionaryWriter writer, MessageVersion messageVersion)
    {
        writer.WriteStartElement("wsa", Name, Namespace);
        WriteHeaderAttributes(writer, messageVersion);
    }

    protected override void OnWriteHeaderContents(XmlDictionaryWriter writer, MessageVersion messageVersion) =>
        writer.WriteString(value);
}
