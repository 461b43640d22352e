namespace Ror.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_GoodFile_SucceedsWithNoFinding()
    {
        var run = await CliRun.RunAsync("validate", CliRun.Fixture("good.xml"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("✓ Schema: valid", run.Output, StringComparison.Ordinal);
        Assert.Contains("✓ ROR rules: 4 entities, 0 error(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RuleBreakingFile_ListsEachRuleAndExitsWithFindings()
    {
        var run = await CliRun.RunAsync("validate", CliRun.Fixture("bad-rules.xml"));

        Assert.True(run.ExitCode == 5, run.ToString());
        foreach (var rule in new[] { "RG_EXP_010", "RG_ALIM_006", "ROR_OI_ID", "ROR_RECORD_DATES" })
        {
            Assert.True(run.Output.Contains(rule, StringComparison.Ordinal), $"{rule} expected in:\n{run}");
        }
    }

    [Fact]
    public async Task Validate_SchemaBreakingFile_ReportsLineAndPath()
    {
        var run = await CliRun.RunAsync("validate", "--no-rules", CliRun.Fixture("bad-schema.xml"));

        Assert.True(run.ExitCode == 5, run.ToString());
        Assert.Contains("(48,14) /CSD/facilityDirectory/facility[2]/organizations", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Json_HasSchemaRulesAndFindingFields()
    {
        var run = await CliRun.RunAsync("validate", "--json", CliRun.Fixture("bad-rules.xml"));

        Assert.True(run.ExitCode == 5, run.ToString());
        using var json = run.Json();
        var root = json.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.True(root.GetProperty("schema").GetProperty("valid").GetBoolean());
        var rules = root.GetProperty("rules");
        Assert.Equal(4, rules.GetProperty("errors").GetInt32());
        var finding = rules.GetProperty("findings").EnumerateArray().First(static f => f.GetProperty("ruleId").GetString() == "RG_EXP_010");
        Assert.Equal("OI-U", finding.GetProperty("entityId").GetString());
        Assert.Equal("facility[@entityID='OI-U']/extension/typeActivity", finding.GetProperty("path").GetString());
        Assert.Equal("Error", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsWithUsageError()
    {
        var run = await CliRun.RunAsync("validate", Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".xml"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("File not found", run.Error, StringComparison.Ordinal);
    }
}
