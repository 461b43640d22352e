using System.Xml;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Reading;
using Ror.Client.Csd.Tests.Fixtures;

namespace Ror.Client.Csd.Tests.Reading;

/// <summary>The reader against the writer's golden files: reading each file gives back the model it was written from.</summary>
public sealed class CsdReaderWriterFixtureTests
{
    public static TheoryData<string> FixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in CsdFixtures.AllMessages)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public async Task Read_WriterGoldenFile_GivesBackTheModel(string name)
    {
        var expected = CsdFixtures.MessageNamed(name);
        var deviations = new List<CsdReadDeviation>();
        var options = ReadingFixtures.Collecting(deviations);
        var path = CsdFixtures.XmlFilePath(name);
        await using var file = File.OpenRead(path);

        object actual = expected switch
        {
            CsdDocument => await CsdReader.ReadDocumentAsync(file, options),
            CareServicesRequest => await CsdReader.ReadCareServicesRequestAsync(file, options),
            CareServicesResponse => await CsdReader.ReadCareServicesResponseAsync(file, options),
            EstablishmentsUpdatedSinceRequest => await CsdReader.ReadEstablishmentsUpdatedSinceRequestAsync(file, options),
            EstablishmentsUpdatedSinceResponse => await CsdReader.ReadEstablishmentsUpdatedSinceResponseAsync(file, options),
            _ => ParseWithTheModelParser(path, expected.GetType(), options),
        };

        if (expected is CareServicesFunctionDefinition definition && actual is CareServicesFunctionDefinition read)
        {
            // Raw XML slots compare as XML: the reader's serialisation may differ in insignificant spaces.
            Assert.True(SameXml(definition.Instance, read.Instance) && SameXml(definition.Schema, read.Schema), "The raw XML slots must hold the same XML.");
            Assert.Equal(definition.Bindings.Count, read.Bindings.Count);
            Assert.All(definition.Bindings.Zip(read.Bindings), pair => Assert.True(SameXml(pair.First, pair.Second), "The bindings must hold the same XML."));
            actual = read with { Instance = definition.Instance, Schema = definition.Schema, Bindings = definition.Bindings };
        }

        Assert.Equal(expected, actual);
        Assert.True(deviations.Count == 0, $"{name}: the writer's output must read without deviation: " + string.Join("; ", deviations));
    }

    [Fact]
    public async Task ReadFaultAsync_WriterFaultDetail_GivesTheCodeAndMessage()
    {
        await using var file = File.OpenRead(CsdFixtures.XmlFilePath(nameof(CsdFixtures.FaultDetail)));

        var fault = await CsdReader.ReadFaultAsync(file);

        Assert.Equal(new CsdFault(CsdFixtures.FaultDetail.Code, CsdFixtures.FaultDetail.Message, null, null), fault);
    }

    private static bool SameXml(string? left, string? right) =>
        left is null || right is null ? left == right : System.Xml.Linq.XNode.DeepEquals(System.Xml.Linq.XElement.Parse(left), System.Xml.Linq.XElement.Parse(right));

    // Messages that no ROR transaction exchanges have no public reader: their parse methods are checked directly.
    private static object ParseWithTheModelParser(string path, Type type, CsdReaderOptions options)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit });
        reader.MoveToContent();
        var parser = new CsdModelParser(new CsdXmlContext(reader, options));
        parser.Context.Enter();
        return parser.GetType().GetMethod("Parse" + type.Name, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public, Type.EmptyTypes)!.Invoke(parser, null)!;
    }
}
