using System.Runtime.CompilerServices;
using System.Text;
using Ror.Client.Csd.Tests.Fixtures;

namespace Ror.Client.Csd.Tests.Writing;

/// <summary>
/// Keeps <c>Fixtures/Xml/*.xml</c> identical to what the writer produces from the fixtures. After an intended change of
/// the fixtures or of the writer, run the tests once with <c>ROR_UPDATE_FIXTURE_FILES=1</c> to rewrite the files.
/// </summary>
public sealed class GoldenFileTests
{
    private static readonly CsdWriterOptions Options = new() { Indent = true };

    public static TheoryData<string> MessageNames => new(CsdFixtures.AllMessages.Select(message => message.Name));

    [Theory]
    [MemberData(nameof(MessageNames))]
    public async Task WriteMessageAsync_EveryFixture_MatchesItsXmlFile(string name)
    {
        using var stream = new MemoryStream();
        await CsdWriter.WriteMessageAsync(stream, CsdFixtures.MessageNamed(name), Options);
        var written = Encoding.UTF8.GetString(stream.ToArray());

        if (Environment.GetEnvironmentVariable("ROR_UPDATE_FIXTURE_FILES") == "1")
        {
            await File.WriteAllTextAsync(Path.Combine(SourceDirectory(), name + ".xml"), written, new UTF8Encoding(false));
            return;
        }

        var path = CsdFixtures.XmlFilePath(name);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with ROR_UPDATE_FIXTURE_FILES=1 to create it.");
        var expected = await File.ReadAllTextAsync(path);
        Assert.True(
            expected == written,
            $"The writer output for {name} differs from {path}; if the change is intended, run the tests with ROR_UPDATE_FIXTURE_FILES=1.");
    }

    private static string SourceDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!, "Fixtures", "Xml");
}
