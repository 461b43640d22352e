using System.Diagnostics.CodeAnalysis;
using System.Xml;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing.Transactions;

/// <summary>Reads the parameters of a classified SOAP request, turning bad values into a fault reason.</summary>
internal static class TransactionRequest
{
    public static bool TryRead(SoapRequestContext context, [NotNullWhen(true)] out TransactionParameters? parameters, out string? problem)
    {
        try
        {
            using var reader = context.CreateBodyReader();
            MoveToBodyChild(reader, context.BodyElement);
            parameters = TransactionParametersReader.Read(reader);
            problem = null;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or XmlException)
        {
            parameters = null;
            problem = exception.Message;
            return false;
        }
    }

    /// <summary>
    /// Makes sure the reader is on the Body child: the body reader stops on the first element at envelope depth 2,
    /// which is a header entry (e.g. <c>wsse:Security</c>) when the request has an <c>env:Header</c>.
    /// </summary>
    private static void MoveToBodyChild(XmlReader reader, XmlQualifiedName bodyElement)
    {
        while (!(reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && reader.LocalName == bodyElement.Name && reader.NamespaceURI == bodyElement.Namespace))
        {
            if (!reader.Read())
            {
                throw new FormatException("The request has no Body child.");
            }
        }
    }
}
