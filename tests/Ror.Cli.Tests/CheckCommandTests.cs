namespace Ror.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_NoConfiguration_PassesEveryStepAgainstTheEmbeddedSimulator()
    {
        var run = await CliRun.RunAsync("check");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var step in new[] { "Certificate loads", "Private key", "Validity", "clientAuth usage", "Chain to trust anchors", "TLS handshake", "SOAP answer" })
        {
            Assert.True(run.Output.Contains($"✓ {step}", StringComparison.Ordinal), $"step '{step}' should pass:\n{run}");
        }
    }

    [Fact]
    public async Task Check_Json_ListsStepsWithOutcome()
    {
        var run = await CliRun.RunAsync("check", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = run.Json();
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Contains(steps, static s => s.GetProperty("name").GetString() == "TLS handshake" && s.GetProperty("outcome").GetString() == "passed");
    }

    [Fact]
    public async Task Check_CertificateFileMissing_FailsWithConfigurationExitCodeAndHint()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-check-");
        try
        {
            var config = Path.Combine(directory.FullName, "appsettings.json");
            await File.WriteAllTextAsync(config, """
                {
                  "Ror": {
                    "Environment": "Platines",
                    "Environments": { "Platines": { "SoapEndpoint": "https://127.0.0.1:9/ROR/CSD" } },
                    "ClientCertificate": { "Path": "no-such-certificate.p12", "Password": "x" }
                  }
                }
                """);

            var run = await CliRun.RunAsync("check", "--config", config);

            Assert.True(run.ExitCode == 3, run.ToString());
            Assert.Contains("✗ Certificate file: not found", run.Output, StringComparison.Ordinal);
            Assert.Contains("hint: check Ror:ClientCertificate:Path", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
