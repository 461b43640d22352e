using System.IO.Compression;
using System.Text;
using Ror.Client.Csd.Models;
using Ror.Client.Csd;
using Ror.Client.Testing.Data;

namespace Ror.Client.ReliabilityTests.Infrastructure;

/// <summary>Valid documents written by the library's writer from generated data, and hostile inputs built around them.</summary>
public static class Fixtures
{
    public const string CsdNamespace = "urn:ihe:iti:csd:2013";

    private static readonly RorDatasetGenerator Generator = new(new RorDatasetOptions { Seed = 3, EstablishmentCount = 64 });

    private static readonly Lazy<byte[]> ValidBytes = new(() => Write(Document(1)));

    public static CsdDocument Document(int establishment) => Generator.GenerateEstablishment(establishment).ToDocument();

    public static byte[] Write(CsdDocument document)
    {
        using var stream = new MemoryStream();
        CsdWriter.WriteDocument(stream, document);
        return stream.ToArray();
    }

    /// <summary>A real CSD document of one generated establishment (a few dozen KiB).</summary>
    public static byte[] Valid => ValidBytes.Value;

    public static string ValidText => Encoding.UTF8.GetString(Valid);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Xxe => Utf8(
        "<?xml version=\"1.0\"?><!DOCTYPE CSD [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + $"<CSD xmlns=\"{CsdNamespace}\"><organizationDirectory>&x;</organizationDirectory></CSD>");

    public static byte[] ExternalDtd => Utf8(
        $"<?xml version=\"1.0\"?><!DOCTYPE CSD SYSTEM \"http://127.0.0.1:9/csd.dtd\"><CSD xmlns=\"{CsdNamespace}\"/>");

    public static byte[] BillionLaughs
    {
        get
        {
            var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE CSD [<!ENTITY l0 \"lol\">");
            for (var i = 1; i <= 9; i++)
            {
                dtd.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
            }

            return Utf8(dtd + $"]><CSD xmlns=\"{CsdNamespace}\"><organizationDirectory>&l9;</organizationDirectory></CSD>");
        }
    }

    public static byte[] DeepNesting(int depth = 100_000) => Utf8(
        $"<CSD xmlns=\"{CsdNamespace}\"><organizationDirectory>" + string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth)) + "</organizationDirectory></CSD>");

    public static byte[] HugeAttribute => Utf8(
        $"<CSD xmlns=\"{CsdNamespace}\"><organizationDirectory><organization entityID=\"{new string('A', 4 * 1024 * 1024)}\"/></organizationDirectory></CSD>");

    public static byte[] HugeText => Utf8(
        $"<CSD xmlns=\"{CsdNamespace}\"><organizationDirectory><organization entityID=\"x\"><primaryName>{new string('B', 4 * 1024 * 1024)}</primaryName></organization></organizationDirectory></CSD>");

    public static byte[] WrongNamespace => Utf8(ValidText.Replace(CsdNamespace, "urn:example:not-csd", StringComparison.Ordinal));

    public static byte[] InvalidUtf8
    {
        get
        {
            var bytes = Valid.ToList();
            var index = ValidText.IndexOf("<primaryName>", StringComparison.Ordinal) + "<primaryName>".Length;
            bytes.InsertRange(Encoding.UTF8.GetByteCount(ValidText[..index]), new byte[] { 0xC3, 0x28, 0xFF, 0xFE });
            return [.. bytes];
        }
    }

    public static byte[] DateOutOfRange => Utf8(ReplaceFirstAttribute(ValidText, "updated", "10000-13-45T25:61:00"));

    /// <summary>Gigantic whitespace inside a valid root: compresses ~1000:1.</summary>
    public static byte[] Padded(int bytes) => Utf8($"<CSD xmlns=\"{CsdNamespace}\">" + new string(' ', bytes) + "</CSD>");

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Gzip(byte[] content)
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return stream.ToArray();
    }

    public static string ReplaceFirstAttribute(string xml, string attribute, string value)
    {
        var start = xml.IndexOf($" {attribute}=\"", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"No attribute {attribute} in the fixture.");
        }

        start += attribute.Length + 3;
        var end = xml.IndexOf('"', start);
        return xml[..start] + value + xml[end..];
    }

    /// <summary>The document wrapped as the Body of a SOAP envelope of the given version.</summary>
    public static byte[] SoapResponse(string bodyXml, bool soap11 = false)
    {
        var ns = soap11 ? "http://schemas.xmlsoap.org/soap/envelope/" : "http://www.w3.org/2003/05/soap-envelope";
        return Utf8($"<env:Envelope xmlns:env=\"{ns}\"><env:Body>{bodyXml}</env:Body></env:Envelope>");
    }

    public static string CareServicesResponse(string inner = "") =>
        $"<csd:careServicesResponse xmlns:csd=\"{CsdNamespace}\"><csd:result>{inner}</csd:result></csd:careServicesResponse>";
}
