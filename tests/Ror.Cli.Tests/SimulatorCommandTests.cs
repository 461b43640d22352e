namespace Ror.Cli.Tests;

public sealed class SimulatorCommandTests
{
    [Fact]
    public async Task Simulator_Started_WritesCertificateFilesAndStopsCleanlyOnCancel()
    {
        var directory = Directory.CreateTempSubdirectory("ror-cli-sim-");
        try
        {
            using var stop = new CancellationTokenSource();
            using var output = new StringWriter();
            using var error = new StringWriter();
            var synchronizedOutput = TextWriter.Synchronized(output);
            var running = Program.RunAsync(["simulator", "--port", "0", "--output", directory.FullName, "--json"], synchronizedOutput, TextWriter.Synchronized(error), stop.Token);
            for (var i = 0; i < 600 && !running.IsCompleted; i++)
            {
                lock (synchronizedOutput)
                {
                    if (output.ToString().Contains("caBundle", StringComparison.Ordinal))
                    {
                        break;
                    }
                }

                await Task.Delay(100);
            }

            await stop.CancelAsync();
            var run = new CliRun(await running, output.ToString(), error.ToString());

            Assert.True(run.ExitCode == 0, run.ToString());
            foreach (var file in new[] { "client.pfx", "client.pfx.password.txt", "client.pem", "client.key", "ca.pem" })
            {
                Assert.True(File.Exists(Path.Combine(directory.FullName, file)), $"{file} should be written");
            }

            using var json = run.Json();
            Assert.StartsWith("https://127.0.0.1:", json.RootElement.GetProperty("soapEndpoint").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
