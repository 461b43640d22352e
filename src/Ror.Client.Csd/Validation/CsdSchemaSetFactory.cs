using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// Builds the compiled <see cref="XmlSchemaSet"/> of the ROR CSD 2.4 format from the embedded schemas: the official
/// ANS schema (patched in memory, see below), the W3C <c>xml.xsd</c>, a local XForms stub and the
/// <c>urn:asip:ror:2015</c> elements of the WSDL.
/// </summary>
/// <remarks>
/// <para>System.Xml cannot compile the official schema as published. Two patches, both confined to the IHE
/// <c>careServicesFunction</c> element that the ROR never exchanges, are applied to the in-memory copy:</para>
/// <list type="number">
/// <item>the XForms import is pointed at a local stub declaring only <c>instance</c>, <c>bind</c>, <c>model</c> and
/// <c>anyURIList</c> (the W3C schema pulls the schema-for-schemas, which .NET rejects);</item>
/// <item><c>&lt;xs:element ref="xs:schema"/&gt;</c> is replaced by a skipped wildcard of the XML Schema namespace.</item>
/// </list>
/// </remarks>
internal static class CsdSchemaSetFactory
{
    internal const string CsdSchemaResource = "Ror.Client.Csd.Schemas.IHE_ProfilCSD-ExtensionROR_fr-v2.4.xsd";
    internal const string XmlSchemaResource = "Ror.Client.Csd.Schemas.xml.xsd";
    internal const string XformsStubResource = "Ror.Client.Csd.Schemas.xforms-stub.xsd";
    internal const string RorSchemaResource = "Ror.Client.Csd.Schemas.ror-wsdl-types.xsd";

    /// <summary>Where the WSDL imports the CSD schema from.</summary>
    internal const string CsdSchemaLocation = "https://esante.gouv.fr/sites/default/files/media_entity/documents/IHE_ProfilCSD-ExtensionROR_fr-v2.4.xsd";

    /// <summary>Where the CSD schema imports <c>xml.xsd</c> from.</summary>
    internal const string XmlSchemaLocation = "http://www.w3.org/2001/xml.xsd";

    /// <summary>Where the CSD schema imports XForms from (replaced by <see cref="XformsStubLocation"/>).</summary>
    internal const string XformsSchemaLocation = "http://www.w3.org/MarkUp/Forms/2002/XForms-Schema.xsd";

    /// <summary>The location the patched CSD schema imports the XForms stub from.</summary>
    internal const string XformsStubLocation = "urn:ror-client:schemas:xforms-stub.xsd";

    private const string XsNamespace = "http://www.w3.org/2001/XMLSchema";
    private const string XformsNamespace = "http://www.w3.org/2002/xforms";

    /// <summary>Opens an embedded schema resource.</summary>
    internal static Stream OpenResource(string name) =>
        typeof(CsdSchemaSetFactory).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded schema '{name}' is missing from {typeof(CsdSchemaSetFactory).Assembly.GetName().Name}.");

    /// <summary>Loads, patches and compiles the schema set.</summary>
    /// <param name="messages">Receives every compilation error or warning (none are expected).</param>
    /// <returns>The compiled schema set.</returns>
    internal static XmlSchemaSet Create(ICollection<string> messages)
    {
        var resolver = new EmbeddedSchemaResolver(new Dictionary<string, Func<Stream>>(StringComparer.Ordinal)
        {
            [XmlSchemaLocation] = () => OpenResource(XmlSchemaResource),
            [XformsStubLocation] = () => OpenResource(XformsStubResource),
        });

        void OnMessage(object? sender, ValidationEventArgs e) =>
            messages.Add($"{e.Severity}: {e.Message} ({e.Exception?.SourceUri} {e.Exception?.LineNumber},{e.Exception?.LinePosition})");

        var set = new XmlSchemaSet { XmlResolver = resolver };
        set.ValidationEventHandler += OnMessage;

        var csd = ReadSchema(LoadPatchedCsdSchema(), CsdSchemaLocation, OnMessage);
        set.Add(csd);
        using (var ror = XmlReader.Create(OpenResource(RorSchemaResource), SchemaReaderSettings()))
        {
            set.Add(XmlSchema.Read(ror, OnMessage)!);
        }

        set.Compile();
        set.ValidationEventHandler -= OnMessage;
        return set;
    }

    /// <summary>The official CSD schema with the two in-memory patches applied.</summary>
    internal static XDocument LoadPatchedCsdSchema()
    {
        XDocument document;
        using (var reader = XmlReader.Create(OpenResource(CsdSchemaResource), SchemaReaderSettings()))
        {
            document = XDocument.Load(reader);
        }

        XNamespace xs = XsNamespace;
        var root = document.Root ?? throw new InvalidOperationException("The embedded CSD schema is empty.");

        // Patch 1: the XForms import goes to the local stub.
        var xformsImport = root.Elements(xs + "import")
            .SingleOrDefault(import => (string?)import.Attribute("namespace") == XformsNamespace)
            ?? throw new InvalidOperationException("The embedded CSD schema has no XForms import to patch.");
        xformsImport.SetAttributeValue("schemaLocation", XformsStubLocation);

        // Patch 2: the reference to the schema-for-schemas becomes a skipped wildcard.
        var schemaReferences = root.Descendants(xs + "element")
            .Where(element => (string?)element.Attribute("ref") == "xs:schema")
            .ToList();
        if (schemaReferences.Count != 1)
        {
            throw new InvalidOperationException(
                $"The embedded CSD schema should hold exactly one reference to xs:schema, found {schemaReferences.Count}.");
        }

        schemaReferences[0].ReplaceWith(new XElement(
            xs + "any",
            new XAttribute("namespace", XsNamespace),
            new XAttribute("processContents", "skip"),
            new XAttribute("minOccurs", "0")));
        return document;
    }

    private static XmlSchema ReadSchema(XDocument document, string sourceUri, ValidationEventHandler onMessage)
    {
        // Serialise and re-read through XmlReader so that line numbers and the source URI are available in messages.
        var text = document.ToString(SaveOptions.DisableFormatting);
        using var reader = XmlReader.Create(new StringReader(text), SchemaReaderSettings(), sourceUri);
        return XmlSchema.Read(reader, onMessage)
            ?? throw new InvalidOperationException("The embedded CSD schema could not be read.");
    }

    private static XmlReaderSettings SchemaReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };
}
