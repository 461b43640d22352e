using System.Xml;
using Ror.Client.Csd.Access;
using Ror.Client.Testing.Soap;

namespace Ror.Client.Testing.Tests.Simulator;

/// <summary>A handler that records what the SOAP layer handed it and answers an empty success body.</summary>
internal sealed class RecordingHandler : ISoapTransactionHandler
{
    public RorAccessProfile? Profile { get; private set; }

    public AccessProfileSource? Source { get; private set; }

    public string? RequestedIdentifier { get; private set; }

    public string? SoapAction { get; private set; }

    public string? BodyReaderElement { get; private set; }

    public SimulatedTransaction? Transaction { get; private set; }

    public async Task HandleAsync(SoapRequestContext context, CancellationToken cancellationToken)
    {
        Profile = context.AccessProfile;
        Source = context.AccessProfileSource;
        RequestedIdentifier = context.RequestedIdentifier;
        SoapAction = context.SoapAction;
        Transaction = context.Transaction;
        using (XmlReader reader = context.CreateBodyReader())
        {
            BodyReaderElement = $"{{{reader.NamespaceURI}}}{reader.LocalName}";
        }

        await context.WriteResponseAsync(
            async (writer, _) =>
            {
                await writer.WriteStartElementAsync("csd", "careServicesResponse", "urn:ihe:iti:csd:2013");
                await writer.WriteElementStringAsync("csd", "recorded", "urn:ihe:iti:csd:2013", "yes");
                await writer.WriteEndElementAsync();
            },
            cancellationToken);
    }
}
