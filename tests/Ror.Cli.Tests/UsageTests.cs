namespace Ror.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public async Task Run_NoCommand_ExitsWithUsageError()
    {
        var run = await CliRun.RunAsync();

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("ror --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownCommand_ExitsWithUsageError()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_ListsTheCommandsAndSucceeds()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var command in new[] { "validate", "check", "simulator" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_MissingConfigurationFile_ExitsWithUsageError()
    {
        var run = await CliRun.RunAsync("check", "--config", Path.Combine(Path.GetTempPath(), "does-not-exist-" + Guid.NewGuid().ToString("N") + ".json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Configuration file not found", run.Error, StringComparison.Ordinal);
    }
}
