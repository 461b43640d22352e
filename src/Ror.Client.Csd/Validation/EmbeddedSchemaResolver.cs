using System.Xml;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// Resolves the schema locations used by the ROR CSD schemas to the copies embedded in this assembly, and refuses
/// everything else: schemas are never fetched from the network.
/// </summary>
internal sealed class EmbeddedSchemaResolver : XmlResolver
{
    private readonly IReadOnlyDictionary<string, Func<Stream>> _locations;

    public EmbeddedSchemaResolver(IReadOnlyDictionary<string, Func<Stream>> locations)
    {
        _locations = locations;
    }

    public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        if (ofObjectToReturn is not null && ofObjectToReturn != typeof(Stream) && ofObjectToReturn != typeof(object))
        {
            throw new XmlException($"Only streams can be resolved, not {ofObjectToReturn}.");
        }

        if (_locations.TryGetValue(absoluteUri.OriginalString, out var open)
            || _locations.TryGetValue(absoluteUri.AbsoluteUri, out open))
        {
            return open();
        }

        throw new XmlException(
            $"The schema location '{absoluteUri.OriginalString}' is not one of the schemas embedded in Ror.Client.Csd; " +
            "schemas are never downloaded.");
    }
}
