using System.CommandLine;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Ror.Cli.Infrastructure;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Testing;
using Ror.Client.Testing.Certificates;

namespace Ror.Cli.Commands;

/// <summary><c>ror check</c>: the connection doctor, one step of the ANS onboarding at a time.</summary>
internal static class CheckCommand
{
    private const string ClientAuthenticationOid = "1.3.6.1.5.5.7.3.2";
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(15);

    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var command = new Command(
            "check",
            "Connection doctor: certificate found and loadable, private key, validity, clientAuth usage, chain to the trust anchors, TLS handshake, SOAP answer. Without a configured environment, checks against the embedded simulator.");
        CommandActions.Set(command, globals, output, error, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var console = context.Console;
        if (CliConfiguration.TargetsRealEnvironment(context.Configuration))
        {
            var settings = ConnectionSettings.FromConfiguration(context.Configuration);
            console.Line($"Checking the connection to the ROR environment '{settings.Environment}'");
            return Report(console, await RunStepsAsync(settings, cancellationToken));
        }

        console.Progress("No Ror:Environment configured: checking against the embedded simulator.");
        var temporary = Path.Combine(Path.GetTempPath(), "ror-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var simulator = await RorSimulator.StartAsync(new RorSimulatorOptions { KeyAlgorithm = KeyAlgorithm.EcdsaP256 }, cancellationToken);
            var files = await SimulatorFiles.WriteAsync(simulator, temporary, "changeit", cancellationToken);
            var settings = new ConnectionSettings("Simulator", simulator.SoapEndpoint, files.CaBundle, files.Pfx, null, files.PfxPassword);
            console.Line($"Checking the connection to the embedded simulator ({simulator.SoapEndpoint})");
            return Report(console, await RunStepsAsync(settings, cancellationToken));
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    private static int Report(CliConsole console, IReadOnlyList<CheckStep> steps)
    {
        foreach (var step in steps)
        {
            console.Line($"  {step.Symbol} {step.Name}: {step.Detail}");
            if (step.Hint is not null && step.Outcome is CheckOutcome.Failed or CheckOutcome.Warning)
            {
                console.Line($"      hint: {step.Hint}");
            }
        }

        var failed = steps.FirstOrDefault(static step => step.Outcome == CheckOutcome.Failed);
        var exitCode = failed is null ? CliExitCodes.Ok
            : failed.Name is "TLS handshake" or "SOAP answer" ? CliExitCodes.Service
            : CliExitCodes.Configuration;
        if (console.Json)
        {
            var array = new JsonArray();
            foreach (var step in steps)
            {
                array.Add(new JsonObject
                {
                    ["name"] = step.Name,
                    ["outcome"] = step.Outcome.ToString().ToLowerInvariant(),
                    ["detail"] = step.Detail,
                    ["hint"] = step.Hint,
                });
            }

            console.WriteJson(new JsonObject { ["ok"] = failed is null, ["steps"] = array });
        }
        else
        {
            console.Line(failed is null ? "All checks passed." : $"Failed at: {failed.Name}.");
        }

        return exitCode;
    }

    internal static async Task<IReadOnlyList<CheckStep>> RunStepsAsync(ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var steps = new List<CheckStep>();
        steps.Add(settings.SoapEndpoint is null
            ? new CheckStep("Configuration", CheckOutcome.Failed, $"no SOAP endpoint for environment '{settings.Environment}'", $"set Ror:Environments:{settings.Environment}:SoapEndpoint (the address ANS gave at onboarding)")
            : new CheckStep("Configuration", CheckOutcome.Passed, $"environment '{settings.Environment}', endpoint {settings.SoapEndpoint}"));

        var certificate = LoadCertificate(settings, steps, out var extra);
        var trust = LoadTrustAnchors(settings, steps);
        try
        {
            if (certificate is not null)
            {
                CheckCertificate(certificate, steps);
                CheckChain(certificate, extra, trust, steps);
            }
            else
            {
                steps.Add(new CheckStep("Chain to trust anchors", CheckOutcome.Skipped, "no certificate"));
            }

            if (settings.SoapEndpoint is null || certificate is null)
            {
                steps.Add(new CheckStep("TLS handshake", CheckOutcome.Skipped, "needs an endpoint and a certificate"));
                steps.Add(new CheckStep("SOAP answer", CheckOutcome.Skipped, "needs an endpoint and a certificate"));
                return steps;
            }

            var handshake = await CheckHandshakeAsync(settings.SoapEndpoint, certificate, trust, steps, cancellationToken);
            if (handshake)
            {
                await CheckSoapAsync(settings.SoapEndpoint, certificate, trust, steps, cancellationToken);
            }
            else
            {
                steps.Add(new CheckStep("SOAP answer", CheckOutcome.Skipped, "no TLS connection"));
            }

            return steps;
        }
        finally
        {
            certificate?.Dispose();
            foreach (var item in extra)
            {
                item.Dispose();
            }
        }
    }

    private static X509Certificate2? LoadCertificate(ConnectionSettings settings, List<CheckStep> steps, out X509Certificate2Collection extra)
    {
        extra = [];
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            steps.Add(new CheckStep("Certificate file", CheckOutcome.Failed, "no client certificate configured", "set Ror:ClientCertificate:Path (PKCS#12 .p12/.pfx, or PEM with KeyPath) to your IGC-Santé ORG AUTH_CLI certificate"));
            return null;
        }

        var path = Path.GetFullPath(settings.CertificatePath);
        if (!File.Exists(path))
        {
            steps.Add(new CheckStep("Certificate file", CheckOutcome.Failed, $"not found: {path}", "check Ror:ClientCertificate:Path (relative paths start from the current directory)"));
            return null;
        }

        steps.Add(new CheckStep("Certificate file", CheckOutcome.Passed, path));
        try
        {
            X509Certificate2 certificate;
            if (settings.KeyPath is not null || path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".crt", StringComparison.OrdinalIgnoreCase))
            {
                certificate = settings.KeyPath is null
                    ? X509Certificate2.CreateFromPemFile(path)
                    : settings.CertificatePassword is { Length: > 0 } password
                        ? X509Certificate2.CreateFromEncryptedPemFile(path, password, settings.KeyPath)
                        : X509Certificate2.CreateFromPemFile(path, settings.KeyPath);
            }
            else
            {
                var all = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, settings.CertificatePassword);
                X509Certificate2? leaf = null;
                foreach (var item in all)
                {
                    if (leaf is null && item.HasPrivateKey)
                    {
                        leaf = item;
                    }
                    else
                    {
                        extra.Add(item);
                    }
                }

                certificate = leaf ?? X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword);
            }

