using System.Globalization;
using System.Runtime.InteropServices;
using Ror.Client.Testing;
using Ror.Client.Testing.Extraction;

// Runs the ROR simulator until Ctrl+C and writes, to an output folder:
//   client.pfx (+ client.pfx.password.txt), client.pem + client.key, ca.pem.
// Usage: dotnet run --project samples/Ror.Simulator -- [--port 8443] [--output ./ror-simulator] [--password changeit] [--extraction file.xml]
int port = 0;
string output = Path.GetFullPath("ror-simulator");
string password = "changeit";
string? extractionFile = null;
for (int i = 0; i < args.Length; i++)
{
    string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"Missing value after {args[i]}.");
    switch (args[i])
    {
        case "--port":
            port = int.Parse(Value(), CultureInfo.InvariantCulture);
            break;
        case "--output":
            output = Path.GetFullPath(Value());
            break;
        case "--password":
            password = Value();
            break;
        case "--extraction":
            extractionFile = Path.GetFullPath(Value());
            break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Arguments: --port N, --output DIR, --password PW, --extraction FILE.xml");
            return 2;
    }
}

var options = new RorSimulatorOptions { Port = port };
if (extractionFile is not null)
{
    options.ExtractionDocuments.Add(ExtractionDocument.FromFile(extractionFile));
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

await using RorSimulator ror = await RorSimulator.StartAsync(options, stop.Token);

Directory.CreateDirectory(output);
string pfx = Path.Combine(output, "client.pfx");
string certificate = Path.Combine(output, "client.pem");
string key = Path.Combine(output, "client.key");
string ca = Path.Combine(output, "ca.pem");
ror.CertificateAuthority.ExportPfxFile(ror.ClientCertificate, pfx, password);
await File.WriteAllTextAsync(pfx + ".password.txt", password);
ror.CertificateAuthority.ExportPem(ror.ClientCertificate, certificate, key);
ror.CertificateAuthority.ExportCaPemBundleFile(ca);

Console.WriteLine($"ROR simulator listening on {ror.BaseAddress}");
Console.WriteLine($"  SOAP 1.2 endpoint : {ror.SoapEndpoint}");
Console.WriteLine($"  Extraction (GET)  : {ror.ExtractionEndpoint}{(extractionFile is null ? " (no document configured: 404)" : string.Empty)}");
Console.WriteLine($"  Client PFX        : {pfx} (password in {Path.GetFileName(pfx)}.password.txt)");
Console.WriteLine($"  Client PEM / key  : {certificate} / {key}");
Console.WriteLine($"  CA bundle         : {ca}");
Console.WriteLine();
Console.WriteLine("Try a Lecture EG (TR-Lecture-OffresSanteEtablissement):");
Console.WriteLine(
    $"  curl --cacert \"{ca}\" --cert \"{certificate}\" --key \"{key}\" "
    + "-H 'Content-Type: application/soap+xml; charset=utf-8; action=\"urn:asip:ror:2015:stored-function:ror-search\"' "
    + "--data '<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:csd=\"urn:ihe:iti:csd:2013\"><env:Body>"
    + "<csd:careServicesRequest><csd:function urn=\"urn:asip:ror:lecture:offreSoinEtablissement:2017\" encapsulated=\"true\">"
    + "<csd:TR_Lecture-OffresSanteEtablissement><csd:etablissementDemandeLecture><csd:id_etablissement code=\"1990000019\"/>"
    + "</csd:etablissementDemandeLecture></csd:TR_Lecture-OffresSanteEtablissement></csd:function></csd:careServicesRequest>"
    + $"</env:Body></env:Envelope>' {ror.SoapEndpoint}");
Console.WriteLine();
Console.WriteLine("Press Ctrl+C (or send SIGTERM) to stop.");

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C.
}

return 0;
