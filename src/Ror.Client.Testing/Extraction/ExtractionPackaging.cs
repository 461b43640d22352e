namespace Ror.Client.Testing.Extraction;

/// <summary>How the extraction endpoint packages the CSD document(s); a request overrides it with <c>?format=xml|gzip|zip</c>.</summary>
public enum ExtractionPackaging
{
    /// <summary>Plain XML, <c>Content-Type: application/xml; charset=utf-8</c> (query value <c>xml</c>).</summary>
    Xml = 0,

    /// <summary>A gzip file of the XML, <c>Content-Type: application/gzip</c> (query value <c>gzip</c>).</summary>
    Gzip = 1,

    /// <summary>A ZIP archive with one entry per document, <c>Content-Type: application/zip</c> (query value <c>zip</c>).</summary>
    Zip = 2,
}