            steps.Add(new CheckStep("Certificate loads", CheckOutcome.Passed, $"{certificate.Subject} (serial {certificate.SerialNumber})"));
            return certificate;
        }
        catch (CryptographicException exception)
        {
            steps.Add(new CheckStep("Certificate loads", CheckOutcome.Failed, exception.Message, "wrong password (Ror:ClientCertificate:Password), damaged file, or a PEM without its KeyPath"));
            return null;
        }
    }

    private static X509Certificate2Collection? LoadTrustAnchors(ConnectionSettings settings, List<CheckStep> steps)
    {
        if (string.IsNullOrWhiteSpace(settings.CaBundlePath))
        {
            steps.Add(new CheckStep("Trust anchors", CheckOutcome.Warning, "no CA bundle configured: the operating system store is used", "IGC-Santé roots are not in the OS stores: set Ror:Environments:<name>:TrustAnchors:CaBundlePath"));
            return null;
        }

        var path = Path.GetFullPath(settings.CaBundlePath);
        try
        {
            var anchors = new X509Certificate2Collection();
            anchors.ImportFromPemFile(path);
            if (anchors.Count == 0)
            {
                steps.Add(new CheckStep("Trust anchors", CheckOutcome.Failed, $"no certificate in {path}", "the CA bundle is a PEM file with the IGC-Santé root and intermediate certificates"));
                return null;
            }

            steps.Add(new CheckStep("Trust anchors", CheckOutcome.Passed, string.Create(CultureInfo.InvariantCulture, $"{anchors.Count} certificate(s) from {path}")));
            return anchors;
        }
        catch (Exception exception) when (exception is IOException or CryptographicException or UnauthorizedAccessException)
        {
            steps.Add(new CheckStep("Trust anchors", CheckOutcome.Failed, $"{path}: {exception.Message}", "check Ror:Environments:<name>:TrustAnchors:CaBundlePath"));
            return null;
        }
    }

    private static void CheckCertificate(X509Certificate2 certificate, List<CheckStep> steps)
    {
        steps.Add(certificate.HasPrivateKey
            ? new CheckStep("Private key", CheckOutcome.Passed, "present")
            : new CheckStep("Private key", CheckOutcome.Failed, "the certificate has no private key", "use the PKCS#12 file holding the key, or give the PEM key with Ror:ClientCertificate:KeyPath"));

        var now = DateTime.Now;
        var daysLeft = (int)Math.Floor((certificate.NotAfter - now).TotalDays);
        var dates = string.Create(CultureInfo.InvariantCulture, $"{certificate.NotBefore:yyyy-MM-dd} → {certificate.NotAfter:yyyy-MM-dd}");
        steps.Add(now < certificate.NotBefore
            ? new CheckStep("Validity", CheckOutcome.Failed, $"not valid yet ({dates})", "check the machine clock, or wait for the start date")
            : now > certificate.NotAfter
                ? new CheckStep("Validity", CheckOutcome.Failed, $"expired ({dates})", "order a new certificate from the IGC-Santé and declare it to ANS")
                : daysLeft < 30
                    ? new CheckStep("Validity", CheckOutcome.Warning, string.Create(CultureInfo.InvariantCulture, $"{dates}, {daysLeft} day(s) left"), "renew the certificate now: ANS must register the new one")
                    : new CheckStep("Validity", CheckOutcome.Passed, string.Create(CultureInfo.InvariantCulture, $"{dates}, {daysLeft} day(s) left")));

        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().SelectMany(static e => e.EnhancedKeyUsages.Cast<Oid>()).Select(static oid => oid.Value).ToList();
        steps.Add(usages.Count == 0 || usages.Contains(ClientAuthenticationOid)
            ? new CheckStep("clientAuth usage", CheckOutcome.Passed, usages.Count == 0 ? "no extended key usage restriction" : "TLS client authentication allowed")
            : new CheckStep("clientAuth usage", CheckOutcome.Failed, "the certificate is not allowed for TLS client authentication", "use the ORG AUTH_CLI certificate (not a server or signature certificate)"));
    }

    private static void CheckChain(X509Certificate2 certificate, X509Certificate2Collection extra, X509Certificate2Collection? trust, List<CheckStep> steps)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        if (trust is not null)
        {
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(trust);
            chain.ChainPolicy.ExtraStore.AddRange(trust);
        }

        // The client chain is checked against the configured anchors as a hint: the server decides in the end.
        steps.Add(chain.Build(certificate)
            ? new CheckStep("Chain to trust anchors", CheckOutcome.Passed, string.Create(CultureInfo.InvariantCulture, $"{chain.ChainElements.Count} certificate(s) up to {chain.ChainElements[^1].Certificate.Subject}"))
            : new CheckStep(
                "Chain to trust anchors",
                trust is null ? CheckOutcome.Warning : CheckOutcome.Failed,
                string.Join("; ", chain.ChainStatus.Select(static status => status.StatusInformation.Trim()).Where(static text => text.Length > 0).Distinct()),
                "the CA bundle must hold the roots and intermediates of the IGC-Santé branch of your certificate (TEST for PLATINES)"));
    }

    private static bool ValidateServer(X509Certificate? serverCertificate, SslPolicyErrors errors, X509Certificate2Collection? trust, out string detail)
    {
        detail = errors.ToString();
        if (trust is null)
        {
            return errors == SslPolicyErrors.None;
        }

        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0 || serverCertificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trust);
        chain.ChainPolicy.ExtraStore.AddRange(trust);
        using var server = X509CertificateLoader.LoadCertificate(serverCertificate.GetRawCertData());
        var ok = chain.Build(server);
        detail = ok ? "trusted" : string.Join("; ", chain.ChainStatus.Select(static status => status.StatusInformation.Trim()));
        return ok;
    }

    private static async Task<bool> CheckHandshakeAsync(Uri endpoint, X509Certificate2 certificate, X509Certificate2Collection? trust, List<CheckStep> steps, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(NetworkTimeout);
        var serverDetail = "not validated";
        try
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
            await using var ssl = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await ssl.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = endpoint.IdnHost,
                    ClientCertificates = [certificate],
                    LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate,
                    RemoteCertificateValidationCallback = (_, server, _, errors) => ValidateServer(server, errors, trust, out serverDetail),
                },
                timeout.Token);

            steps.Add(new CheckStep("TLS handshake", CheckOutcome.Passed, $"{ssl.SslProtocol}, server certificate {serverDetail}"));
            return true;
        }
        catch (Exception exception) when (exception is SocketException or IOException or System.Security.Authentication.AuthenticationException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var hint = exception switch
            {
                SocketException => "the endpoint is not reachable: check the address, DNS, firewall and proxy",
                OperationCanceledException => "no answer in time: check the address, firewall and proxy",
                _ when serverDetail is not ("not validated" or "trusted") => "the server certificate is not trusted: check the CA bundle of the environment",
                _ => "the server refused the TLS session: is your certificate declared to ANS (whitelisted) for this environment?",
            };
            steps.Add(new CheckStep("TLS handshake", CheckOutcome.Failed, $"{exception.GetType().Name}: {exception.Message} (server certificate: {serverDetail})", hint));
            return false;
        }
    }

    private static async Task CheckSoapAsync(Uri endpoint, X509Certificate2 certificate, X509Certificate2Collection? trust, List<CheckStep> steps, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.ClientCertificates = [certificate];
        handler.SslOptions.RemoteCertificateValidationCallback = (_, server, _, errors) => ValidateServer(server, errors, trust, out _);
        using var http = new HttpClient(handler) { Timeout = NetworkTimeout };

        // A TR-Notif for "changes since now": valid, harmless, and answered by every ROR platform.
        var request = new EstablishmentsUpdatedSinceRequest { Parameters = new EstablishmentsUpdatedSinceParameters { ReferenceDate = DateTimeOffset.Now } };
        using var body = new MemoryStream();
        await CsdSoapEnvelope.WriteEnvelopeAsync(body, request, cancellationToken: cancellationToken);
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/soap+xml; charset=utf-8; action=\"urn:asip:ror:2015:stored-function:ror-update\"");
        try
        {
            using var response = await http.PostAsync(endpoint, content, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var isSoap = text.Contains("Envelope", StringComparison.Ordinal);
            var status = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}");
            steps.Add(isSoap
                ? new CheckStep("SOAP answer", CheckOutcome.Passed, $"{status}, SOAP 1.2 envelope{(text.Contains("Fault", StringComparison.Ordinal) || text.Contains("erreur", StringComparison.Ordinal) ? " (an error answer: the service is reachable)" : string.Empty)}")
                : new CheckStep("SOAP answer", CheckOutcome.Failed, $"{status}, not a SOAP envelope ({response.Content.Headers.ContentType})", response.StatusCode is System.Net.HttpStatusCode.NotFound ? "wrong endpoint path" : "a proxy or another service answered: check the endpoint address"));
        }
        catch (HttpRequestException exception)
        {
            steps.Add(new CheckStep("SOAP answer", CheckOutcome.Failed, exception.Message, "the TLS session was accepted but the request failed: check the certificate is whitelisted and the path of the endpoint"));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            steps.Add(new CheckStep("SOAP answer", CheckOutcome.Failed, "no answer in time", "check the endpoint address and the network"));
        }
    }
}
