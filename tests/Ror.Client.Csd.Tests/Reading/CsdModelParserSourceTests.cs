namespace Ror.Client.Csd.Tests.Reading;

public sealed class CsdModelParserSourceTests
{
    private const string RegenerateVariable = "ROR_CSD_WRITE_PARSER";

    [Fact]
    public void CsdModelParserTypes_MatchesTheModels()
    {
        var path = FindSource();
        var expected = CsdModelParserSource.Generate();

        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            string.Equals(File.ReadAllText(path).ReplaceLineEndings("\n"), expected, StringComparison.Ordinal),
            $"{path} no longer follows the models' wire-name markers: run the tests once with {RegenerateVariable}=1 to rewrite it, then review the diff.");
    }

    private static string FindSource()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Ror.Client.Csd", "Reading", "CsdModelParser.Types.cs");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The source tree (src/Ror.Client.Csd/Reading/CsdModelParser.Types.cs) was not found above the test folder.");
    }
}
