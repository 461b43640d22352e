using System.ServiceModel.Channels;
using System.Xml;

namespace Ror.Client.Transport;

/// <summary>A SOAP body written by a delegate (the CSD writer of a transaction).</summary>
internal sealed class DelegateBodyWriter(Action<XmlDictionaryWriter> writeBody) : BodyWriter(isBuffered: true)
{
    protected override void OnWriteBodyContents(XmlDictionaryWriter writer) => writeBody(writer);
}
