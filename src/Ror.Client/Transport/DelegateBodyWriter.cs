using System.ServiceModel.Channels;
using System.Xml;

namespace Ror.Client.Transport;

/// <summary>
/// A SOAP body written by a delegate (the CSD writer of a transaction). An exception of the delegate is kept, so that
/// the caller gets it as thrown rather than wrapped in a WCF communication error.
/// </summary>
internal sealed class DelegateBodyWriter(Action<XmlDictionaryWriter> writeBody) : BodyWriter(isBuffered: true)
{
    /// <summary>The exception thrown by the delegate, if any.</summary>
    public Exception? Failure { get; private set; }

    protected override void OnWriteBodyContents(XmlDictionaryWriter writer)
    {
        try
        {
            writeBody(writer);
        }
        catch (Exception exception)
        {
            Failure = exception;
            throw;
        }
    }
}
